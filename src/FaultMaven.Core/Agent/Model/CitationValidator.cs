using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Knowledge;

namespace FaultMaven.Core.Agent.Model;

/// <summary>Checks what a model cites against what exists: an upload of this case (and lines within it), a finding of one of its
/// analyses, a knowledge-base chunk, a resolved case the similar-incident finder returned for this case's team during this turn
/// (<paramref name="pastCases"/>; any other case id, even one that exists, is another team's or invented). A citation that does
/// not resolve is dropped; a claim left with no real evidence is rejected.</summary>
internal sealed partial class CitationValidator(IReadOnlyList<CaseEvidence> evidence, KnowledgeService knowledge, IReadOnlySet<string>? pastCases = null)
{
    public int Rejected { get; private set; }

    /// <summary>The citations of a claim that resolve, and whether every one of them did.</summary>
    public async Task<(List<EvidenceRef> Valid, bool All)> ResolveAsync(IEnumerable<string>? citations, CancellationToken cancellationToken)
    {
        var valid = new List<EvidenceRef>();
        var all = true;
        foreach (var citation in citations ?? [])
        {
            if (await ResolveAsync(citation, cancellationToken) is { } resolved)
            {
                valid.Add(resolved);
            }
            else
            {
                all = false;
                Rejected++;
            }
        }

        return (valid, all);
    }

    private async Task<EvidenceRef?> ResolveAsync(string citation, CancellationToken cancellationToken)
    {
        var match = Citation().Match(citation.Trim().Trim('[', ']', '`'));
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        switch (match.Groups["kind"].Value.ToLowerInvariant())
        {
            case "upload":
                if (evidence.FirstOrDefault(e => e.Upload.Id == id) is not { } upload)
                {
                    return null;
                }

                if (!match.Groups["first"].Success)
                {
                    return new EvidenceRef(EvidenceKind.Upload, id);
                }

                // The model's numbers are untrusted: one too large for an int is no line of this upload.
                if (!int.TryParse(match.Groups["first"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var first))
                {
                    return null;
                }

                var last = first;
                if (match.Groups["last"].Success && !int.TryParse(match.Groups["last"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out last))
                {
                    return null;
                }

                return first >= 1 && last >= first && last <= Math.Max(1, upload.Upload.Lines) ? new EvidenceRef(EvidenceKind.Upload, id, first, last) : null;
            case "case":
                return pastCases?.Contains(id) == true ? new EvidenceRef(EvidenceKind.PastCase, id) : null;
            case "finding":
                var slash = id.IndexOf('/', StringComparison.Ordinal);
                return slash > 0 && evidence.FirstOrDefault(e => e.Upload.Id == id[..slash]) is { } owner
                    && owner.Analysis.Findings.Any(f => f.Id == id[(slash + 1)..]) ? new EvidenceRef(EvidenceKind.Finding, id) : null;
            default:
                var hash = id.LastIndexOf('#');
                return hash > 0 && int.TryParse(id.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    && (await knowledge.GetAsync(id[..hash], cancellationToken)).Succeeded ? new EvidenceRef(EvidenceKind.KnowledgeChunk, id) : null;
        }
    }

    [GeneratedRegex(@"^(?<kind>upload|finding|case|kb|knowledge(?:-chunk)?):(?<id>[^\s:]+?)(?:(?::|\s+)L?(?<first>\d+)(?:\s*[-–]\s*L?(?<last>\d+))?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();
}
