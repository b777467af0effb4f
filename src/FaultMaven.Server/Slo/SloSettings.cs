using System.Globalization;

namespace FaultMaven.Server.Slo;

/// <summary>The objectives and alerting as parsed from <see cref="SloOptions"/>; every rule a value must follow is checked here once.</summary>
internal sealed class SloSettings
{
    /// <summary>The most buckets one objective keeps for its burn windows, so the in-process counters stay small (a few hundred kB).</summary>
    public const int MaxBuckets = 20_000;

    /// <summary>How many buckets the shortest burn window spans: its resolution.</summary>
    public const int BucketsPerShortestWindow = 5;

    /// <summary>How many buckets the compliance window spans (30d: an hour each).</summary>
    public const int WindowBuckets = 720;

    /// <summary>The largest FM_SLO_MIN_REQUESTS: more would silence every condition in practice.</summary>
    public const long MaxMinRequests = 1_000_000_000;

    public required IReadOnlyList<SloObjective> Objectives { get; init; }

    public required TimeSpan Window { get; init; }

    public required IReadOnlyList<BurnCondition> Page { get; init; }

    public required IReadOnlyList<BurnCondition> Ticket { get; init; }

    public required TimeSpan EvaluationInterval { get; init; }

    /// <summary>Gets the fewest requests a condition's long window must hold for the condition to hold (1: every request is judged).</summary>
    public required long MinRequests { get; init; }

    public required IReadOnlyList<Uri> Webhooks { get; init; }

    public required IReadOnlyList<Uri> Alertmanagers { get; init; }

    /// <summary>Gets every window a burn rate is reported over, shortest first.</summary>
    public IReadOnlyList<TimeSpan> BurnWindows => [.. Page.Concat(Ticket).SelectMany(c => new[] { c.Long, c.Short }).Distinct().Order()];

    /// <summary>Gets the width of one bucket of the burn-window counters.</summary>
    public TimeSpan BucketWidth => BurnWindows[0] / BucketsPerShortestWindow;

    /// <summary>Parses and checks <paramref name="options"/>; each bad value adds one line to <paramref name="failures"/> naming its variable.</summary>
    public static SloSettings Parse(SloOptions options, List<string> failures)
    {
        var objectives = new List<SloObjective>();
        void Add(string name, string? group, string targetVariable, string target, string? thresholdVariable, string? threshold, Func<TimeSpan?, string> description)
        {
            var parsedTarget = Target(targetVariable, target, failures);
            TimeSpan? parsedThreshold = thresholdVariable is null ? null : Threshold(thresholdVariable, threshold!, failures);
            if (parsedTarget is { } t && (thresholdVariable is null || parsedThreshold is not null))
            {
                objectives.Add(new SloObjective(name, group, t, parsedThreshold, description(parsedThreshold)));
            }
        }

        var pct = (string target) => target.Trim().TrimEnd('%') + "%";
        Add("availability", null, "FM_SLO_AVAILABILITY_TARGET", options.AvailabilityTarget, null, null,
            _ => $"{pct(options.AvailabilityTarget)} of API requests answered without a server error (5xx)");
        Add("api-latency", EndpointGroups.Api, "FM_SLO_API_LATENCY_TARGET", options.ApiLatencyTarget, "FM_SLO_API_LATENCY_THRESHOLD", options.ApiLatencyThreshold,
            t => $"{pct(options.ApiLatencyTarget)} of API requests other than uploads, agent turns and knowledge searches answered within {Describe(t)} without a server error");
        Add("upload", EndpointGroups.Upload, "FM_SLO_UPLOAD_TARGET", options.UploadTarget, "FM_SLO_UPLOAD_THRESHOLD", options.UploadThreshold,
            t => $"{pct(options.UploadTarget)} of uploads (evidence and knowledge documents) stored within {Describe(t)} without a server error");
        Add("knowledge-search", EndpointGroups.KnowledgeSearch, "FM_SLO_KNOWLEDGE_SEARCH_TARGET", options.KnowledgeSearchTarget, "FM_SLO_KNOWLEDGE_SEARCH_THRESHOLD", options.KnowledgeSearchThreshold,
            t => $"{pct(options.KnowledgeSearchTarget)} of knowledge searches answered within {Describe(t)} without a server error");
        Add("agent-turn", EndpointGroups.AgentTurn, "FM_SLO_AGENT_TURN_TARGET", options.AgentTurnTarget, "FM_SLO_AGENT_TURN_THRESHOLD", options.AgentTurnThreshold,
            t => $"{pct(options.AgentTurnTarget)} of agent turns answered within {Describe(t)} without a server error");

        var window = Duration("FM_SLO_WINDOW", options.Window, TimeSpan.FromSeconds(1), TimeSpan.FromDays(400), failures);
        var interval = Duration("FM_SLO_EVALUATION_INTERVAL", options.EvaluationInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1), failures);
        var page = Conditions("FM_SLO_PAGE_BURN", options.PageBurn, allowOff: false, failures);
        var ticket = Conditions("FM_SLO_TICKET_BURN", options.TicketBurn, allowOff: true, failures);
        var settings = new SloSettings
        {
            Objectives = objectives,
            Window = window ?? TimeSpan.FromDays(30),
            Page = page ?? [],
            Ticket = ticket ?? [],
            EvaluationInterval = interval ?? TimeSpan.FromSeconds(30),
            MinRequests = Count("FM_SLO_MIN_REQUESTS", options.MinRequests, MaxMinRequests, failures) ?? 10,
            Webhooks = Urls("FM_SLO_WEBHOOK_URLS", options.WebhookUrls, failures),
            Alertmanagers = Urls("FM_SLO_ALERTMANAGER_URLS", options.AlertmanagerUrls, failures),
        };
        if (page is not null && ticket is not null)
        {
            CheckWindows(settings, window, failures);
            CheckReachable(settings, "FM_SLO_PAGE_BURN", page, failures);
            CheckReachable(settings, "FM_SLO_TICKET_BURN", ticket, failures);
        }

