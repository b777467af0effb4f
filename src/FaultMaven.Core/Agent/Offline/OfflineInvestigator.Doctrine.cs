using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Agent.Offline.Readings;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>The doctrine state written from the ranked hypotheses: phase reason, blast radius, timeline, hypothesis ledger,
/// evidence requests and solution.</summary>
public sealed partial class OfflineInvestigator
{
    private static string PhaseReason(Finding finding, InvestigationState previous)
    {
        if (previous.Hypotheses.Count > 0 && previous.Phase > finding.Phase)
        {
            return $"Back to {finding.Phase.Words()}: new evidence changed the picture since the last turn. {finding.Reason}";
        }

        return previous.Phase == finding.Phase && previous.Hypotheses.Count > 0 ? $"Staying in {finding.Phase.Words()}: {finding.Reason}" : finding.Reason;
    }

    private static BlastRadius BlastRadius(List<Signal> live, bool healthy, IReadOnlyList<CaseEvidence> evidence, List<AlertFacts> alerts)
    {
        var failing = live.Where(s => s.Score >= FailureThreshold).ToList();
        // Firing alerts say by their labels what is affected and where, and by their severity how badly, in their authors' judgement.
        var firing = healthy ? [] : alerts.Where(a => a.Firing).ToList();
        var services = failing.Select(s => s.Component).Concat(firing.Select(a => a.Component)).OfType<string>().Where(ServiceNames.IsSource).Distinct().Take(5).ToList();
        var endpoints = failing.SelectMany(s => Endpoint().Matches(s.Quote).Select(m => m.Value.TrimEnd('.', ',', ')'))).Distinct().Take(5).ToList();
        var hosts = firing.Select(a => a.Instance).OfType<string>().Concat(evidence.Select(e => e.Analysis.Log).OfType<Logs.Analysis.LogAnalysisResult>().SelectMany(l => l.Sources.Select(s => s.Name))).Where(n => ServiceNames.IsSource(n) && !services.Contains(n)).Distinct().Take(5).ToList();
        var severity = healthy ? Severity.Low
            : failing.Any(s => Outage().IsMatch(s.Quote)) ? Severity.Critical
            : failing.Any(s => s.Level >= 1 && s.Count >= 10 || CrashLoop().IsMatch(s.Quote)) ? Severity.High
            : failing.Any(s => s.Level >= 1) ? Severity.Medium : Severity.Low;
        if (AlertReading.ClaimedSeverity(firing) is { } claimed && claimed > severity)
        {
            severity = claimed;
        }

        var since = failing.Where(s => s.FirstSeen is not null).Select(s => s.FirstSeen).Concat(firing.Select(a => a.StartsAt)).Min();
        return new BlastRadius(services, hosts, endpoints, null, severity, since, failing.Take(3).Select(s => s.Evidence).ToList());
    }

