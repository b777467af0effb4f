namespace FaultMaven.Server.Integrations;

/// <summary>Where the answers of alert investigations are posted, and the address links to cases are written with.</summary>
public sealed class NotifyOptions
{
    /// <summary>A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): <c>{"text", "blocks"}</c> is posted to it. It
    /// holds a secret in its path: never logged.</summary>
    /// <value>The default is empty: no one is told.</value>
    [ConfigurationKeyName("FM_NOTIFY_WEBHOOK_URL")]
    public string WebhookUrl { get; set; } = string.Empty;

    /// <summary>The server's address as its users reach it, for links to cases.</summary>
    /// <value>The default is empty: messages name the case without a link.</value>
    [ConfigurationKeyName("FM_PUBLIC_URL")]
    public string PublicUrl { get; set; } = string.Empty;
}
