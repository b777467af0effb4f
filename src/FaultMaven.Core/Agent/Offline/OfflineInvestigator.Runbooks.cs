using System.Text.RegularExpressions;
using FaultMaven.Core.Agent.Offline.Readings;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>The team's runbooks: a hypothesis one describes weighs more, and its fix comes from the runbook's remediation or mitigation
/// section — never from its symptoms, which are what matched.</summary>
public sealed partial class OfflineInvestigator
{
    /// <summary>A hypothesis the team has a runbook for is more likely the known failure it describes: among the leading three, one
    /// whose own words find a passage with three or more of them gains a tenth. By words only: judged by meaning as well
    /// (<see cref="MeaningGate"/>), the weight moved two incidents' ranking the wrong way and none the right way (docs/BENCHMARKS.md).</summary>
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
        if (byAlert is not null && (top is null || top.Lead.Quote.StartsWith("Alert ", StringComparison.Ordinal)) && await MatchAsync(byAlert, byAlert, cancellationToken) is { } first)
        {
            return first;
        }

        return await MatchAsync(top is null ? question : $"{top.Lead.Quote} {question}", top?.Lead.Quote ?? question, cancellationToken, top?.Lead)
            ?? (byAlert is null ? null : await MatchAsync(byAlert, byAlert, cancellationToken));
    }

    /// <summary>Whether a runbook's passage agrees with the case's leading signal: among the query words it holds, at least one is a word
    /// of the evidence itself (not only of the question, which says what hurts in everyday words), and the failure it speaks of, when it
    /// reads as one, is of the signal's kind. A postmortem of another kind of failure that shares the question's words is not this
    /// case's fix.</summary>
    internal static bool Agrees(PassageHit passage, Signal? lead)
    {
        if (lead is null)
        {
            return true;
        }

        var quote = Words().Matches(lead.Quote).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var shared = Highlighted().Matches(passage.Snippet).Select(m => m.Value.Trim('«', '»').ToLowerInvariant()).Any(w => w.Length >= 3 && quote.Contains(w));
        if (!shared)
        {
            return false;
        }

        var plain = passage.Snippet.Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal);
        return FailureVocabulary.Read(plain) is not { } reading || reading.Category == CauseCategory.Unknown || lead.Category == CauseCategory.Unknown
            || reading.Category == lead.Category;
    }

    /// <summary>The runbook <paramref name="query"/> finds, if it is about the failure: by words, its passage holds two or more of the
    /// query's; and, with vectors, by meaning too: it holds a passage close to <paramref name="evidence"/> alone — the question says what hurts, not why, and a
    /// runbook about the same symptom with another cause is not the fix.</summary>
    private async Task<RunbookMatch?> MatchAsync(string query, string evidence, CancellationToken cancellationToken, Signal? lead = null)
    {
        var found = await knowledge.EmbedQueryAsync(query, cancellationToken) is { } vector
            ? await ByMeaningAsync(query, vector, evidence == query ? vector : await knowledge.EmbedQueryAsync(evidence, cancellationToken) ?? vector, lead, cancellationToken)
            : await ByWordsAsync(query, lead, cancellationToken);
        if (found is not { } hit)
        {
            return null;
        }

        var passage = hit.Passages[0];
        var document = await knowledge.GetAsync(hit.DocumentId, cancellationToken);
        var full = document.Succeeded ? document.Value.Document.Text : null;
        var steps = full is null ? [] : RemediationSteps(full);
        if (steps.Count == 0 && !passage.HeadingPath.Any(h => Symptoms().IsMatch(h)))
        {
            // No remediation section: the matched passage's own list, unless it lists symptoms.
            var text = full is not null && passage.Start < full.Length ? full[passage.Start..Math.Min(passage.End, full.Length)] : passage.Snippet;
            steps = StepLine().Matches(text).Select(m => m.Groups[1].Value.Trim()).Where(s => s.Length > 3).Take(5).ToList();
        }

        // A document's pseudonyms are its own case's, not this one's.
        return new RunbookMatch(ForeignPseudonyms.Scrub(hit.Title), new EvidenceRef(EvidenceKind.KnowledgeChunk, passage.ChunkId),
            [.. (steps.Count > 0 ? steps : [$"Follow the runbook \"{hit.Title}\" (its passage: {Trim(passage.Snippet.Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal), 160)})"]).Select(ForeignPseudonyms.Scrub)]);
    }

    /// <summary>Without vectors: the first runbook found, when its top passage holds two or more of the query's words.</summary>
    private async Task<DocumentHit?> ByWordsAsync(string query, Signal? lead, CancellationToken cancellationToken)
    {
        var hits = await knowledge.SearchAsync(query, null, 1, cancellationToken);
        return hits is [{ Passages: [var passage, ..] } first, ..] && passage.Snippet.Split('«').Length >= 3 && Agrees(passage, lead) ? first : null;
    }

    /// <summary>With vectors: of the first three runbooks the fused search finds whose top passage holds two or more of the query's
    /// words, the first that also holds one of the chunks nearest in meaning to the evidence (<see cref="MeaningGate"/>); its best
    /// passage by the search is cited.</summary>
    private async Task<DocumentHit?> ByMeaningAsync(string query, ReadOnlyMemory<float> vector, ReadOnlyMemory<float> evidence, Signal? lead, CancellationToken cancellationToken)
    {
        using var activity = Diagnostics.FaultMavenTelemetry.ActivitySource.StartActivity("agent.offline.meaning.runbook");
        // Meaning only vetoes: the passage must still hold two or more of the query's words, as without vectors. In a small knowledge
        // base every document is among the few nearest to anything, so meaning alone admitted an unrelated postmortem's fix for a
        // question with no evidence at all ("what is going on?").
        var found = (await knowledge.SearchEmbeddedAsync(query, vector, 3, cancellationToken))
            .Where(h => h.Passages.Count > 0 && h.Passages[0].Snippet.Split('«').Length >= 3 && Agrees(h.Passages[0], lead)).ToList();
        var nearest = knowledge.Nearest(evidence, MeaningGate.Nearest);
        var agreed = MeaningGate.Agreeing(found.Select(h => h.DocumentId), nearest, "fix");
        activity?.SetTag("faultmaven.meaning.document", agreed);
        LogJudged("fix", agreed ?? found.FirstOrDefault()?.DocumentId, nearest.FirstOrDefault()?.Score ?? 0, agreed is not null);
        return found.FirstOrDefault(h => h.DocumentId == agreed);
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

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?m)^\s*(?:[-*+]|\d+[.)])\s+(.+)$")]
    private static partial Regex StepLine();
}

/// <summary>The runbook passage that best matches the leading hypothesis, with the steps its remediation lists.</summary>
internal sealed record RunbookMatch(string Title, EvidenceRef Citation, IReadOnlyList<string> Steps)
{
    /// <summary>Gets the steps, each saying which runbook it is from.</summary>
    public IReadOnlyList<string> AttributedSteps => [.. Steps.Select(s => RunbookSteps.Attribute(s, Title, Citation))];
}