    /// <summary>One timeline for the case: every upload's dated failure signals, metric changes and healthy events in UTC order, each
    /// named by its source; the earliest failure across all sources is marked as the first anomaly; an unstamped event of a stamped
    /// upload is placed by its nearest stamped neighbour (and labelled so) or left out; sources without any timestamps are listed after
    /// the dated events, apart, since they cannot be placed in time.</summary>
    private static List<TimelineEntry> Timeline(List<Signal> signals, IReadOnlyList<CaseEvidence> evidence, List<AlertFacts> alerts, IReadOnlyList<EvidenceText> texts)
    {
        var first = signals.Where(s => s.FirstSeen is not null && s.Strength >= 0.5 && !s.Stale && !s.Past).MinBy(s => s.FirstSeen);
        var entries = signals.Where(s => s.FirstSeen is not null && s.Score >= 0.25)
            .Select(s => new TimelineEntry(s.FirstSeen,
                $"{(s == first ? "First anomaly across the evidence — " : "")}{s.Source}: first \"{Trim(s.Quote, 100)}\"{(s.Count > 1 ? $" ({s.Count}× until {s.LastSeen:HH:mm:ss} UTC)" : "")}",
                [s.Evidence]))
            .ToList();
        foreach (var item in evidence)
        {
            foreach (var change in item.Analysis.Metrics?.Events ?? [])
            {
                if (change.Time is not null)
                {
                    entries.Add(new TimelineEntry(change.Time, $"{item.Name}: {change.Series} {change.Kind} to {change.Value.ToString("G4", CultureInfo.InvariantCulture)} (baseline {change.Baseline.ToString("G4", CultureInfo.InvariantCulture)})",
                        [new EvidenceRef(EvidenceKind.Upload, item.Upload.Id, (int)change.Evidence.First, (int)change.Evidence.Last)]));
                }
            }

            foreach (var template in item.Analysis.Log?.Templates ?? [])
            {
                if (template.FirstSeen is not null && FailureVocabulary.SoundsHealthy(template.Example))
                {
                    entries.Add(new TimelineEntry(template.FirstSeen, $"{item.Name}: {Trim(template.Example, 140)}", [new EvidenceRef(EvidenceKind.Upload, item.Upload.Id, (int)template.FirstLine, (int)template.FirstLine)]));
                }
            }
        }

        foreach (var alert in alerts.Where(a => !a.Firing && a.EndsAt is not null).DistinctBy(a => (a.Name, a.Component)).Take(5))
        {
            entries.Add(new TimelineEntry(alert.EndsAt, $"{alert.Item.Name}: alert {alert.Name} resolved{(AlertReading.Where(alert) is { Length: > 0 } where ? $" ({where})" : "")}",
                [new EvidenceRef(EvidenceKind.Upload, alert.Item.Upload.Id, alert.Line, alert.Line)]));
        }

        // An event without a stamp of its own in an upload that has stamps (a stack trace among timestamped lines) is placed by its
        // nearest stamped neighbour and says so; without one near, it is left out of the timeline (it still stands in the hypotheses):
        // an entry with no time is not an event in time.
        var undatedSignals = signals.Where(s => s.FirstSeen is null && s.Score >= 0.45 && !s.Stale).OrderByDescending(s => s.Score).ToList();
        var placedOrDropped = new HashSet<Signal>();
        foreach (var signal in undatedSignals.Where(s => evidence.Any(e => e.Name == s.Source && e.Analysis.Log?.FirstTimestamp is not null)))
        {
            placedOrDropped.Add(signal);
            if (placedOrDropped.Count <= 3 && NeighbourTime.Find(signal, texts) is { } placed)
            {
                entries.Add(new TimelineEntry(placed.At, $"{signal.Source}: \"{Trim(signal.Quote, 100)}\" (no timestamp on its own line; placed at the time of line {placed.Line}, its nearest stamped neighbour)", [signal.Evidence]));
            }
        }

        // The first anomaly stays in view however many events precede it.
        var ordered = entries.OrderBy(e => e.At).ToList();
        var shown = ordered.Take(12).ToList();
        if (ordered.FirstOrDefault(e => e.Event.StartsWith("First anomaly", StringComparison.Ordinal)) is { } anomaly && !shown.Contains(anomaly))
        {
            shown[^1] = anomaly;
            shown = [.. shown.OrderBy(e => e.At)];
        }

        var undated = undatedSignals.Where(s => !placedOrDropped.Contains(s))
            .GroupBy(s => s.Source).Select(g => g.MaxBy(s => s.Score)!).OrderByDescending(s => s.Score).Take(3)
            .Select(s => new TimelineEntry(null, $"{s.Source} (no timestamps, not placed in time): \"{Trim(s.Quote, 100)}\"", [s.Evidence]));
        return [.. shown, .. undated];
    }

