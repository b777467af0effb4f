using System.Globalization;
using System.Text;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Knowledge;

/// <summary>Turns a resolved case into a postmortem document — summary, timeline, root cause, fix — so that the next incident
/// like it finds what was learned. Only what the investigation established goes in: supported hypotheses, not refuted ones.</summary>
public static class PostmortemWriter
{
    /// <summary>Gets the id of a case's postmortem: writing it again replaces it.</summary>
    public static string DocumentId(string caseId) => $"pm-{caseId}";

    /// <summary>Writes the postmortem of <paramref name="resolved"/>; <paramref name="report"/> is the first thing the engineer said.</summary>
    public static KnowledgeDocument Write(Case resolved, string? report)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var state = resolved.Investigation;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Postmortem: {resolved.Title}\n\n## Summary\n\n");
        if (report is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Reported: {report.Trim()}\n\n");
        }

        if (state.BlastRadius is { } blast)
        {
            var affected = blast.Services.Concat(blast.Hosts).Concat(blast.Endpoints).ToList();
            text.Append(CultureInfo.InvariantCulture, $"Severity {blast.Severity.ToString().ToLowerInvariant()}")
                .Append(affected.Count > 0 ? $"; affected: {string.Join(", ", affected)}" : "")
                .Append(blast.Users is null ? "" : $"; users: {blast.Users}")
                .Append(blast.Since is { } since ? string.Create(CultureInfo.InvariantCulture, $"; since {since:yyyy-MM-dd HH:mm} UTC") : "")
                .Append(".\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Case {resolved.Id}, opened {resolved.CreatedAt:yyyy-MM-dd HH:mm} UTC, {resolved.Status.ToString().ToLowerInvariant()}")
            .Append(resolved.ClosedAt is { } closed ? string.Create(CultureInfo.InvariantCulture, $" {closed:yyyy-MM-dd HH:mm} UTC") : "").Append(".\n\n");

        if (state.Timeline.Count > 0)
        {
            text.Append("## Timeline\n\n");
            foreach (var entry in state.Timeline)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {(entry.At is { } at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC: " : "")}{entry.Event}\n");
            }

            text.Append('\n');
        }

        var supported = state.Hypotheses.Where(h => h.Status == HypothesisStatus.Supported).OrderByDescending(h => h.Confidence).ToList();
        text.Append("## Root cause\n\n");
        text.Append(supported.Count == 0
            ? "Not established during the investigation.\n\n"
            : string.Concat(supported.Select(h => string.Create(CultureInfo.InvariantCulture, $"- {h.Statement} (confidence {h.Confidence:0.00})\n"))) + "\n");
        var refuted = state.Hypotheses.Where(h => h.Status == HypothesisStatus.Refuted).ToList();
        if (refuted.Count > 0)
        {
            text.Append("Ruled out: ").Append(string.Join("; ", refuted.Select(h => h.Statement))).Append(".\n\n");
        }

        if (state.Solution is { } solution)
        {
            Section(text, "Fix", solution.Steps);
            Section(text, "How it was verified", solution.Verification);
            Section(text, "Risks", solution.Risks);
            Section(text, "Follow-ups", solution.FollowUps);
        }

        return new KnowledgeDocument
        {
            Id = DocumentId(resolved.Id),
            Title = $"Postmortem: {resolved.Title}",
            Text = text.ToString(),
            Source = $"case {resolved.Id}",
            Kind = DocumentKind.Postmortem,
            Service = state.BlastRadius is { Services.Count: > 0 } radius ? radius.Services[0] : null,
            Tags = ["postmortem", "case"],
        };
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"## {title}\n\n");
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {items[i]}\n");
        }

        text.Append('\n');
    }
}
