using FaultMaven.Core.Alerts;

namespace FaultMaven.Server.Integrations;

/// <summary>The generic alert webhook (Grafana, PagerDuty, Datadog, or any tool through a field mapping): its token, the team its
/// cases belong to, and the custom mapping.</summary>
public sealed class WebhookOptions
{
    /// <summary>The token the tools send (bearer, or the password of HTTP Basic); empty turns the endpoints off (404). Never logged.</summary>
    /// <value>The default is empty: the integration is off.</value>
    [ConfigurationKeyName("FM_WEBHOOK_TOKEN")]
    public string Token { get; set; } = string.Empty;

    /// <summary>The team whose members see the cases these alerts open; admins always do.</summary>
    /// <value>The default is empty: only admins see them.</value>
    [ConfigurationKeyName("FM_WEBHOOK_TEAM")]
    public string Team { get; set; } = string.Empty;

    /// <summary>A field mapping (JSON, <see cref="WebhookMapping.Parse"/>) for <c>/webhook/custom</c>; empty leaves that route off.</summary>
    /// <value>The default is empty.</value>
    [ConfigurationKeyName("FM_WEBHOOK_MAPPING")]
    public string Mapping { get; set; } = string.Empty;

    /// <summary>Gets a value indicating whether the integration is on.</summary>
    public bool Enabled => Token.Length > 0;

    private WebhookMapping? _custom;

    /// <summary>Gets the mapping for a route's tool name, or null when there is none. The custom mapping is read once (the
    /// validator has checked it at start).</summary>
    public WebhookMapping? MappingFor(string tool) =>
        tool == "custom" ? Mapping.Length > 0 ? _custom ??= WebhookMapping.Parse(Mapping) : null : WebhookMapping.Presets.GetValueOrDefault(tool);
}
