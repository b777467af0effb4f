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
            var directory = Directory.CreateDirectory(options.DataDirectory);
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
}
