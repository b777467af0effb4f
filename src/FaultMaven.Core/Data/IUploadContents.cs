namespace FaultMaven.Core.Data;

/// <summary>Where uploads' redacted text lives: files under the data directory when embedded; PostgreSQL when scaled out, with a copy
/// on each instance's disk made on first read (readers open a local file through <see cref="StoredText"/>). The bytes kept are the
/// file's as written, sealed when <c>FM_ENCRYPTION_KEY</c> is set: stores move them and never read the text.</summary>
public interface IUploadContents
{
    /// <summary>Keeps the file at <paramref name="path"/> (taken over: moved or deleted) as the text of upload <paramref name="id"/>.</summary>
    Task SaveAsync(string caseId, string id, string path, CancellationToken cancellationToken = default);

    /// <summary>Gets the path of a local file holding the stored text of upload <paramref name="id"/>; null when no text is kept for it.</summary>
    Task<string?> GetPathAsync(string caseId, string id, CancellationToken cancellationToken = default);

    /// <summary>Removes the text of upload <paramref name="id"/>, if any.</summary>
    Task DeleteAsync(string caseId, string id, CancellationToken cancellationToken = default);
}
