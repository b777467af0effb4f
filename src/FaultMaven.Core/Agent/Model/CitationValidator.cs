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
    // Each distinct citation is resolved once (a knowledge lookup may be a store read); the model's text is bounded, so is this.
    private readonly Dictionary<string, EvidenceRef?> _resolved = new(StringComparer.Ordinal);

    /// <summary>How many distinct citations of the model named evidence that does not exist, wherever they were (a claim's
    /// evidence or inline in a text): the number the answer's note reports.</summary>
    public int Rejected => _resolved.Values.Count(r => r is null);

    /// <summary>The citations of a claim that resolve, and whether every one of them did.</summary>
    public async Task<(List<EvidenceRef> Valid, bool All)> ResolveAsync(IEnumerable<string>? citations, CancellationToken cancellationToken)
    {
        var valid = new List<EvidenceRef>();
        var all = true;
        foreach (var citation in citations ?? [])
        {
            if (await ResolveCachedAsync(citation, cancellationToken) is { } resolved)
            {
                valid.Add(resolved);
            }
            else
            {
                all = false;
            }
        }

        return (valid, all);
    }

    /// <summary>Reads every inline citation in <paramref name="texts"/> (<c>[upload:… L2]</c>, <c>[kb:…#3]</c>, several in one
    /// bracket separated by commas or semicolons), so that <see cref="Scrub"/> can then take out those that do not resolve.</summary>
    public async Task ReadInlineAsync(IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text) || !text.Contains('[', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match bracket in InlineCitation().Matches(text))
            {
                foreach (var part in Parts(bracket.Groups["body"].Value))
                {
                    _ = await ResolveCachedAsync(part, cancellationToken);
                }
            }
        }
    }

    /// <summary>The text without the inline citations that did not resolve (read first with <see cref="ReadInlineAsync"/>): a
    /// bracket keeps the parts that resolve and goes entirely when none does. A bracket that is not a citation stays.</summary>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            return text;
        }

        return InlineCitation().Replace(text, bracket =>
        {
            var parts = Parts(bracket.Groups["body"].Value);
            var kept = parts.Where(p => _resolved.GetValueOrDefault(p) is not null).ToList();
            if (kept.Count == parts.Count)
            {
                return bracket.Value;
            }

            // A space before a removed bracket goes with it, so no double space is left in the sentence.
            return kept.Count == 0 ? "" : $"{(bracket.Value[0] == ' ' ? " " : "")}[{string.Join(", ", kept)}]";
        });
    }

    private static List<string> Parts(string body) =>
        [.. body.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private async Task<EvidenceRef?> ResolveCachedAsync(string citation, CancellationToken cancellationToken)
    {
        var key = citation.Trim();
        if (!_resolved.TryGetValue(key, out var resolved))
        {
            resolved = await ResolveAsync(key, cancellationToken);
            _resolved[key] = resolved;
        }

        return resolved;
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

    // A bracket whose first part names a kind of evidence; bounded, with no nested quantifiers: linear on any text. The optional
    // space before it goes with it when it is removed.
    [GeneratedRegex(@" ?\[(?<body>(?:upload|finding|case|kb|knowledge(?:-chunk)?):[^\[\]\n]{1,400})\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineCitation();

    [GeneratedRegex(@"^(?<kind>upload|finding|case|kb|knowledge(?:-chunk)?):(?<id>[^\s:]+?)(?:(?::|\s+)L?(?<first>\d+)(?:\s*[-–]\s*L?(?<last>\d+))?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();
}
