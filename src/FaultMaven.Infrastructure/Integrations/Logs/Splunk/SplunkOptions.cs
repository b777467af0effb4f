using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Integrations.Logs.Splunk;

/// <summary>Where Splunk's management API is and how to call it.</summary>
public sealed class SplunkOptions
{
    /// <summary>The management API's base address (<c>https://splunk:8089</c>).</summary>
    /// <value>The default is empty: no Splunk.</value>
    [ConfigurationKeyName("FM_SPLUNK_URL")]
    public string Url { get; set; } = string.Empty;

    /// <summary>A Splunk authentication token, sent as a bearer token. Never logged.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_SPLUNK_TOKEN")]
    public string Token { get; set; } = string.Empty;

    /// <summary>A PEM file of the certificate authority (or authorities) that signed Splunk's certificate — Splunk's own CA or a
    /// self-signed certificate — trusted for Splunk only, beside the system's; the host name must still match. Never a switch that
    /// turns verification off.</summary>
    /// <value>The default is empty: the system's authorities only.</value>
    [ConfigurationKeyName("FM_SPLUNK_CA_FILE")]
    public string CaFile { get; set; } = string.Empty;

    /// <summary>How long one search may take, in seconds.</summary>
    /// <value>The default is 30.</value>
    [ConfigurationKeyName("FM_SPLUNK_TIMEOUT_SECONDS")]
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The most bytes of a search's streamed results read; past it, the events read so far are kept.</summary>
    /// <value>The default is 8 MiB.</value>
    [ConfigurationKeyName("FM_SPLUNK_MAX_RESPONSE_BYTES")]
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>The most events one search returns (<c>| head</c>); the newest are kept.</summary>
    /// <value>The default is 1000.</value>
    [ConfigurationKeyName("FM_SPLUNK_MAX_LINES")]
    [Range(1, 2000)]
    public int MaxLines { get; set; } = 1000;

    /// <summary>Gets a value indicating whether Splunk is configured.</summary>
    public bool Enabled => Url.Length > 0;
}
