using System.Text.RegularExpressions;
using FaultMaven.Core.Agent.Offline.Readings;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>The team's runbooks: a hypothesis one describes weighs more, and its fix comes from the runbook's remediation or mitigation
/// section — never from its symptoms, which are what matched.</summary>
public sealed partial class OfflineInvestigator
{
    /// <summary>A hypothesis the team has a runbook for is more likely the known failure it describes: among the leading three, one
    /// whose own words find a passage with three or more of them gains a tenth.</summary>
    private async Task<List<Ranked>> WeighByRunbooksAsync(List<Ranked> hypotheses, CancellationToken cancellationToken)
    {
        var weighed = new List<Ranked>(hypotheses.Count);
        foreach (var (hypothesis, i) in hypotheses.Select((h, i) => (h, i)))
        {
            var matched = i < 3 && await knowledge.SearchAsync(hypothesis.Lead.Quote, null, 1, cancellationToken) is [{ Passages: [var passage, ..] }, ..]
                && Highlighted().Matches(passage.Snippet).Select(m => m.Value.ToLowerInvariant()).Distinct().Count() >= 3;
            weighed.Add(matched ? hypothesis with { Score = hypothesis.Score * 1.1 } : hypothesis);
        }

        return [.. weighed.OrderByDescending(h => h.Score)];
    }

    /// <summary>The runbook for the leading hypothesis. Runbooks are filed by the alert that pages for them, so the name of a firing
    /// alert (in words: <c>KubePodCrashLooping</c> → "Kube Pod Crash Looping") with its summary is the query first when the alert itself
    /// leads, and the fallback when the hypothesis finds no passage.</summary>
    private async Task<RunbookMatch?> RunbookAsync(string question, Ranked? top, List<AlertFacts> alerts, CancellationToken cancellationToken)
    {
        var alert = alerts.FirstOrDefault(a => a.Firing);
        var byAlert = alert is null ? null : $"{AlertReading.Words(alert.Name)} {alert.Summary}";
        if (byAlert is not null && (top is null || top.Lead.Quote.StartsWith("Alert ", StringComparison.Ordinal)) && await MatchAsync(byAlert, cancellationToken) is { } first)
        {
            return first;
        }

        return await MatchAsync(top is null ? question : $"{top.Lead.Quote} {question}", cancellationToken)
            ?? (byAlert is null ? null : await MatchAsync(byAlert, cancellationToken));
    }

    private async Task<RunbookMatch?> MatchAsync(string query, CancellationToken cancellationToken)
    {
        var hits = await knowledge.SearchAsync(query, null, 1, cancellationToken);
        if (hits.Count == 0 || hits[0].Passages.Count == 0 || hits[0].Passages[0].Snippet.Split('«').Length < 3)
        {
            return null;
        }

        var passage = hits[0].Passages[0];
        var document = await knowledge.GetAsync(hits[0].DocumentId, cancellationToken);
        var full = document.Succeeded ? document.Value.Document.Text : null;
        var steps = full is null ? [] : RemediationSteps(full);
        if (steps.Count == 0 && !passage.HeadingPath.Any(h => Symptoms().IsMatch(h)))
        {
            // No remediation section: the matched passage's own list, unless it lists symptoms.
            var text = full is not null && passage.Start < full.Length ? full[passage.Start..Math.Min(passage.End, full.Length)] : passage.Snippet;
            steps = StepLine().Matches(text).Select(m => m.Groups[1].Value.Trim()).Where(s => s.Length > 3).Take(5).ToList();
        }

        return new RunbookMatch(hits[0].Title, new EvidenceRef(EvidenceKind.KnowledgeChunk, passage.ChunkId),
            steps.Count > 0 ? steps : [$"Follow the runbook \"{hits[0].Title}\" (its passage: {Trim(passage.Snippet.Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal), 160)})"]);
    }

    /// <summary>The list items of the document's first remediation, mitigation, resolution or fix section (up to the next heading of the
    /// same or a higher level), at most five.</summary>
    internal static List<string> RemediationSteps(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Heading().Match(lines[i]) is not { Success: true } heading || !Remedy().IsMatch(heading.Groups[2].Value) || Symptoms().IsMatch(heading.Groups[2].Value))
            {
                continue;
            }

            var level = heading.Groups[1].Length;
            var steps = new List<string>();
            for (var j = i + 1; j < lines.Length && steps.Count < 5; j++)
            {
                if (Heading().Match(lines[j]) is { Success: true } next && next.Groups[1].Length <= level)
                {
                    break;
                }

                if (StepLine().Match(lines[j]) is { Success: true } step && step.Groups[1].Value.Trim() is { Length: > 3 } item)
                {
                    steps.Add(item);
                }
            }

            if (steps.Count > 0)
            {
                return steps;
            }
        }

        return [];
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"remediat|mitigat|resolution|resolv|\bfix|recover|workaround|immediate action|actions?\b|what to do|response|rollback|restore", RegexOptions.IgnoreCase)]
    private static partial Regex Remedy();

    [GeneratedRegex(@"symptom|signs?\b|detect|alert(?:s|ing)?\b|impact|overview|background|cause|diagnos|triage|investigat", RegexOptions.IgnoreCase)]
    private static partial Regex Symptoms();

    [GeneratedRegex(@"«[^»]+»")]
    private static partial Regex Highlighted();

    [GeneratedRegex(@"(?m)^\s*(?:[-*+]|\d+[.)])\s+(.+)$")]
    private static partial Regex StepLine();
}

/// <summary>The runbook passage that best matches the leading hypothesis, with the steps its remediation lists.</summary>
internal sealed record RunbookMatch(string Title, EvidenceRef Citation, IReadOnlyList<string> Steps)
{
    /// <summary>Gets the steps, each saying which runbook it is from.</summary>
    public IReadOnlyList<string> AttributedSteps => [.. Steps.Select(s => RunbookSteps.Attribute(s, Title, Citation))];
}
