using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Agent.SemanticCache;

internal static partial class Log
{
    [LoggerMessage(LogEvents.SemanticCacheLookup, LogLevel.Debug, "Case {CaseId}: semantic cache {Outcome} ({Candidates} answers on the same evidence, best similarity {Similarity})")]
    public static partial void Looked(ILogger logger, string caseId, string outcome, int candidates, double similarity);

    [LoggerMessage(LogEvents.SemanticCacheUnmapped, LogLevel.Information, "Case {CaseId}: a cached answer cites evidence this case does not have; the model is asked")]
    public static partial void Unmapped(ILogger logger, string caseId);

    [LoggerMessage(LogEvents.SemanticCacheLookupFailed, LogLevel.Warning, "Case {CaseId}: the semantic cache could not be used for this turn (evidence, embedder or store unavailable); the model answers")]
    public static partial void LookupFailed(ILogger logger, Exception exception, string caseId);

    [LoggerMessage(LogEvents.SemanticCacheStored, LogLevel.Debug, "Case {CaseId}: the answer of {Engine} was stored in the semantic cache")]
    public static partial void StoredAnswer(ILogger logger, string caseId, string engine);

    [LoggerMessage(LogEvents.SemanticCacheNotStored, LogLevel.Debug, "Case {CaseId}: the answer ({Chars} characters) names evidence by id or is too long; not cached")]
    public static partial void NotStored(ILogger logger, string caseId, int chars);

}
