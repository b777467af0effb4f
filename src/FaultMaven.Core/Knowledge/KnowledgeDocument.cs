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
}
