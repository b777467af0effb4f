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

    /// <summary>The most bytes a gzip upload may expand to.</summary>
    /// <value>The default is 1 GiB.</value>
    [ConfigurationKeyName("FM_MAX_EXPANDED_BYTES")]
    [Range(1024L, 64L * 1024 * 1024 * 1024, ErrorMessage = "FM_MAX_EXPANDED_BYTES must be an integer from 1024 to 68719476736.")]
    public long MaxExpandedBytes { get; set; } = 1L << 30;

    /// <summary>Uploads whose text is larger than this (only compressed ones can be, under the default upload limit) are processed
    /// in a lane of their own, one at a time, so that no other upload waits behind them; a gzip is stopped at this much text in the
    /// large lane and run again in the huge one.</summary>
    /// <value>The default is 64 MiB: above the 50 MB default upload limit, so every plain upload stays out of that lane.</value>
    [ConfigurationKeyName("FM_HUGE_UPLOAD_BYTES")]
    [Range(1024L, 64L * 1024 * 1024 * 1024, ErrorMessage = "FM_HUGE_UPLOAD_BYTES must be an integer from 1024 to 68719476736.")]
    public long HugeUploadBytes { get; set; } = 64L << 20;

    /// <summary>The largest ratio of expanded to compressed bytes, checked once 16 MiB have expanded.</summary>
    /// <value>The default is 100.</value>
    [ConfigurationKeyName("FM_MAX_EXPANSION_RATIO")]
    [Range(2, 100_000, ErrorMessage = "FM_MAX_EXPANSION_RATIO must be an integer from 2 to 100000.")]
    public int MaxExpansionRatio { get; set; } = 100;

    /// <summary>How long one upload (or document import) may be processed (classified, redacted, analysed) before it is refused.</summary>
    /// <value>The default is three minutes.</value>
    [ConfigurationKeyName("FM_UPLOAD_TIMEOUT")]
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "FM_UPLOAD_TIMEOUT must be a duration from 00:00:01 to 01:00:00 (hh:mm:ss).")]
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long a knowledge import's body may take to arrive once the import has its place in the queue: a body sent slowly
    /// holds a place others may be refused for, so past it the import is refused (408) and its place given back. A replacement
    /// (PUT) has the same deadline from when its body is read.</summary>
    /// <value>The default is two minutes (a 50 MB document at 440 KB/s).</value>
    [ConfigurationKeyName("FM_IMPORT_BODY_TIMEOUT")]
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "FM_IMPORT_BODY_TIMEOUT must be a duration from 00:00:01 to 01:00:00 (hh:mm:ss).")]
    public TimeSpan ImportBodyTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets the expansion limit for compressed uploads.</summary>
    public Common.ExpansionLimit Expansion => new(MaxExpandedBytes, MaxExpansionRatio);

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
