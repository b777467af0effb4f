using System.Text.RegularExpressions;
using FaultMaven.Core.Agent.Offline.Readings;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>Current state against history: readings of the uploads' tables, reports and limits, and failures the evidence shows are
/// over (the object is healthy now, or a later event of the same kind succeeded).</summary>
public sealed partial class OfflineInvestigator
{
    private static async Task<(List<Signal> Read, HashSet<string> HealthyNow, List<EvidenceText> Texts, List<MetricRecovery.Excursion> Excursions, List<AlertFacts> Alerts)> ReadStateAsync(
        InvestigationRequest request, List<Signal> signals, CancellationToken cancellationToken)
    {
        var texts = await EvidenceText.ReadAsync(request.Evidence, cancellationToken);
        var (read, healthyNow) = StateReading.Read(texts);
        var lag = signals.Concat(read).Any(s => s.Label.Contains("replica", StringComparison.Ordinal)) || Lag().IsMatch(request.Question);
        var pressed = signals.Concat(read).Any(s => s.Category == CauseCategory.ResourceExhaustion && s.Quote.Contains("connection", StringComparison.OrdinalIgnoreCase))
            || texts.Any(t => t.Lines.Any(l => l.Length < 2000 && ConnectionPressure().IsMatch(l)));
        read.AddRange(DatabaseReportReading.Read(texts, lag, pressed));
        var throttled = texts.SelectMany(t => t.Lines).FirstOrDefault(l => l.Length < 500 && Throttling().IsMatch(l))
            ?? (Throttling().IsMatch(request.Question) ? request.Question : null);
        read.AddRange(LimitReading.Read(texts, throttled));
        // Alerts join the extracted signals: an alert is a claim about its object when it fired, and the current state below can
        // show that object healthy again (a pod Pending then, Running and Ready now).
        var alerts = AlertReading.Read(texts);
        signals.AddRange(AlertReading.Signals(alerts));

        // A metric still off its typical level at the end of the data is a failure now, whatever its words say of the cause.
        var excursions = MetricRecovery.Read(request.Evidence);
        foreach (var open in excursions.Where(e => !e.Recovered))
        {
            var item = request.Evidence.First(e => e.Name == open.Source);
            read.Add(SignalExtractor.FromText(item, MetricRecovery.DescribeOpen(open),
                new EvidenceRef(EvidenceKind.Upload, item.Upload.Id), 1.0, 1) with
            {
                Category = CauseCategory.Unknown,
                Strength = 0.5,
                Label = "a metric is still off its typical level at the end of the data",
                Component = null,
                LastSeen = open.End,
            });
        }

        var superseded = EventHistory.Superseded(texts);
        for (var i = 0; i < signals.Count; i++)
        {
            var s = signals[i];
            var overcome = superseded.Any(e => s.Evidence.Id.StartsWith(e.Upload, StringComparison.Ordinal) && s.Quote.Contains(e.Message[..Math.Min(40, e.Message.Length)], StringComparison.Ordinal));
            if (overcome || (PodState().IsMatch(s.Quote) && healthyNow.Any(name => Concerns(s, name))))
            {
                signals[i] = s with { Past = true };
            }
        }

        return (read, healthyNow, texts, excursions, alerts);
    }

    /// <summary>Whether a signal is about the object <paramref name="name"/>: its component, or a generated instance name (a pod, a
    /// node: long and with digits) its words quote. A workload's plain name ("payments-api") is not matched inside other names.</summary>
    private static bool Concerns(Signal signal, string name) =>
        signal.Component == name || (name.Length >= 12 && name.Any(char.IsDigit) && signal.Quote.Contains(name, StringComparison.Ordinal));

    /// <summary>"Nothing is broken now": the strongest failure signal concerns an object the current state shows healthy.</summary>
    private static Finding History(Signal past, List<EvidenceText> texts)
    {
        var name = past.Component ?? "it";
        var fix = texts.SelectMany(t => t.Lines)
            .Where(l => l.Length < 600 && l.Contains(name, StringComparison.Ordinal) && Fixed().IsMatch(l) && FailureVocabulary.Read(l) is not { Strength: >= 0.5 })
            .OrderBy(l => Capacity().IsMatch(l) ? 0 : 1)
            .FirstOrDefault();
        var when = past.FirstSeen is { } at ? $" at {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "";
        var text = $"No active failure: {name} had a past problem — {past.Label} (\"{Trim(past.Quote, 160)}\"{when}) — but the current state shows it healthy (running and ready).";
        if (fix is not null)
        {
            text += $" What resolved it: \"{Trim(SignalExtractor.Quote(fix).Quote, 200)}\".";
        }

        text += " The alert reflects history; nothing needs fixing now beyond confirming it stays healthy.";
        return new Finding(Limit(text), CauseCategory.Healthy, DoctrinePhase.Validation, "The failure is over by the current state; what is left is to confirm the alert clears.");
    }

    // What Kubernetes says of a pod's state (event reasons and statuses): a pod running and ready now is past these. An application's
    // own error lines are not: a ready pod can still fail its requests.
    [GeneratedRegex(@"FailedScheduling|Insufficient|BackOff|CrashLoop|OOMKilled|Unhealthy|probe failed|Pending|Evicted|ImagePull|ErrImage|FailedMount|FailedAttach|NotReady|FailedCreate|Preempt", RegexOptions.IgnoreCase)]
    private static partial Regex PodState();

    [GeneratedRegex(@"connection[^\n]{0,60}(?:maximum|max_connections|limit|exhaust|approaching|remaining)|idle in transaction|too many connections", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPressure();

    [GeneratedRegex(@"replica(?:tion)? lag|replicalag|read replica", RegexOptions.IgnoreCase)]
    private static partial Regex Lag();

    // CPU throttling, not a rate limiter's "request throttled".
    [GeneratedRegex(@"cpu[^\n]{0,40}throttl|throttl[^\n]{0,40}\bcpu\b|cputhrottl", RegexOptions.IgnoreCase)]
    private static partial Regex Throttling();

    [GeneratedRegex(@"scale-?up|scaled (?:up|out)|autoscal|resolv|recovered|added|successfully|completed|now running|is available|expanded|increased", RegexOptions.IgnoreCase)]
    private static partial Regex Fixed();

    [GeneratedRegex(@"scale|autoscal|added|expanded|increased|new node", RegexOptions.IgnoreCase)]
    private static partial Regex Capacity();
}
