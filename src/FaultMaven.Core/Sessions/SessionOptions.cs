using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Core.Sessions;

/// <summary>How long sessions live and how often expired ones are removed.</summary>
public sealed class SessionOptions
{
    /// <summary>How long a session lives after its last use.</summary>
    /// <value>The default is 24 hours.</value>
    [ConfigurationKeyName("FM_SESSION_TTL")]
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "FM_SESSION_TTL must be a duration between 00:01:00 and 365.00:00:00 (d.hh:mm:ss).")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired sessions are swept from the store.</summary>
    /// <value>The default is one minute.</value>
    [ConfigurationKeyName("FM_SESSION_SWEEP_INTERVAL")]
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "FM_SESSION_SWEEP_INTERVAL must be a duration between 00:00:01 and 1.00:00:00 (d.hh:mm:ss).")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many metadata entries a session may carry.</summary>
    public const int MaxMetadataEntries = 32;

    /// <summary>The longest metadata key, in characters.</summary>
    public const int MaxMetadataKeyLength = 64;

    /// <summary>The longest metadata value, in characters.</summary>
    public const int MaxMetadataValueLength = 1024;

    /// <summary>The longest user label, in characters.</summary>
    public const int MaxUserLabelLength = 200;
}
