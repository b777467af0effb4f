using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Knowledge;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>The investigation without a language model: the doctrine run deterministically over the case's analyses and the team's
/// runbooks. Signals of failure are read from every upload; those that read as causes (a variable not set, a pool exhausted, storage
/// gone) outrank those that read as symptoms (a crash loop, "failed"), then loudness, frequency and onset order decide, and a matching
/// runbook adds weight and supplies the fix. Failing pods left over from a completed rollout are recognised, so a stale alert is
/// answered with "nothing is broken". Every claim cites an upload's lines, a finding or a runbook chunk.</summary>
public sealed partial class OfflineInvestigator(KnowledgeService knowledge) : IInvestigator
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
        var (read, healthyNow, texts) = await ReadStateAsync(request, signals, cancellationToken);
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
        var runbook = await RunbookAsync(request.Question, hypotheses.FirstOrDefault(), cancellationToken);
        var recovery = hypotheses.Count > 0 ? Recovery(hypotheses[0], request.Evidence) : null;
        var healthy = hypotheses.Count == 0 || hypotheses[0].Score < FailureThreshold || recovery is not null;
        var past = healthy && stale.Count == 0 ? signals.Where(s => s.Past && s.Strength >= 0.7 && !s.Stale && healthyNow.Any(n => Concerns(s, n))).MaxBy(s => s.Score) : null;
        var finding = recovery is { } over && hypotheses[0].Score >= FailureThreshold ? Recovered(hypotheses[0], over)
            : past is not null ? History(past, texts)
            : healthy ? Healthy(stale, signals, request) : Cause(hypotheses, signals, request);
        var state = new InvestigationState(
            finding.Phase,
            PhaseReason(finding, request.Previous),
            BlastRadius(live, healthy, request.Evidence),
            Timeline(signals, request.Evidence),
            Ledger(hypotheses, stale, healthy, finding),
            Requests(finding.Category, hypotheses.FirstOrDefault(), stale),
            Solution(finding.Category, hypotheses.FirstOrDefault(), stale, runbook));
        var citations = state.Hypotheses.SelectMany(h => h.EvidenceFor).Concat(state.Timeline.SelectMany(t => t.Evidence))
            .Concat(runbook is null ? [] : [runbook.Citation]).Distinct().ToList();
        var next = state.EvidenceRequests.Select(r => r.HowToGet is null ? r.What : $"{r.What}: {r.HowToGet}").Concat(state.Solution?.Verification ?? []).Take(5).ToList();
        return new InvestigationOutcome(state, finding.RootCause, finding.Category, ReplyWriter.Write(Engine, finding.RootCause, state, runbook), citations, next, Engine);
    }

    private async Task<InvestigationOutcome> IntakeAsync(InvestigationRequest request, CancellationToken cancellationToken)
    {
        var runbook = await RunbookAsync(request.Question, null, cancellationToken);
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
            Solution = runbook is null ? null : new Solution(runbook.Steps, [], [], []),
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

    private static Finding Healthy(List<StalePod> stale, List<Signal> signals, InvestigationRequest request)
    {
        if (stale.Count > 0)
        {
            var pod = stale[0];
            var text = $"No active failure: the failing pod {pod.Pod} belongs to the old ReplicaSet {pod.Workload}-{pod.OldReplicaSet}, which is terminating after a rollout; "
                + $"the current ReplicaSet {pod.Workload}-{pod.NewReplicaSet} has {pod.ReadyPods} pod{(pod.ReadyPods == 1 ? "" : "s")} running and ready. "
                + "The alert is stale and needs no action beyond letting the old pod finish terminating.";
            return new Finding(text, CauseCategory.Healthy, DoctrinePhase.Validation, "The evidence shows no active failure; what is left is to confirm the alert clears.");
        }

        var files = request.Evidence.Count == 1 ? request.Evidence[0].Name : $"{request.Evidence.Count} uploads";
        var weak = signals.Count(s => !s.Stale);
        var rest = weak == 0 ? "no errors, failures or warnings of note" : $"only {weak} weak sign{(weak == 1 ? "" : "s")} of trouble, none naming a cause";
        return new Finding($"No active failure found: {files} show{(request.Evidence.Count == 1 ? "s" : "")} {rest}. Things look healthy in what was shared; if a symptom persists, the evidence of it is still missing.",
            CauseCategory.Healthy, DoctrinePhase.Validation, "Nothing in the evidence points to a failure; it stays in validation until the symptom is seen in evidence.");
    }

    private static string PhaseReason(Finding finding, InvestigationState previous)
    {
        if (previous.Hypotheses.Count > 0 && previous.Phase > finding.Phase)
        {
            return $"Back to {finding.Phase.Words()}: new evidence changed the picture since the last turn. {finding.Reason}";
        }

        return previous.Phase == finding.Phase && previous.Hypotheses.Count > 0 ? $"Staying in {finding.Phase.Words()}: {finding.Reason}" : finding.Reason;
    }

    private static BlastRadius BlastRadius(List<Signal> live, bool healthy, IReadOnlyList<CaseEvidence> evidence)
    {
        var failing = live.Where(s => s.Score >= FailureThreshold).ToList();
        var services = failing.Select(s => s.Component).OfType<string>().Distinct().Take(5).ToList();
        var endpoints = failing.SelectMany(s => Endpoint().Matches(s.Quote).Select(m => m.Value.TrimEnd('.', ',', ')'))).Distinct().Take(5).ToList();
        var hosts = evidence.Select(e => e.Analysis.Log).OfType<Logs.Analysis.LogAnalysisResult>().SelectMany(l => l.Sources.Select(s => s.Name)).Where(n => !services.Contains(n)).Distinct().Take(3).ToList();
        var severity = healthy ? Severity.Low
            : failing.Any(s => Outage().IsMatch(s.Quote)) ? Severity.Critical
            : failing.Any(s => s.Level >= 1 && s.Count >= 10 || CrashLoop().IsMatch(s.Quote)) ? Severity.High
            : failing.Any(s => s.Level >= 1) ? Severity.Medium : Severity.Low;
        var since = failing.Where(s => s.FirstSeen is not null).Select(s => s.FirstSeen).Min();
        return new BlastRadius(services, hosts, endpoints, null, severity, since, failing.Take(3).Select(s => s.Evidence).ToList());
    }

    private static List<TimelineEntry> Timeline(List<Signal> signals, IReadOnlyList<CaseEvidence> evidence)
    {
        var entries = signals.Where(s => s.FirstSeen is not null && s.Score >= 0.25)
            .Select(s => new TimelineEntry(s.FirstSeen, $"First \"{Trim(s.Quote, 100)}\"{(s.Count > 1 ? $" ({s.Count}× until {s.LastSeen:HH:mm:ss} UTC)" : "")}", [s.Evidence]))
            .ToList();
        foreach (var item in evidence)
        {
            foreach (var change in item.Analysis.Metrics?.Events ?? [])
            {
                if (change.Time is not null)
                {
                    entries.Add(new TimelineEntry(change.Time, $"{change.Series}: {change.Kind} to {change.Value.ToString("G4", CultureInfo.InvariantCulture)} (baseline {change.Baseline.ToString("G4", CultureInfo.InvariantCulture)})",
                        [new EvidenceRef(EvidenceKind.Upload, item.Upload.Id, (int)change.Evidence.First, (int)change.Evidence.Last)]));
                }
            }

            foreach (var template in item.Analysis.Log?.Templates ?? [])
            {
                if (template.FirstSeen is not null && FailureVocabulary.SoundsHealthy(template.Example))
                {
                    entries.Add(new TimelineEntry(template.FirstSeen, Trim(template.Example, 140), [new EvidenceRef(EvidenceKind.Upload, item.Upload.Id, (int)template.FirstLine, (int)template.FirstLine)]));
                }
            }
        }

        return entries.OrderBy(e => e.At).Take(12).ToList();
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

    private static List<EvidenceRequest> Requests(CauseCategory category, Ranked? top, List<StalePod> stale)
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

    private static Solution Solution(CauseCategory category, Ranked? top, List<StalePod> stale, RunbookMatch? runbook)
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
            steps = [.. runbook.Steps.Select(s => $"{s} (runbook: {runbook.Title})"), .. steps];
        }

        return new Solution(steps.Take(8).ToList(), risks, verify, ["Write a postmortem and add it to the knowledge base so the next incident finds it."]);
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
        foreach (var item in evidence.Where(e => e.Upload.Characters < 1_000_000 && File.Exists(e.ContentPath)))
        {
            foreach (var line in File.ReadLines(item.ContentPath))
            {
                if (WriteStatement().Match(line) is { Success: true } m)
                {
                    return m.Value.Trim();
                }
            }
        }

        return null;
    }

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
