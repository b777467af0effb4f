namespace FaultMaven.Core.Cases.Investigation;

/// <summary>What a piece of cited evidence points at.</summary>
public enum EvidenceKind
{
    /// <summary>Lines of an uploaded file or pasted text.</summary>
    Upload,

    /// <summary>A finding of an analysis (an anomaly, a template, a config issue).</summary>
    Finding,

    /// <summary>A chunk of a knowledge-base document.</summary>
    KnowledgeChunk,

    /// <summary>A turn of the conversation.</summary>
    Turn,

    /// <summary>A resolved case of the same team like this one (<c>case:&lt;id&gt;</c>).</summary>
    PastCase,
}
