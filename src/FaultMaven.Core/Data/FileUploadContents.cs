namespace FaultMaven.Core.Data;

/// <summary>The embedded keeping of uploads' text: one file per upload under the data directory.</summary>
public sealed class FileUploadContents(DataDirectory directory) : IUploadContents
{
    /// <inheritdoc/>
    public Task SaveAsync(string caseId, string id, string path, CancellationToken cancellationToken = default)
    {
        File.Move(path, directory.ContentPath(id));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<string?> GetPathAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(directory.ContentPath(id)) ? directory.ContentPath(id) : null);

    /// <inheritdoc/>
    public Task DeleteAsync(string caseId, string id, CancellationToken cancellationToken = default)
    {
        File.Delete(directory.ContentPath(id));
        return Task.CompletedTask;
    }
}
