using System.ComponentModel.DataAnnotations;

namespace FaultMaven.Server.Security;

/// <summary>How many requests a minute one client (an API key or bearer token, else an IP address) may send.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests a minute per client for everything but the operations <see cref="CreatePerMinute"/> covers; 0 turns it off.</summary>
    /// <value>The default is 600.</value>
    [ConfigurationKeyName("FM_RATE_LIMIT_PER_MINUTE")]
    [Range(0, 1_000_000, ErrorMessage = "FM_RATE_LIMIT_PER_MINUTE must be an integer from 0 (off) to 1000000.")]
    public int PerMinute { get; set; } = 600;

    /// <summary>Requests a minute per client that open sessions or cases, upload evidence or ask the agent; 0 turns it off.</summary>
    /// <value>The default is 120.</value>
    [ConfigurationKeyName("FM_RATE_LIMIT_CREATE_PER_MINUTE")]
    [Range(0, 1_000_000, ErrorMessage = "FM_RATE_LIMIT_CREATE_PER_MINUTE must be an integer from 0 (off) to 1000000.")]
    public int CreatePerMinute { get; set; } = 120;
}
