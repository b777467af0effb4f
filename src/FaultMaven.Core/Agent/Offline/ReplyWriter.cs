using System.Globalization;
using System.Text;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>Writes an investigation as the answer a person reads: labelled with the engine, the root cause first, then the doctrine's
/// sections, each claim followed by its citation (<c>[upload:ID L12–14]</c>, <c>[finding:ID]</c>, <c>[kb:CHUNK]</c>).</summary>
internal static class ReplyWriter
{
    public static string Write(string engine, string rootCause, InvestigationState state, RunbookMatch? runbook, IReadOnlyList<Cases.Similar.SimilarIncident>? similar = null)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"_{char.ToUpperInvariant(engine[0])}{engine[1..]}: no language model was used; this is FaultMaven's deterministic doctrine run over your evidence and runbooks._\n\n");
        text.Append("## Root cause\n\n").Append(rootCause).Append("\n\n");
        if (state.BlastRadius is { } radius)
        {
            text.Append("## Blast radius\n\n");
            text.Append(CultureInfo.InvariantCulture, $"- Severity: {radius.Severity}{(radius.Since is { } since ? $", since {since.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC" : "")}\n");
            Line(text, "Services", radius.Services);
            Line(text, "Sources", radius.Hosts);
            Line(text, "Endpoints", radius.Endpoints);
            text.Append('\n');
        }

        if (state.Timeline.Count > 0)
        {
            text.Append("## Timeline\n\n");
            foreach (var entry in state.Timeline)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {(entry.At is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "(no time)")} — {entry.Event} {Cite(entry.Evidence)}\n");
            }

            text.Append('\n');
        }

        if (state.Hypotheses.Count > 0)
        {
            text.Append("## Hypotheses\n\n");
            foreach (var (h, i) in state.Hypotheses.Select((h, i) => (h, i)))
            {
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}. **{h.Status}**, confidence {h.Confidence:0.00}: {h.Statement} {Cite(h.EvidenceFor)}{(h.EvidenceAgainst.Count > 0 ? $" against: {Cite(h.EvidenceAgainst)}" : "")}\n");
            }

            text.Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"## Where the investigation stands\n\nPhase: {state.Phase.Words()}. {state.PhaseReason}\n\n");
        if (state.EvidenceRequests.Count > 0)
        {
            text.Append("## What to check next\n\n");
            foreach (var request in state.EvidenceRequests)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {request.What} — {request.Why}.{(request.HowToGet is { } how ? $" Run: `{how}`" : "")}\n");
            }

            text.Append('\n');
        }

        if (state.Solution is { } solution)
        {
            text.Append(runbook is null ? "## Solution\n\n" : $"## Solution (with the runbook \"{runbook.Title}\" {Cite([runbook.Citation])})\n\n");
            foreach (var (step, i) in solution.Steps.Select((s, i) => (s, i)))
            {
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {step}\n");
            }

            Line(text, "Risks", solution.Risks);
            Line(text, "Verify", solution.Verification);
            Line(text, "Follow up", solution.FollowUps);
        }

        if (similar is { Count: > 0 })
        {
            text.Append("\n## Similar past incidents\n\n");
            foreach (var incident in similar)
            {
                // Another case's pseudonyms are that case's, not this one's.
                text.Append(CultureInfo.InvariantCulture, $"- {ForeignPseudonyms.Scrub(incident.Title)} (resolved{(incident.ResolvedAt is { } at ? $" {at.UtcDateTime:yyyy-MM-dd}" : "")}) [{incident.Citation}]: ")
                    .Append(incident.RootCause is { } cause ? $"root cause: {ForeignPseudonyms.Scrub(cause)}" : "no root cause was recorded")
                    .Append(incident.Fix.Count > 0 ? $"; fixed by: {ForeignPseudonyms.Scrub(string.Join("; ", incident.Fix.Take(3)))}" : "").Append('\n');
            }
        }

        text.Append("\nFaultMaven advises; it has not run anything. Check each step against your environment before acting.\n");
        return text.ToString();
    }

    internal static string Cite(IEnumerable<EvidenceRef> evidence) =>
        string.Concat(evidence.Distinct().Select(e => e.Kind switch
        {
            EvidenceKind.Upload when e.StartLine is { } s => e.EndLine is { } end && end != s ? $"[upload:{e.Id} L{s}–{end}]" : $"[upload:{e.Id} L{s}]",
            EvidenceKind.Upload => $"[upload:{e.Id}]",
            EvidenceKind.Finding => $"[finding:{e.Id}]",
            EvidenceKind.KnowledgeChunk => $"[kb:{e.Id}]",
            EvidenceKind.PastCase => $"[case:{e.Id}]",
            _ => $"[turn:{e.Id}]",
        }));

    private static void Line(StringBuilder text, string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {label}: {string.Join("; ", values)}\n");
        }
    }
}
