namespace FaultMaven.Core.Knowledge;

/// <summary>What a document is for.</summary>
public enum DocumentKind
{
    /// <summary>Steps for a known problem or alert.</summary>
    Runbook,

    /// <summary>What happened in a past incident and how it was fixed.</summary>
    Postmortem,

    /// <summary>Questions and answers.</summary>
    Faq,

    /// <summary>Background: architecture, configuration, APIs.</summary>
    Reference,
}

/// <summary>A document of the knowledge base, as text with its metadata.</summary>
public sealed record KnowledgeDocument
{
    /// <summary>Gets the id (given by the importer, or <c>kb_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the text (Markdown or plain).</summary>
    public required string Text { get; init; }

    /// <summary>Gets where it came from (a path or URL).</summary>
    public string? Source { get; init; }

    /// <summary>Gets the kind.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.Runbook;

    /// <summary>Gets the service it is about, if any.</summary>
    public string? Service { get; init; }

    /// <summary>Gets free tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets who imported it (the caller's name and id); null for documents from before imports were attributed.</summary>
    public string? ImportedBy { get; init; }

    /// <summary>Gets whose share of the embedding backlog the document's chunks count in until they have their vectors: the importer's
    /// team, or the importer alone without one. Kept with the document so that a restart counts them against the same share (a share
    /// that forgot them would let every team add another share after each restart). Null for documents from before it was kept.</summary>
    public string? BacklogShare { get; init; }

    /// <summary>Gets who the document belongs to when it is one team's (a case published as a postmortem): the case's creator.
    /// Null with a null <see cref="Team"/> for documents every team sees (imported runbooks, references).</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the team whose document it is (see <see cref="Owner"/>); null for none.</summary>
    public string? Team { get; init; }

    /// <summary>Whether <paramref name="caller"/> may find and read the document: every caller for a document of no owner and no
    /// team, an admin for any, others for their team's and their own.</summary>
    public bool IsVisibleTo(Security.Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return (Owner is null && Team is null) || caller.CanSee(Owner, Team);
    }
}
