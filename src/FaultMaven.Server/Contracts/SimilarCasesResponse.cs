using FaultMaven.Core.Cases.Similar;

namespace FaultMaven.Server.Contracts;

/// <summary>The resolved cases most like a case, most alike first.</summary>
/// <param name="CaseId">The case they are like.</param>
/// <param name="Results">The resolved cases, each with its root cause, its fix and how to cite it.</param>
public sealed record SimilarCasesResponse(string CaseId, IReadOnlyList<SimilarIncident> Results);
