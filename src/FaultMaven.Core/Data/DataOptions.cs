using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Core.Data;

/// <summary>Limits of the data service.</summary>
public sealed class DataOptions
{
    /// <summary>The largest upload accepted, in bytes (compressed size for gzip).</summary>
    /// <value>The default is 50 MB.</value>
    [ConfigurationKeyName("FM_MAX_UPLOAD_BYTES")]
    [Range(1L, 4L * 1024 * 1024 * 1024, ErrorMessage = "FM_MAX_UPLOAD_BYTES must be an integer from 1 to 4294967296.")]
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How often orphaned content files and stale temporary files are removed.</summary>
    /// <value>The default is ten minutes.</value>
    [ConfigurationKeyName("FM_UPLOAD_CLEANUP_INTERVAL")]
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "FM_UPLOAD_CLEANUP_INTERVAL must be a duration between 00:00:01 and 1.00:00:00 (d.hh:mm:ss).")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether the pipeline is run over small samples at start-up so that the first upload is as fast as the next ones.</summary>
    /// <value>True by default.</value>
    [ConfigurationKeyName("FM_DATA_WARMUP")]
    public bool WarmUp { get; set; } = true;

    /// <summary>How old a temporary file must be before the clean-up treats it as abandoned (an upload still running keeps writing to it).</summary>
    public TimeSpan TemporaryFileLifetime { get; set; } = TimeSpan.FromHours(1);
}
