namespace FaultMaven.Server.Integrations;

/// <summary>The Alertmanager webhook integration: its token, and the team its cases belong to.</summary>
public sealed class AlertmanagerOptions
{
    /// <summary>The shortest token accepted.</summary>
    public const int MinTokenLength = 16;

    /// <summary>The token Alertmanager sends (bearer, or the password of HTTP Basic); empty turns the endpoint off (404). Never logged.</summary>
    /// <value>The default is empty: the integration is off.</value>
    [ConfigurationKeyName("FM_ALERTMANAGER_TOKEN")]
    public string Token { get; set; } = string.Empty;

    /// <summary>The team whose members see the cases alerts open; admins always do.</summary>
    /// <value>The default is empty: only admins see them.</value>
    [ConfigurationKeyName("FM_ALERTMANAGER_TEAM")]
    public string Team { get; set; } = string.Empty;

    /// <summary>Gets a value indicating whether the integration is on.</summary>
    public bool Enabled => Token.Length > 0;
}
