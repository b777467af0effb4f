using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Server.Mcp;

/// <summary>A file or pasted text handed to the <c>ask</c> tool.</summary>
/// <param name="Text">The content, verbatim.</param>
/// <param name="FileName">The name it came from.</param>
internal sealed record EvidenceFile(
    [property: Description("The content verbatim: log lines, a stack trace, a metrics export, a config, kubectl output.")] string Text,
    [property: Description("The file name it came from, e.g. 'checkout.log'; helps recognise the format.")] string? FileName = null);

/// <summary>What <c>analyze_evidence</c> answers: the upload id when kept, the type, what was redacted and the type's analysis.</summary>
internal sealed record EvidenceReading(
    string? UploadId, DataClassification Classification, IReadOnlyDictionary<string, long> Redactions, IReadOnlyList<string> Warnings, DataAnalysis Analysis);

/// <summary>What <c>redact_text</c> answers.</summary>
internal sealed record RedactionResult(string Redacted, IReadOnlyDictionary<string, int> Redactions);

/// <summary>What <c>search_knowledge</c> answers.</summary>
internal sealed record KnowledgeAnswer(string Query, IReadOnlyList<DocumentHit> Results);

/// <summary>A case without its investigation.</summary>
internal sealed record CaseSummary(string Id, string Title, CaseStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int TurnCount)
{
    public static CaseSummary Of(Case found) => new(found.Id, found.Title, found.Status, found.CreatedAt, found.UpdatedAt, found.TurnCount);
}

/// <summary>What <c>ask</c> answers: the root cause first, the answer with its citations, what to do next.</summary>
internal sealed record AskAnswer(
    string CaseId, string Engine, string RootCause, [property: JsonConverter(typeof(CauseCategoryJsonConverter))] CauseCategory Category,
    DoctrinePhase Phase, string Answer, IReadOnlyList<EvidenceRef> Citations, IReadOnlyList<string> NextActions, IReadOnlyList<string> Uploads)
{
    public static AskAnswer Of(AgentReply reply) =>
        new(reply.CaseId, reply.Engine, reply.RootCause, reply.Category, reply.Investigation.Phase, reply.Text, reply.Citations, reply.NextActions, reply.Uploads);
}

/// <summary>A turn of the conversation, cut to an excerpt.</summary>
internal sealed record TurnExcerpt(int Sequence, TurnRole Role, string Content, DateTimeOffset CreatedAt);

/// <summary>What <c>get_investigation</c> answers; <paramref name="EarlierTurns"/> counts the turns before those shown.</summary>
internal sealed record InvestigationView(CaseSummary Case, InvestigationState Investigation, IReadOnlyList<TurnExcerpt> Turns, int EarlierTurns, JsonElement? LatestAnswer);

/// <summary>What a source tool answers: where the reading came from, its first lines (redacted), its analysis, and, when it was kept
/// on a case, the upload id and how to cite it.</summary>
internal sealed record SourceReading(
    string? UploadId, string? Title, string? Source, int LinesShown, bool Truncated, string Text, string Summary, IReadOnlyList<string> Findings,
    IReadOnlyDictionary<string, long> Redactions, string? CiteAs);