        return settings;
    }

    private static string Describe(TimeSpan? threshold) => threshold is { } t ? SloDurations.Format(t) : "";

    private static double? Target(string variable, string value, List<string> failures)
    {
        if (value.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (double.TryParse(value.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and < 100)
        {
            return percent / 100;
        }

        failures.Add($"{variable} '{value}' is not valid: expected a percentage above 0 and below 100 (e.g. 99.9), or off.");
        return null;
    }

    private static TimeSpan? Threshold(string variable, string value, List<string> failures)
    {
        if (SloDurations.TryParse(value, out var threshold) && SloThresholds.IsBound(threshold))
        {
            return threshold;
        }

        failures.Add($"{variable} '{value}' is not valid: expected a bucket bound of the request duration histogram, so Prometheus can count it too: {SloThresholds.Described}.");
        return null;
    }

    private static TimeSpan? Duration(string variable, string value, TimeSpan min, TimeSpan max, List<string> failures)
    {
        if (SloDurations.TryParse(value, out var duration) && duration >= min && duration <= max)
        {
            return duration;
        }

        failures.Add($"{variable} '{value}' is not valid: expected a duration from {SloDurations.Format(min)} to {SloDurations.Format(max)} with one unit (ms, s, m, h, d, w), e.g. 30s.");
        return null;
    }

    private static long? Count(string variable, string value, long max, List<string> failures)
    {
        if (long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max)
        {
            return count;
        }

        failures.Add($"{variable} '{value}' is not valid: expected a whole number of requests from 1 (every request is judged) to {max.ToString(CultureInfo.InvariantCulture)}.");
        return null;
    }

    private static List<BurnCondition>? Conditions(string variable, string value, bool allowOff, List<string> failures)
    {
        if (allowOff && value.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var conditions = new List<BurnCondition>();
        foreach (var entry in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var at = entry.Split('@');
            var windows = at[0].Split('/');
            if (at.Length == 2 && windows.Length == 2 && SloDurations.TryParse(windows[0], out var longWindow) && SloDurations.TryParse(windows[1], out var shortWindow)
                && shortWindow < longWindow
                && double.TryParse(at[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var factor) && factor is > 0 and <= 1000)
            {
                conditions.Add(new BurnCondition(longWindow, shortWindow, factor));
            }
            else
            {
                failures.Add($"{variable} entry '{entry}' is not valid: expected long/short@factor with the short window below the long one and a factor above 0 up to 1000, comma-separated, e.g. 1h/5m@14.4,6h/30m@6{(allowOff ? ", or off" : "")}.");
                return null;
            }
        }

        if (conditions.Count == 0)
        {
            failures.Add($"{variable} '{value}' is not valid: expected at least one long/short@factor, e.g. 1h/5m@14.4.");
            return null;
        }

        return conditions;
    }

    private static void CheckWindows(SloSettings settings, TimeSpan? window, List<string> failures)
    {
        var windows = settings.BurnWindows;
        if (window is { } w && windows[^1] > w)
        {
            failures.Add($"FM_SLO_WINDOW '{SloDurations.Format(w)}' is not valid: it must be at least the longest burn window, {SloDurations.Format(windows[^1])} (FM_SLO_PAGE_BURN, FM_SLO_TICKET_BURN).");
        }

        if (windows[^1].Ticks / settings.BucketWidth.Ticks > MaxBuckets)
        {
            failures.Add($"FM_SLO_TICKET_BURN and FM_SLO_PAGE_BURN are not valid together: their windows run from {SloDurations.Format(windows[0])} to {SloDurations.Format(windows[^1])}; the longest may be at most {MaxBuckets / BucketsPerShortestWindow} times the shortest.");
        }
    }

    // A factor times the error budget above 100% is an error rate that cannot happen: the condition would never fire.
    private static void CheckReachable(SloSettings settings, string variable, List<BurnCondition> conditions, List<string> failures)
    {
        foreach (var objective in settings.Objectives)
        {
            if (conditions.FirstOrDefault(c => c.Factor * objective.ErrorBudget > 1) is { } unreachable)
            {
                failures.Add($"{variable} entry '{unreachable}' can never fire for the {objective.Name} objective: {unreachable.Factor.ToString(CultureInfo.InvariantCulture)} × its error budget of {(objective.ErrorBudget * 100).ToString("0.###", CultureInfo.InvariantCulture)}% is more than every request failing; lower the factor or raise the target.");
            }
        }
    }

    // The values are secrets (a Slack URL carries its token), so a bad one is named by position, never echoed.
    private static List<Uri> Urls(string variable, string value, List<string> failures)
    {
        var urls = new List<Uri>();
        var entries = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < entries.Length; i++)
        {
            if (Uri.TryCreate(entries[i], UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0)
            {
                urls.Add(url);
            }
            else
            {
                failures.Add($"{variable} entry {i + 1} is not valid: expected http:// or https:// URLs, comma-separated.");
            }
        }

        return urls;
    }
}
