using System.Text.Json.Serialization;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent;

/// <summary>The answer to one turn.</summary>
/// <param name="CaseId">The case the turn belongs to.</param>
/// <param name="Engine">What produced it: <c>offline analysis</c> or the model that answered.</param>
/// <param name="RootCause">The leading hypothesis in one or two sentences, at most 150 words.</param>
/// <param name="Category">The category of the root cause (<c>healthy</c> when nothing is broken).</param>
/// <param name="Text">The whole answer, Markdown, doctrine-structured, each claim with its citation.</param>
/// <param name="Investigation">The case's investigation state after this turn.</param>
/// <param name="Citations">The evidence the answer cites.</param>
/// <param name="NextActions">What to do next, most useful first.</param>
/// <param name="Uploads">The ids of the attachments this turn added to the case.</param>
/// <param name="Usage">Tokens and estimated cost of the turn, when a language model answered.</param>
/// <param name="SemanticCache">Set when the answer was given again from the semantic cache instead of asking the model.</param>
public sealed record AgentReply(
    string CaseId,
    string Engine,
    [property: JsonPropertyName("root_cause")] string RootCause,
    [property: JsonConverter(typeof(CauseCategoryJsonConverter))] CauseCategory Category,
    string Text,
    InvestigationState Investigation,
    IReadOnlyList<EvidenceRef> Citations,
    IReadOnlyList<string> NextActions,
    IReadOnlyList<string> Uploads,
    TurnUsage? Usage = null,
    SemanticCacheHit? SemanticCache = null);

/// <summary>Writes categories as postmortems and incident rubrics spell them: <c>resource_exhaustion</c>, <c>healthy</c>.</summary>
public sealed class CauseCategoryJsonConverter() : JsonStringEnumConverter<CauseCategory>(System.Text.Json.JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
