using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Checks at start-up that the data directory exists (or can be created) and is writable.</summary>
internal sealed class DataDirectoryValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            // A new data directory is private (0700); an existing one keeps its mode (it may be a shared parent), while the
            // folders and files FaultMaven creates in it are private whatever it is.
            var directory = Directory.Exists(options.DataDirectory) ? new DirectoryInfo(options.DataDirectory) : CreatePrivate(options.DataDirectory);
            var probe = Path.Combine(directory.FullName, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail($"FM_DATA_DIR '{options.DataDirectory}' must be a writable directory: {ex.Message}");
        }
    }

    private static DirectoryInfo CreatePrivate(string path)
    {
        Core.Data.PrivateFiles.CreateDirectory(path);
        return new DirectoryInfo(path);
    }
}
