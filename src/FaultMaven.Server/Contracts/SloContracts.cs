namespace FaultMaven.Server.Contracts;

/// <summary>An objective's state: <c>ok</c>; <c>warning</c> when a slow-burn condition holds (FM_SLO_TICKET_BURN); <c>breached</c> when
/// a fast-burn condition holds (FM_SLO_PAGE_BURN); <c>insufficient-traffic</c> when none holds but one would burn were its long window
/// not below FM_SLO_MIN_REQUESTS requests (not alerted, like ok).</summary>
public enum SloState
{
    /// <summary>No burn-rate condition holds.</summary>
    Ok,

    /// <summary>A slow-burn (ticket) condition holds.</summary>
    Warning,

    /// <summary>A fast-burn (page) condition holds.</summary>
    Breached,

    /// <summary>No condition holds, but one burns fast enough over windows with too few requests to judge (FM_SLO_MIN_REQUESTS): not alerted.</summary>
    InsufficientTraffic,
}

/// <summary>Every objective as of the last evaluation.</summary>
/// <param name="EvaluatedAt">When the objectives were evaluated (every FM_SLO_EVALUATION_INTERVAL).</param>
/// <param name="Instance">The instance whose requests were counted; each instance counts its own.</param>
/// <param name="Objectives">The enabled objectives.</param>
public sealed record SloReport(DateTimeOffset EvaluatedAt, string Instance, IReadOnlyList<SloObjectiveReport> Objectives);

/// <summary>One objective: what it promises, how much of its error budget is left, how fast it burns and its state.</summary>
/// <param name="Name">availability, api-latency, upload, knowledge-search or agent-turn.</param>
/// <param name="Description">What the objective promises.</param>
/// <param name="Target">The share of requests that must be good (0.999 for 99.9%).</param>
/// <param name="Threshold">For a latency objective, the latency a good request is answered within (250ms, 5s); null for availability.</param>
/// <param name="Window">The compliance window the error budget is counted over (30d).</param>
/// <param name="Total">Requests counted over the window (since start-up, when that is shorter).</param>
/// <param name="Good">Of those, the good ones.</param>
/// <param name="ErrorBudgetRemaining">The share of the window's error budget left: 1 untouched, 0 spent, negative overspent.</param>
/// <param name="BurnRates">The burn rate over each alert window: the error rate divided by the error budget (1 spends the budget exactly over the window).</param>
/// <param name="Conditions">Each multi-window burn-rate condition and whether it holds.</param>
/// <param name="State">ok, warning, breached or insufficient-traffic.</param>
/// <param name="StateSince">When the objective entered its state (start-up for ok).</param>
public sealed record SloObjectiveReport(
    string Name,
    string Description,
    double Target,
    string? Threshold,
    string Window,
    long Total,
    long Good,
    double ErrorBudgetRemaining,
    IReadOnlyList<SloBurnRate> BurnRates,
    IReadOnlyList<SloBurnCondition> Conditions,
    SloState State,
    DateTimeOffset StateSince);

/// <summary>The burn rate over one window.</summary>
/// <param name="Window">The window (5m, 1h…).</param>
/// <param name="Rate">The error rate over the window divided by the error budget; 0 without requests.</param>
/// <param name="Total">Requests counted over the window.</param>
/// <param name="Bad">Of those, the bad ones.</param>
public sealed record SloBurnRate(string Window, double Rate, long Total, long Bad);

/// <summary>A multi-window burn-rate condition: it holds when both windows burn at least <paramref name="Factor"/>.</summary>
/// <param name="Severity">page (breached) or ticket (warning).</param>
/// <param name="LongWindow">The long window (1h).</param>
/// <param name="ShortWindow">The short window (5m).</param>
/// <param name="Factor">The burn rate both windows must reach (14.4).</param>
/// <param name="Holds">Whether the condition holds now: both windows burn at least the factor and the long one counted at least FM_SLO_MIN_REQUESTS requests.</param>
public sealed record SloBurnCondition(string Severity, string LongWindow, string ShortWindow, double Factor, bool Holds);