    private static List<Hypothesis> Ledger(List<Ranked> hypotheses, List<StalePod> stale, bool healthy, Finding finding)
    {
        var total = hypotheses.Sum(h => h.Score) + 0.3;
        var ledger = hypotheses.Select((h, i) => new Hypothesis(
            $"h{i + 1}",
            $"{Capitalize(h.Lead.Label)}{(h.Lead.Component is { } c ? $" in {c}" : "")}: \"{Trim(h.Lead.Quote, 160)}\"",
            Math.Round(Math.Clamp(healthy ? h.Score / total * 0.3 : h.Score / total, 0.05, 0.95), 2),
            !healthy && i == 0 && h.Lead.Strength >= 0.8 ? HypothesisStatus.Supported : HypothesisStatus.Proposed,
            h.Signals.Take(3).Select(s => s.Evidence).ToList(),
            [])).ToList();
        if (healthy)
        {
            var evidence = stale.SelectMany(p => p.Evidence).Take(4).ToList();
            ledger.Insert(0, new Hypothesis("h0", finding.RootCause, 0.8, HypothesisStatus.Supported, evidence, []));
            foreach (var pod in stale)
            {
                ledger.Add(new Hypothesis($"h{ledger.Count}", $"Pod {pod.Pod} is failing and needs fixing", 0.05, HypothesisStatus.Refuted, [], pod.Evidence));
            }
        }

        return ledger;
    }

    private static List<EvidenceRequest> Requests(CauseCategory category, Ranked? top, List<StalePod> stale, List<AlertFacts> alerts)
    {
        var requests = CategoryRequests(category, top, stale);
        // What the alert's rule compared with its threshold, from before it fired (its own expression has samples only while firing).
        if (category != CauseCategory.Healthy && alerts.FirstOrDefault(a => a.Firing && a.Expression is not null) is { } alert)
        {
            requests.Insert(0, new EvidenceRequest($"The series behind {alert.Name} from before it started{(alert.StartsAt is { } at ? $" ({at.UtcDateTime:yyyy-MM-dd HH:mm} UTC)" : "")}",
                "Shows whether it rose suddenly (a change, a failure) or crept up (load, a leak), and whether it is still rising",
                $"fm ask --prometheus '{Trim(Sources.PromQlComparison.ComparedSeries(alert.Expression!), 300)}' --since 2h \"What changed?\""));
        }

        return requests;
    }

    private static List<EvidenceRequest> CategoryRequests(CauseCategory category, Ranked? top, List<StalePod> stale)
    {
        var component = top?.Lead.Component ?? "the affected workload";
        // Commands name the object when the evidence does; a placeholder only where it does not.
        var pod = top?.Lead.Component is { } named && PodSuffix().IsMatch(named) ? named : "<pod>";
        var workload = top?.Lead.Component is { } w ? Workload(w) : "<workload>";
        var host = top is null ? null : Host().Match(top.Lead.Quote) is { Success: true } m ? m.Groups[1].Value : null;
        return category switch
        {
            CauseCategory.Healthy when stale.Count > 0 => [new EvidenceRequest($"Confirm {stale[0].Pod} is gone and the alert has cleared", "The alert concerns a pod that is being replaced", $"kubectl get pods | grep {stale[0].Workload}; kubectl rollout status deploy/{stale[0].Workload}")],
            CauseCategory.Healthy => [new EvidenceRequest("Evidence of the symptom itself: the failing request, the alert or the error the user saw", "Nothing shared so far shows a failure", null)],
            CauseCategory.ConfigurationError => [new EvidenceRequest($"The configuration {component} actually runs with", "Shows whether the setting is really absent or wrong", $"kubectl get deploy {workload} -o yaml (env, envFrom, configMapRef, secretRef)")],
            CauseCategory.ResourceExhaustion => [Resource(top!.Lead.Quote) switch
            {
                "pool" => new EvidenceRequest($"Who holds {component}'s connections and for how long", "Separates slow queries or leaked connections from a pool too small for the load", "SELECT state, wait_event, count(*), max(now() - query_start) FROM pg_stat_activity GROUP BY 1, 2; the pool's active/idle/waiting metrics over the last hours"),
                "storage" => new EvidenceRequest("What filled the disk and how fast", "Separates a runaway writer or a missed cleanup from normal growth", "df -h; du -xh --max-depth=2 <mount> | sort -h | tail; the free-space metric over 24 h"),
                "memory" => new EvidenceRequest($"{component}'s memory over time against its limit", "Separates a leak from a limit set too low for the load", $"kubectl top pod; kubectl describe pod {pod} (Last State, Limits); the container memory metric over 24 h"),
                _ => new EvidenceRequest($"What consumes the exhausted resource in {component} and since when", "Separates a leak or a runaway workload from a limit set too low", null),
            }],
            CauseCategory.DependencyFailure => [new EvidenceRequest($"Whether {host ?? "the dependency"} answers from where {component} runs", "Tells a dependency outage from a network or DNS problem on our side", host is null ? "curl -sv <dependency URL> from the workload's pod" : $"kubectl exec {pod} -- curl -sv https://{host}/ ; nslookup {host}")],
            CauseCategory.Infrastructure => [new EvidenceRequest("The state of the node underneath", "Shows pressure, disk or network faults on the host", $"kubectl describe node {(top?.Lead.Component ?? "<node>")}; dmesg -T | tail -50")],
            CauseCategory.CodeDefect => [new EvidenceRequest("The full stack trace and what was deployed before it started", "Ties the crash to a change", $"kubectl rollout history deploy/{workload}")],
            _ => [new EvidenceRequest("The logs from just before the first error", "The first error usually names the cause", $"kubectl logs {pod} --previous --since=1h")],
        };
    }

