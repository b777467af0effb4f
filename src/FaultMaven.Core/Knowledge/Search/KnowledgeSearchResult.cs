namespace FaultMaven.Core.Knowledge.Search;

/// <summary>Which documents a search may return.</summary>
/// <param name="Kinds">Only these kinds, when given.</param>
/// <param name="Service">Only documents about this service, when given.</param>
/// <param name="Tags">Only documents carrying all of these tags, when given.</param>
public sealed record KnowledgeFilter(IReadOnlyList<DocumentKind>? Kinds = null, string? Service = null, IReadOnlyList<string>? Tags = null)
{
    /// <summary>Gets whether <paramref name="document"/> passes.</summary>
    public bool Accepts(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (Viewer is null || document.IsVisibleTo(Viewer))
            && (Kinds is not { Count: > 0 } || Kinds.Contains(document.Kind))
            && (Service is null || string.Equals(Service, document.Service, StringComparison.OrdinalIgnoreCase))
            && (Tags is not { Count: > 0 } || Tags.All(t => document.Tags.Contains(t, StringComparer.OrdinalIgnoreCase)));
    }

    // Set by the knowledge service from the caller, never by a request or a model's tool call (it is not public): one team's
    // documents are found only by that team.
    internal Security.Caller? Viewer { get; init; }
}

/// <summary>A passage that matched: where it is, and a snippet with the matching words marked.</summary>
/// <param name="ChunkId">The chunk id (<c>document#n</c>): cite it.</param>
/// <param name="HeadingPath">The headings above the passage.</param>
/// <param name="Snippet">About 300 characters around the best match, matching words between « and ».</param>
/// <param name="Start">Where the passage starts in the document.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Score">Its score.</param>
/// <param name="Highlights">Where the matching words are in <paramref name="Snippet"/> (each between the « » that mark it): a client
/// highlights these and shows any other guillemet, one the document itself holds, as text.</param>
public sealed record PassageHit(string ChunkId, IReadOnlyList<string> HeadingPath, string Snippet, int Start, int End, double Score, IReadOnlyList<SnippetRange>? Highlights = null);

/// <summary>A range of a snippet, in UTF-16 characters (JavaScript string indices).</summary>
public readonly record struct SnippetRange(int Start, int Length);

/// <summary>A document that matched, with its best passages.</summary>
public sealed record DocumentHit(string DocumentId, string Title, DocumentKind Kind, string? Source, double Score, IReadOnlyList<PassageHit> Passages);
