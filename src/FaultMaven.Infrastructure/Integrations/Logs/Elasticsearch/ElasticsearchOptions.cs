using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Integrations.Logs.Elasticsearch;

/// <summary>Where Elasticsearch or OpenSearch is, which indices hold the logs, and how to call it.</summary>
public sealed class ElasticsearchOptions
{
    /// <summary>The cluster's base address (<c>http://elasticsearch:9200</c>, an OpenSearch endpoint, or a path prefix behind a proxy).</summary>
    /// <value>The default is empty: no Elasticsearch.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_URL")]
    public string Url { get; set; } = string.Empty;

    /// <summary>The indices, aliases or data streams searched (a pattern or a comma-separated list).</summary>
    /// <value>The default is <c>logs-*</c>.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_INDEX")]
    [RegularExpression("^[A-Za-z0-9*._+,-]{1,255}$")]
    public string Index { get; set; } = "logs-*";

    /// <summary>The field holding each document's time.</summary>
    /// <value>The default is <c>@timestamp</c>.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_TIMESTAMP_FIELD")]
    [RegularExpression("^[A-Za-z0-9@_][A-Za-z0-9@_.-]{0,99}$")]
    public string TimestampField { get; set; } = "@timestamp";

    /// <summary>The field holding each document's log line.</summary>
    /// <value>The default is <c>message</c>.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_MESSAGE_FIELD")]
    [RegularExpression("^[A-Za-z0-9@_][A-Za-z0-9@_.-]{0,99}$")]
    public string MessageField { get; set; } = "message";

    /// <summary>An API key (the base64 <c>id:key</c> Elasticsearch hands out), sent as <c>Authorization: ApiKey …</c>. Never logged.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_API_KEY")]
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The HTTP Basic user name; with <see cref="Password"/>.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_USERNAME")]
    public string Username { get; set; } = string.Empty;

    /// <summary>The HTTP Basic password. Never logged.</summary>
    /// <value>The default is empty: none.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_PASSWORD")]
    public string Password { get; set; } = string.Empty;

    /// <summary>How long one call may take, in seconds.</summary>
    /// <value>The default is 15.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_TIMEOUT_SECONDS")]
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>The largest response read, in bytes; a larger one is refused rather than cut into invalid JSON.</summary>
    /// <value>The default is 8 MiB.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_MAX_RESPONSE_BYTES")]
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>The most hits one search returns (its <c>size</c>); the newest are kept.</summary>
    /// <value>The default is 1000.</value>
    [ConfigurationKeyName("FM_ELASTICSEARCH_MAX_LINES")]
    [Range(1, 2000)]
    public int MaxLines { get; set; } = 1000;

    /// <summary>Gets a value indicating whether Elasticsearch is configured.</summary>
    public bool Enabled => Url.Length > 0;
}