    private static Solution Solution(CauseCategory category, Ranked? top, List<StalePod> stale, RunbookMatch? runbook, List<AlertFacts> alerts)
    {
        var component = top?.Lead.Component ?? "the service";
        var (steps, risks, verify) = category switch
        {
            CauseCategory.Healthy when stale.Count > 0 => (new List<string> { "No remediation needed: let the rollout finish removing the old pod.", "If the old pod hangs in Terminating, check its finalizers before forcing deletion." }, new List<string> { "Force-deleting a pod skips its graceful shutdown." }, new List<string> { "The alert resolves once the old pod is gone." }),
            CauseCategory.Healthy => (["No remediation needed on this evidence."], [], ["Re-check the symptom; share its evidence if it persists."]),
            CauseCategory.ConfigurationError => ([$"Set the missing or wrong setting for {component} (deployment env, ConfigMap or Secret) to the intended value.", "Roll the workload out again."], ["A wrong value can fail the same way; check it against another environment."], [$"{component}'s pods reach Ready and stop restarting."]),
            CauseCategory.ResourceExhaustion => ([$"Relieve the exhausted resource of {component} now (free space, raise the limit or scale out).", "Stop or throttle the workload that consumed it.", "Then fix why it ran out: a leak, a runaway job, or a limit too small for the load."], ["Raising a limit without finding the consumer only postpones the next outage."], ["The resource metric returns to its baseline and the errors stop."]),
            CauseCategory.DependencyFailure => ([$"Confirm the dependency's state (status page, owner team) and fail over or wait it out.", "Make the caller degrade gracefully: retries with backoff, a timeout, a circuit breaker."], ["Aggressive retries can prolong a dependency's outage."], ["The calls succeed again and the error rate returns to its baseline."]),
            CauseCategory.Infrastructure => (["Drain and replace the faulty node or disk.", "Reschedule the affected workloads."], ["Draining moves load onto the remaining nodes."], ["Workloads run on healthy nodes and the alerts clear."]),
            CauseCategory.CodeDefect => (["Roll back to the last release without the error.", "Fix the defect with a test that reproduces it."], ["A rollback can undo other changes shipped in the same release."], ["The exception stops appearing after the rollback."]),
            _ => (new List<string> { "Gather the requested evidence before changing anything." }, new List<string>(), new List<string> { "The error stops after the fix." }),
        };
        if (runbook is not null && category != CauseCategory.Healthy)
        {
            steps = [.. runbook.AttributedSteps, .. steps];
        }

        // The runbook the alert's author linked is where the team expects a responder to start.
        if (category != CauseCategory.Healthy && alerts.FirstOrDefault(a => a.Firing && a.RunbookUrl is not null) is { } linked)
        {
            steps = [$"Follow the runbook linked by alert {linked.Name}: {Trim(linked.RunbookUrl!, 300)}", .. steps];
        }

        return RunbookSteps.Review(new Solution(steps.Take(8).ToList(), risks, verify, ["Write a postmortem and add it to the knowledge base so the next incident finds it."]), []);
    }
}
