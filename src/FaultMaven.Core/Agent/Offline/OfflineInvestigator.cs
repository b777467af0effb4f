using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Agent.Offline.Readings;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Knowledge;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>The investigation without a language model: the doctrine run deterministically over the case's analyses and the team's
/// runbooks. Signals of failure are read from every upload; those that read as causes (a variable not set, a pool exhausted, storage
/// gone) outrank those that read as symptoms (a crash loop, "failed"), then loudness, frequency and onset order decide, and a matching
/// runbook adds weight and supplies the fix. Failing pods left over from a completed rollout are recognised, so a stale alert is
/// answered with "nothing is broken". Every claim cites an upload's lines, a finding or a runbook chunk.</summary>
public sealed partial class OfflineInvestigator(
    KnowledgeService knowledge, Cases.Similar.SimilarIncidentFinder? similarIncidents = null, Microsoft.Extensions.Logging.ILogger<OfflineInvestigator>? logger = null) : IInvestigator
{
    private const int MaxHypotheses = 5;
    private const double FailureThreshold = 0.45;

    /// <summary>How its replies are labelled.</summary>
    public const string Engine = "offline analysis";

    /// <inheritdoc/>
    public async Task<InvestigationOutcome> InvestigateAsync(InvestigationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await request.ReportAsync("evidence", $"reading {request.Evidence.Count} upload{(request.Evidence.Count == 1 ? "" : "s")} and their analyses");
        var signals = await SignalExtractor.ExtractAsync(request.Evidence, cancellationToken);
        var (read, healthyNow, texts, excursions, alerts) = await ReadStateAsync(request, signals, cancellationToken);
        signals.AddRange(read);
        var stale = RolloutCheck.Find(request.Evidence);
        signals = signals.Select(s => stale.Any(p => Mentions(s, p.Pod)) ? s with { Stale = true } : s).ToList();
        var live = signals.Where(s => !s.Stale && !s.Past).OrderByDescending(s => s.Score).ToList();

        if (request.Evidence.Count == 0)
        {
            return await IntakeAsync(request, cancellationToken);
        }

        var hypotheses = await WeighByRunbooksAsync(Rank(live, request.Question), cancellationToken);
        await request.ReportAsync("analysis", $"{signals.Count} signs of failure, {hypotheses.Count} hypotheses; searching the runbooks");
        var runbook = await RunbookAsync(request.Question, hypotheses.FirstOrDefault(), alerts, cancellationToken);
        var recovery = hypotheses.Count > 0 ? Recovery(hypotheses[0], request.Evidence) : null;
        // Metrics that moved the bad way and all came back, when the leading signal is itself a metric or an alert: the alert is past.
        var settled = recovery is null && hypotheses.Count > 0 && excursions.Count > 0 && excursions.All(e => e.Recovered)
            && Readings.MetricRecovery.FromMetricsOrAlert(hypotheses[0].Lead, request.Evidence) ? excursions : null;
        var healthy = hypotheses.Count == 0 || hypotheses[0].Score < FailureThreshold || recovery is not null || settled is not null;
        var past = healthy && stale.Count == 0 ? signals.Where(s => s.Past && s.Strength >= 0.7 && !s.Stale && healthyNow.Any(n => Concerns(s, n))).MaxBy(s => s.Score) : null;
        var finding = recovery is { } over && hypotheses[0].Score >= FailureThreshold ? Recovered(hypotheses[0], over)
            : past is not null ? History(past, texts)
            : settled is not null ? Settled(hypotheses[0], settled)
            : healthy ? Healthy(stale, signals, request, alerts) : Cause(hypotheses, signals, request);
        var state = new InvestigationState(
            finding.Phase,
            PhaseReason(finding, request.Previous),
            BlastRadius(live, healthy, request.Evidence, alerts),
            Timeline(signals, request.Evidence, alerts, texts),
            Ledger(hypotheses, stale, healthy, finding),
            Requests(finding.Category, hypotheses.FirstOrDefault(), stale, alerts),
            Solution(finding.Category, hypotheses.FirstOrDefault(), stale, runbook, alerts));
        var similar = healthy ? [] : await SimilarIncidentsAsync(request, cancellationToken);
        var citations = state.Hypotheses.SelectMany(h => h.EvidenceFor).Concat(state.Timeline.SelectMany(t => t.Evidence))
            .Concat(runbook is null ? [] : [runbook.Citation]).Concat(similar.Select(s => new EvidenceRef(EvidenceKind.PastCase, s.CaseId))).Distinct().ToList();
        var next = state.EvidenceRequests.Select(r => r.HowToGet is null ? r.What : $"{r.What}: {r.HowToGet}").Concat(state.Solution?.Verification ?? []).Take(5).ToList();
        return new InvestigationOutcome(state, finding.RootCause, finding.Category, ReplyWriter.Write(Engine, finding.RootCause, state, runbook, similar), citations, next, Engine);
    }

    /// <summary>The team's resolved cases most like this one, with their cause and fix: what was learned last time.</summary>
    private async Task<List<Cases.Similar.SimilarIncident>> SimilarIncidentsAsync(InvestigationRequest request, CancellationToken cancellationToken)
    {
        if (similarIncidents is null)
        {
            return [];
        }

        var found = await similarIncidents.FindByIdAsync(request.CaseId, request.Question, 3, cancellationToken);
        if (found.Count > 0)
        {
            await request.ReportAsync("knowledge", $"{found.Count} similar resolved case{(found.Count == 1 ? "" : "s")}");
        }

        return found;
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Diagnostics.LogEvents.OfflineMeaningJudged, Microsoft.Extensions.Logging.LogLevel.Debug,
        "Offline engine judged a runbook for its {Use} by meaning: {Document} (nearest chunk's similarity {Similarity:0.000}), matched {Matched}")]
    private static partial void LogJudged(Microsoft.Extensions.Logging.ILogger logger, string use, string? document, double similarity, bool matched);

    private void LogJudged(string use, string? document, double similarity, bool matched)
    {
        if (logger is not null)
        {
            LogJudged(logger, use, document, similarity, matched);
        }
    }

    private async Task<InvestigationOutcome> IntakeAsync(InvestigationRequest request, CancellationToken cancellationToken)
    {
        var runbook = await RunbookAsync(request.Question, null, [], cancellationToken);
        const string rootCause = "Not enough evidence yet: no logs, metrics or cluster state have been shared for this case, so no root cause can be named.";
        var state = request.Previous with
        {
            Phase = DoctrinePhase.BlastRadius,
            PhaseReason = "Starting with the blast radius: the question is known, the evidence is not.",
            EvidenceRequests =
            [
                new EvidenceRequest("The logs of the failing service around the time it started", "The first error usually names the cause", "kubectl logs <pod> --since=1h (add --previous for a crashed container)"),
                new EvidenceRequest("The state of the workload and its recent events", "Shows crash loops, OOM kills, failed probes and scheduling", "kubectl describe pod <pod>; kubectl get events --sort-by=.lastTimestamp"),
                new EvidenceRequest("The alert that fired, with its labels", "Tells what is affected and since when", null),
            ],
            Solution = runbook is null ? null : RunbookSteps.Review(new Solution(runbook.AttributedSteps, [], [], []), []),
        };
        var next = state.EvidenceRequests.Select(r => r.HowToGet is null ? r.What : $"{r.What}: {r.HowToGet}").ToList();
        return new InvestigationOutcome(state, rootCause, CauseCategory.Unknown, ReplyWriter.Write(Engine, rootCause, state, runbook), runbook is null ? [] : [runbook.Citation], next, Engine);
    }

    /// <summary>Groups signals into hypotheses (one per category and component), strongest first; the earliest strong cause (what
    /// comes first is more often cause than consequence) and a cause seen in several sources get more.</summary>
    private static List<Ranked> Rank(List<Signal> live, string question)
    {
        var groups = live
            .GroupBy(s => (s.Category, Component: s.Category == CauseCategory.Unknown ? s.Quote : s.Component ?? ""))
            .Select(g => g.OrderByDescending(s => s.Score).ToList())
            // A status word says how an object fails (CreateContainerConfigError), a message beside it says why: the message leads.
            .Select(g => new Ranked(g.FirstOrDefault(s => !BareStatus().IsMatch(s.Quote) && s.Score >= 0.5 * g[0].Score) ?? g[0], g, g[0].Score * (1 + 0.1 * Math.Min(3, g.Select(s => s.Source).Distinct().Count() - 1))))
            .ToList();

        // A symptom of a component that also shows a cause (its crash loop beside its missing variable) is evidence for that
        // cause, not a rival hypothesis.
        var causes = groups.Where(g => g.Lead.Category != CauseCategory.Unknown && g.Lead.Strength >= 0.7 && g.Lead.Component is not null).ToList();
        var merged = new List<Ranked>();
        foreach (var group in groups)
        {
            var cause = group.Lead.Category == CauseCategory.Unknown ? causes.FirstOrDefault(c => c.Lead.Component == group.Lead.Component) : null;
            if (cause is null)
            {
                merged.Add(group);
            }
            else
            {
                cause.Signals.AddRange(group.Signals);
            }
        }

        // The component the question names weighs more: "what is wrong with payments-api" is about payments-api; and when it names
        // one that the evidence has, the other components a cluster-wide listing shows are mostly bystanders.
        var names = QuestionName().Matches(question).Select(m => m.Value).ToList();
        var named = merged.Where(g => Named(g.Lead.Component, names)).ToList();
        merged = merged.Select(g => Named(g.Lead.Component, names) ? g with { Score = g.Score * 1.3 }
            : named.Count > 0 && g.Lead.Component is { Length: > 2 } && g.Lead.Category != CauseCategory.Infrastructure ? g with { Score = g.Score * 0.6 } : g).ToList();
        var earliest = merged.Where(g => g.Lead.Strength >= 0.7 && g.FirstSeen is not null).MinBy(g => g.FirstSeen);
        return merged
            .Select(g => g == earliest ? g with { Score = g.Score * 1.25 } : g)
            .OrderByDescending(g => g.Score)
            .Take(MaxHypotheses)
            .ToList();
    }

    /// <summary>Whether <paramref name="component"/> is one of the names the question uses, or an instance of it (<c>get-data-mldtn</c>
    /// of the job <c>get-data</c>, the node <c>ip-10-0-1-7.ec2.internal</c> of <c>ip-10-0-1-7</c>).</summary>
    private static bool Named(string? component, List<string> names) =>
        component is { Length: > 2 } c && names.Any(n => c.StartsWith(n, StringComparison.OrdinalIgnoreCase) && (c.Length == n.Length || !char.IsLetterOrDigit(c[n.Length])));

    /// <summary>A pod's workload name (<c>payments-api</c> of <c>payments-api-6c4ab5d9c-x7gr9</c>); other names unchanged.</summary>
    private static string Workload(string component) =>
        PodSuffix().Match(component) is { Success: true } m ? component[..m.Index] : component;

    /// <summary>Which resource a quote says ran out: pool, storage, memory, replication, CPU or something else.</summary>
    private static string Resource(string quote) =>
        PoolWords().IsMatch(quote) ? "pool" : MemoryWords().IsMatch(quote) ? "memory" : StorageWords().IsMatch(quote) ? "storage"
            : ReplicationWords().IsMatch(quote) ? "replication" : CpuWords().IsMatch(quote) ? "cpu" : "other";

    private static bool Mentions(Signal signal, string pod) =>
        signal.Component == pod || signal.Quote.Contains(pod, StringComparison.Ordinal);

    private static string Occurrences(Signal signal)
    {
        var count = signal.Count;
        var when = signal.FirstSeen is { } f ? $", first at {f.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC" : "";
        return $"{count} time{(count == 1 ? "" : "s")} in {signal.Source}{Lines(signal.Evidence)}{when}";
    }

    private static string Lines(EvidenceRef evidence) => evidence.StartLine is { } s ? evidence.EndLine is { } e && e != s ? $", lines {s}–{e}" : $", line {s}" : "";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    internal static string Trim(string text, int length)
    {
        var flat = Whitespace().Replace(text, " ").Trim();
        return flat.Length <= length ? flat : flat[..length].TrimEnd() + "…";
    }

    /// <summary>Root causes are read by a paged engineer: at most 150 words.</summary>
    private static string Limit(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 150 ? text : string.Join(' ', words[..150]) + "…";
    }

    [GeneratedRegex(@"\b[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+\b")]
    private static partial Regex QuestionName();

    [GeneratedRegex(@"-[a-z0-9]{5,10}-[a-z0-9]{5}$")]
    private static partial Regex PodSuffix();

    [GeneratedRegex(@"\bpool\b|connections?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoolWords();

    [GeneratedRegex(@"space|disk|storage|inode|filesystem|volume", RegexOptions.IgnoreCase)]
    private static partial Regex StorageWords();

    [GeneratedRegex(@"memory|\boom|heap", RegexOptions.IgnoreCase)]
    private static partial Regex MemoryWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"replica|replication|\bwal\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReplicationWords();

    [GeneratedRegex(@"\bcpu\b|throttl", RegexOptions.IgnoreCase)]
    private static partial Regex CpuWords();

    [GeneratedRegex(@"^(?:Pod\s+)?[\w.-]+(?::| is)\s+(?:status\s+)?[A-Za-z]+(?:, ready \d+/\d+)?\.?$")]
    private static partial Regex BareStatus();

    [GeneratedRegex(@"crashloopbackoff|back-?off restarting", RegexOptions.IgnoreCase)]
    private static partial Regex CrashLoop();

    [GeneratedRegex(@"no connections accepted|outage|unavailable|\bdown\b|ran out of", RegexOptions.IgnoreCase)]
    private static partial Regex Outage();

    [GeneratedRegex(@"https?://[^\s""'<>]+|\b(?:GET|POST|PUT|DELETE|PATCH) /[^\s""']*")]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"https?://([a-z0-9.-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Host();

    [GeneratedRegex(@"\b(?:INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|COPY\s+\w+\s+FROM|CREATE\s+(?:UNIQUE\s+)?INDEX)\b.*", RegexOptions.IgnoreCase)]
    private static partial Regex WriteStatement();

    private sealed record Ranked(Signal Lead, List<Signal> Signals, double Score)
    {
        public DateTimeOffset? FirstSeen => Signals.Where(s => s.FirstSeen is not null).Select(s => s.FirstSeen).Min();
    }

    private sealed record Finding(string RootCause, CauseCategory Category, DoctrinePhase Phase, string Reason);
}
