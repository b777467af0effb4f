using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Integrations.Prometheus;

/// <summary>Where Prometheus is and how to call it.</summary>
public sealed class PrometheusOptions
{
    /// <summary>Prometheus's base address (<c>http://prometheus:9090</c>, or a path prefix behind a proxy).</summary>
    /// <value>The default is empty: no Prometheus.</value>
    [ConfigurationKeyName("FM_PROMETHEUS_URL")]
    public string Url { get; set; } = string.Empty;

    /// <summary>A bearer token sent with every call. Never logged.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_PROMETHEUS_TOKEN")]
    public string Token { get; set; } = string.Empty;

    /// <summary>The HTTP Basic user name; with <see cref="Password"/>.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_PROMETHEUS_USERNAME")]
    public string Username { get; set; } = string.Empty;

    /// <summary>The HTTP Basic password. Never logged.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_PROMETHEUS_PASSWORD")]
    public string Password { get; set; } = string.Empty;

    /// <summary>How long one call may take, in seconds.</summary>
    /// <value>The default is 10.</value>
    [ConfigurationKeyName("FM_PROMETHEUS_TIMEOUT_SECONDS")]
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The largest response read, in bytes; a larger one is refused rather than truncated into invalid JSON.</summary>
    /// <value>The default is 4 MiB.</value>
    [ConfigurationKeyName("FM_PROMETHEUS_MAX_RESPONSE_BYTES")]
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Gets a value indicating whether Prometheus is configured.</summary>
    public bool Enabled => Url.Length > 0;
}
