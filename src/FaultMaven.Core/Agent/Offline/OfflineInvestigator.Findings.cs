using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>What the engine concludes: the leading cause (with two independent errors named together, and a second symptom it
/// explains), a failure that has recovered, or nothing broken.</summary>
public sealed partial class OfflineInvestigator
{
    private static Finding Cause(List<Ranked> hypotheses, List<Signal> signals, InvestigationRequest request)
    {
        var top = hypotheses[0];
        var lead = top.Lead;
        var where = lead.Component is { } c ? $" in {c}" : "";
        var text = $"{Capitalize(lead.Label)}{where}: \"{Trim(lead.Quote, 200)}\" ({Occurrences(lead)}).";
        // Two strong causes of different kinds, as loud as each other in the same evidence, are two independent errors: both are named.
        // The rival may lead the next hypothesis or sit in the same one (two code defects of one service) when it is about another
        // resource than the lead, or about none.
        bool Rival(Signal s, double score, double against) => lead.Strength >= 0.85 && s.Strength >= 0.85 && score >= 0.6 * against && s.Label != lead.Label
            && s.Source == lead.Source && s.Category != CauseCategory.Unknown && (Resource(s.Quote + " " + s.Label) is var kind && (kind == "other" || kind != Resource(lead.Quote + " " + lead.Label)));
        var rival = hypotheses.Skip(1).FirstOrDefault() is { } next && Rival(next.Lead, next.Score, top.Score) ? next.Lead
            : top.Signals.Where(s => s != lead && Rival(s, s.Score, lead.Score)).MaxBy(s => s.Score);
        if (rival is not null)
        {
            text = $"Two independent errors{where}. First, {lead.Label}: \"{Trim(lead.Quote, 150)}\" ({Occurrences(lead)}). Second, {rival.Label}: \"{Trim(rival.Quote, 150)}\" ({Occurrences(rival)}).";
        }
        else if (top.Signals.Where(s => s != lead && s.Strength >= 0.6 && s.Label != lead.Label && !s.Quote.Contains(lead.Quote, StringComparison.Ordinal)
                && Resource(s.Quote + " " + s.Label) is var kind && kind != "other" && kind == Resource(lead.Quote + " " + lead.Label)).MaxBy(s => (s.Strength, s.Score)) is { } also)
        {
            // One cause explaining a second symptom outranks two causes: the symptom is said to follow from it.
            text += $" It also explains \"{Trim(also.Quote, 160)}\" ({also.Source}).";
        }
        if (Window(top, request.Evidence) is { } window)
        {
            text += $" The failures are confined to {window}; outside that window it ran normally and it recovered by itself.";
        }

        if (lead.Category == CauseCategory.ResourceExhaustion && Resource(lead.Quote + " " + lead.Label) == "storage" && Driver(request.Evidence) is { } driver)
        {
            text += $" The heaviest write workload in the evidence is `{Trim(driver, 120)}`, which is what consumed it.";
        }

        // Only crash loops the cause can reach: of its own component, or naming it (a pod on the failing node). An unrelated pod's
        // crash loop elsewhere in a cluster listing is not its consequence.
        var symptoms = signals.Where(s => !s.Stale && s.Category == CauseCategory.Unknown && s != lead && CrashLoop().IsMatch(s.Quote)
                && lead.Component is { } cause && (s.Component == cause || s.Quote.Contains(cause, StringComparison.Ordinal) || (s.Component is { } c && Workload(c) == Workload(cause))))
            .Select(s => s.Component).Distinct().ToList();
        if (lead.Category != CauseCategory.Unknown && symptoms.Count > 0)
        {
            text += $" The crash loop{(symptoms.Count > 1 ? "s" : "")} of {string.Join(", ", symptoms.Where(s => s is not null).Take(2))} follow{(symptoms.Count > 1 ? "" : "s")} from it.";
        }

        var strong = lead.Strength >= 0.8 && (hypotheses.Count == 1 || top.Score >= 1.3 * hypotheses[1].Score);
        return new Finding(Limit(text), lead.Category, strong ? DoctrinePhase.Solution : DoctrinePhase.Validation,
            strong ? $"The leading hypothesis is named by the evidence itself ({lead.Label}) and clearly ahead of the others."
                : "Several hypotheses fit the evidence; the requested checks will separate them.");
    }

    /// <summary>A line after the leading failure's last occurrence that says it is over (recovered, reconnected, resolved).</summary>
    private static (string Quote, DateTimeOffset At)? Recovery(Ranked top, IReadOnlyList<CaseEvidence> evidence)
    {
        if (top.Signals.Where(s => s.LastSeen is not null).Select(s => s.LastSeen).Max() is not { } last)
        {
            return null;
        }

        return evidence.SelectMany(e => e.Analysis.Log?.Templates ?? [])
            .Where(t => t.FirstSeen > last && FailureVocabulary.SoundsRecovered(t.Example) && FailureVocabulary.Read(t.Example) is null)
            .OrderBy(t => t.FirstSeen)
            .Select(t => ((string Quote, DateTimeOffset At)?)(Trim(t.Example, 160), t.FirstSeen!.Value))
            .FirstOrDefault();
    }

    private static Finding Recovered(Ranked top, (string Quote, DateTimeOffset At) recovery)
    {
        var lead = top.Lead;
        var last = top.Signals.Where(s => s.LastSeen is not null).Select(s => s.LastSeen).Max();
        var text = $"No active failure: {lead.Label}{(lead.Component is { } c ? $" in {c}" : "")} (\"{Trim(lead.Quote, 160)}\", {lead.Count} time{(lead.Count == 1 ? "" : "s")} until {last:yyyy-MM-dd HH:mm:ss} UTC) "
            + $"has recovered: \"{recovery.Quote}\" at {recovery.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, and it has not recurred since. It was transient; what is left is to find why it happened.";
        return new Finding(Limit(text), CauseCategory.Healthy, DoctrinePhase.Validation, "The failure is over by the evidence's own account; what caused it is still worth confirming.");
    }

    private static Finding Healthy(List<StalePod> stale, List<Signal> signals, InvestigationRequest request, List<Readings.AlertFacts> alerts)
    {
        if (stale.Count > 0)
        {
            var pod = stale[0];
            var text = $"No active failure: the failing pod {pod.Pod} belongs to the old ReplicaSet {pod.Workload}-{pod.OldReplicaSet}, which is terminating after a rollout; "
                + $"the current ReplicaSet {pod.Workload}-{pod.NewReplicaSet} has {pod.ReadyPods} pod{(pod.ReadyPods == 1 ? "" : "s")} running and ready. "
                + "The alert is stale and needs no action beyond letting the old pod finish terminating.";
            return new Finding(text, CauseCategory.Healthy, DoctrinePhase.Validation, "The evidence shows no active failure; what is left is to confirm the alert clears.");
        }

        // Every alert in the evidence has resolved and nothing else fails: the incident it paged for is over by its own account.
        if (alerts.Count > 0 && alerts.All(a => !a.Firing) && alerts.MaxBy(a => a.EndsAt ?? DateTimeOffset.MinValue) is { } last)
        {
            var names = string.Join(", ", alerts.Select(a => a.Name).Distinct().Take(3));
            var when = last.EndsAt is { } ended ? $" at {ended.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC" : "";
            var fired = alerts.Min(a => a.StartsAt) is { } began ? $", after firing since {began.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC" : "";
            return new Finding($"No active failure: alert {names} resolved{when}{fired}, and nothing else in the evidence fails. What is left is to find why it fired, if it matters.",
                CauseCategory.Healthy, DoctrinePhase.Validation, "The alerts have resolved; what caused them is still worth confirming.");
        }

        var files = request.Evidence.Count == 1 ? request.Evidence[0].Name : $"{request.Evidence.Count} uploads";
        var weak = signals.Count(s => !s.Stale);
        var rest = weak == 0 ? "no errors, failures or warnings of note" : $"only {weak} weak sign{(weak == 1 ? "" : "s")} of trouble, none naming a cause";
        return new Finding($"No active failure found: {files} show{(request.Evidence.Count == 1 ? "s" : "")} {rest}. Things look healthy in what was shared; if a symptom persists, the evidence of it is still missing.",
            CauseCategory.Healthy, DoctrinePhase.Validation, "Nothing in the evidence points to a failure; it stays in validation until the symptom is seen in evidence.");
    }

    /// <summary>"between 03:00 and 03:05 UTC on 2025-08-14" when the failures fill under a fifth of a log that spans an hour or more.</summary>
    private static string? Window(Ranked top, IReadOnlyList<CaseEvidence> evidence)
    {
        if (top.FirstSeen is not { } first || top.Lead.LastSeen is not { } last)
        {
            return null;
        }

        var log = evidence.Select(e => e.Analysis.Log).FirstOrDefault(l => l?.FirstTimestamp is not null && l.LastTimestamp is not null && l.FirstTimestamp <= first && l.LastTimestamp >= last);
        if (log is null)
        {
            return null;
        }

        var span = log.LastTimestamp!.Value - log.FirstTimestamp!.Value;
        return span >= TimeSpan.FromHours(1) && last - first < span / 5 && log.LastTimestamp > last + span / 20
            ? $"{first.UtcDateTime:HH:mm}–{last.UtcDateTime:HH:mm} UTC on {first.UtcDateTime:yyyy-MM-dd}"
            : null;
    }

    /// <summary>The first data-changing SQL statement in the evidence: top-SQL reports list the heaviest first.</summary>
    private static string? Driver(IReadOnlyList<CaseEvidence> evidence)
    {
        foreach (var item in evidence.Where(e => e.Upload.Characters < 1_000_000 && e.Text.Exists))
        {
            using var reader = new StreamReader(item.Text.OpenRead());
            while (reader.ReadLine() is { } line)
            {
                if (WriteStatement().Match(line) is { Success: true } m)
                {
                    return m.Value.Trim();
                }
            }
        }

        return null;
    }

    /// <summary>"No active failure" from metrics: every series that moved the bad way is back near its typical level.</summary>
    private static Finding Settled(Ranked top, List<Readings.MetricRecovery.Excursion> excursions)
    {
        var moved = string.Join("; ", excursions.Take(3).Select(Readings.MetricRecovery.Describe));
        var text = $"No active failure: {top.Lead.Label} (\"{Trim(top.Lead.Quote, 140)}\") was transient — {moved}. "
            + "By the end of the data every series that moved has recovered; the alert describes the past. What is left is to confirm it stays clear and, if it matters, why it happened.";
        return new Finding(Limit(text), CauseCategory.Healthy, DoctrinePhase.Validation, "The metrics show the failure is over; what caused it is still worth confirming.");
    }
}
