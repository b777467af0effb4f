namespace FaultMaven.Server.Integrations.Slack;

/// <summary>The Slack app FaultMaven serves itself: the secret Slack signs requests with, the bot token it answers with, the Web API
/// it talks to, and the team whose cases the threads open.</summary>
public sealed class SlackOptions
{
    /// <summary>How far a request's timestamp may be from now; older requests are replays.</summary>
    public static readonly TimeSpan TimestampWindow = TimeSpan.FromMinutes(5);

    /// <summary>The app's signing secret (Basic Information → App Credentials). Never logged.</summary>
    /// <value>The default is empty: the Slack app is off.</value>
    [ConfigurationKeyName("FM_SLACK_SIGNING_SECRET")]
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>The bot user OAuth token (<c>xoxb-…</c>) replies are posted and shared files read with. Never logged.</summary>
    /// <value>The default is empty: the Slack app is off.</value>
    [ConfigurationKeyName("FM_SLACK_BOT_TOKEN")]
    public string BotToken { get; set; } = string.Empty;

    /// <summary>Slack's Web API. Files and response URLs are fetched only from its host and the hosts below it.</summary>
    /// <value>The default is https://slack.com/api/.</value>
    [ConfigurationKeyName("FM_SLACK_API_URL")]
    public string ApiUrl { get; set; } = "https://slack.com/api/";

    /// <summary>The team whose members see the cases Slack threads open; admins always do.</summary>
    /// <value>The default is empty: only admins see them.</value>
    [ConfigurationKeyName("FM_SLACK_TEAM")]
    public string Team { get; set; } = string.Empty;

    /// <summary>Gets a value indicating whether the app is on: both secrets are set.</summary>
    public bool Enabled => SigningSecret.Length > 0 && BotToken.Length > 0;

    /// <summary>Gets whether <paramref name="url"/> is on the Web API's host or a host below it (files.slack.com, hooks.slack.com
    /// below slack.com), on the Web API's port (443 for the default): the only places a signed request may make the server fetch from or
    /// post to. Another port on a Slack host is not Slack's service.</summary>
    public bool IsSlackUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || !Uri.TryCreate(ApiUrl, UriKind.Absolute, out var api)
            || target.Scheme != api.Scheme || target.UserInfo.Length > 0 || target.Port != api.Port)
        {
            return false;
        }

        return string.Equals(target.Host, api.Host, StringComparison.OrdinalIgnoreCase)
            || target.Host.EndsWith("." + api.Host, StringComparison.OrdinalIgnoreCase);
    }
}
