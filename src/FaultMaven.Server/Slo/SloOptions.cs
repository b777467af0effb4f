namespace FaultMaven.Server.Slo;

/// <summary>The service-level objectives as configured: each endpoint group's target and latency threshold, the compliance window,
/// the burn-rate alert windows, how often they are evaluated, and where alerts go. Parsed and checked into <see cref="SloSettings"/>.</summary>
public sealed class SloOptions
{
    /// <summary>The share of API requests that must not fail with a 5xx, in percent, or <c>off</c>.</summary>
    /// <value>The default is 99.9.</value>
    [ConfigurationKeyName("FM_SLO_AVAILABILITY_TARGET")]
    public string AvailabilityTarget { get; set; } = "99.9";

    /// <summary>The share of other API requests (not uploads, agent turns or knowledge searches) answered within <see cref="ApiLatencyThreshold"/>, in percent, or <c>off</c>.</summary>
    /// <value>The default is 99.</value>
    [ConfigurationKeyName("FM_SLO_API_LATENCY_TARGET")]
    public string ApiLatencyTarget { get; set; } = "99";

    /// <summary>The latency an API request must be answered within to count as good.</summary>
    /// <value>The default is 250ms.</value>
    [ConfigurationKeyName("FM_SLO_API_LATENCY_THRESHOLD")]
    public string ApiLatencyThreshold { get; set; } = "250ms";

    /// <summary>The share of uploads stored within <see cref="UploadThreshold"/>, in percent, or <c>off</c>.</summary>
    /// <value>The default is 99.</value>
    [ConfigurationKeyName("FM_SLO_UPLOAD_TARGET")]
    public string UploadTarget { get; set; } = "99";

    /// <summary>The latency an upload must be stored within to count as good.</summary>
    /// <value>The default is 5s.</value>
    [ConfigurationKeyName("FM_SLO_UPLOAD_THRESHOLD")]
    public string UploadThreshold { get; set; } = "5s";

    /// <summary>The share of knowledge searches answered within <see cref="KnowledgeSearchThreshold"/>, in percent, or <c>off</c>.</summary>
    /// <value>The default is 99.</value>
    [ConfigurationKeyName("FM_SLO_KNOWLEDGE_SEARCH_TARGET")]
    public string KnowledgeSearchTarget { get; set; } = "99";

    /// <summary>The latency a knowledge search must be answered within to count as good.</summary>
    /// <value>The default is 100ms.</value>
    [ConfigurationKeyName("FM_SLO_KNOWLEDGE_SEARCH_THRESHOLD")]
    public string KnowledgeSearchThreshold { get; set; } = "100ms";

    /// <summary>The share of agent turns (case turns and one-shot queries) answered within <see cref="AgentTurnThreshold"/>, in percent, or <c>off</c>.</summary>
    /// <value>The default is 95.</value>
    [ConfigurationKeyName("FM_SLO_AGENT_TURN_TARGET")]
    public string AgentTurnTarget { get; set; } = "95";

    /// <summary>The latency an agent turn must be answered within to count as good (a streamed answer: until its last event).</summary>
    /// <value>The default is 30s.</value>
    [ConfigurationKeyName("FM_SLO_AGENT_TURN_THRESHOLD")]
    public string AgentTurnThreshold { get; set; } = "30s";

    /// <summary>The compliance window the error budget is counted over.</summary>
    /// <value>The default is 30d.</value>
    [ConfigurationKeyName("FM_SLO_WINDOW")]
    public string Window { get; set; } = "30d";

    /// <summary>The fast-burn conditions that make an objective breached: <c>long/short@factor</c>, comma-separated.</summary>
    /// <value>The default is the Google SRE workbook's page conditions, <c>1h/5m@14.4,6h/30m@6</c>.</value>
    [ConfigurationKeyName("FM_SLO_PAGE_BURN")]
    public string PageBurn { get; set; } = "1h/5m@14.4,6h/30m@6";

    /// <summary>The slow-burn conditions that put an objective in warning: <c>long/short@factor</c>, comma-separated, or <c>off</c>.</summary>
    /// <value>The default is the workbook's ticket conditions, <c>1d/2h@3,3d/6h@1</c>.</value>
    [ConfigurationKeyName("FM_SLO_TICKET_BURN")]
    public string TicketBurn { get; set; } = "1d/2h@3,3d/6h@1";

    /// <summary>The fewest requests a burn condition's long window must have counted for the condition to hold: below it one or two bad
    /// requests are most of the window (1 of 2 is a 50% error rate), too few to page anyone on.</summary>
    /// <value>The default is 10.</value>
    [ConfigurationKeyName("FM_SLO_MIN_REQUESTS")]
    public string MinRequests { get; set; } = "10";

    /// <summary>How often the objectives are evaluated (and alerts sent on a change of state).</summary>
    /// <value>The default is 30s.</value>
    [ConfigurationKeyName("FM_SLO_EVALUATION_INTERVAL")]
    public string EvaluationInterval { get; set; } = "30s";

    /// <summary>Slack-compatible incoming webhooks (<c>{"text": …}</c>) told of every change of state, comma-separated. Secret: such URLs carry a token.</summary>
    /// <value>The default is empty.</value>
    [ConfigurationKeyName("FM_SLO_WEBHOOK_URLS")]
    public string WebhookUrls { get; set; } = string.Empty;

    /// <summary>Alertmanager base URLs whose <c>/api/v2/alerts</c> receives the alerts, comma-separated; <c>user:password@</c> in a URL is sent as HTTP Basic.</summary>
    /// <value>The default is empty.</value>
    [ConfigurationKeyName("FM_SLO_ALERTMANAGER_URLS")]
    public string AlertmanagerUrls { get; set; } = string.Empty;
}
