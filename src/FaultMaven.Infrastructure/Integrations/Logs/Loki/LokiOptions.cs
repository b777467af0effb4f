using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Integrations.Logs.Loki;

/// <summary>Where Grafana Loki is and how to call it.</summary>
public sealed class LokiOptions
{
    /// <summary>Loki's base address (<c>http://loki:3100</c>, or a path prefix behind a proxy or a gateway).</summary>
    /// <value>The default is empty: no Loki.</value>
    [ConfigurationKeyName("FM_LOKI_URL")]
    public string Url { get; set; } = string.Empty;

    /// <summary>The tenant sent as <c>X-Scope-OrgID</c> to a multi-tenant Loki.</summary>
    /// <value>The default is empty: no header.</value>
    [ConfigurationKeyName("FM_LOKI_TENANT")]
    [RegularExpression("^[A-Za-z0-9!._*'()|-]{1,150}$")]
    public string Tenant { get; set; } = string.Empty;

    /// <summary>A bearer token sent with every call. Never logged.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_LOKI_TOKEN")]
    public string Token { get; set; } = string.Empty;

    /// <summary>The HTTP Basic user name (Grafana Cloud: the instance id); with <see cref="Password"/>.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_LOKI_USERNAME")]
    public string Username { get; set; } = string.Empty;

    /// <summary>The HTTP Basic password. Never logged.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_LOKI_PASSWORD")]
    public string Password { get; set; } = string.Empty;

    /// <summary>How long one call may take, in seconds.</summary>
    /// <value>The default is 15.</value>
    [ConfigurationKeyName("FM_LOKI_TIMEOUT_SECONDS")]
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>The largest response read, in bytes; a larger one is refused rather than cut into invalid JSON.</summary>
    /// <value>The default is 8 MiB.</value>
    [ConfigurationKeyName("FM_LOKI_MAX_RESPONSE_BYTES")]
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>The most lines one query returns (Loki's <c>limit</c>); the newest are kept.</summary>
    /// <value>The default is 1000.</value>
    [ConfigurationKeyName("FM_LOKI_MAX_LINES")]
    [Range(1, 2000)]
    public int MaxLines { get; set; } = 1000;

    /// <summary>Gets a value indicating whether Loki is configured.</summary>
    public bool Enabled => Url.Length > 0;
}
