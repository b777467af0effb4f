using System.ComponentModel;
using FaultMaven.Core.Cases.Similar;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Agent.Tools;

/// <summary>The team's resolved cases as a tool for a model: what was found and what fixed it the last times something like this
/// happened.</summary>
public static class IncidentTools
{
    /// <summary>The name the model calls it by.</summary>
    public const string FindSimilarName = "find_similar_incidents";

    /// <summary>Creates <c>find_similar_incidents(description?, limit?)</c> for the case <paramref name="caseId"/>: only its team's
    /// resolved cases take part. <paramref name="found"/> hears the ids returned, the only past cases the model may then cite.</summary>
    public static AIFunction FindSimilarIncidents(SimilarIncidentFinder finder, string caseId, Action<IEnumerable<string>>? found = null)
    {
        ArgumentNullException.ThrowIfNull(finder);
        return AIFunctionFactory.Create(
            async ([Description("What to compare with besides the case itself: a symptom, an error, the suspected cause")] string? description = null,
             [Description("How many cases, 1 to 10")] int limit = 5,
             CancellationToken cancellationToken = default) =>
            {
                var incidents = await finder.FindByIdAsync(caseId, description is { Length: > 2000 } ? description[..2000] : description, Math.Clamp(limit, 1, SimilarIncidentFinder.MaxResults), cancellationToken);
                found?.Invoke(incidents.Select(i => i.CaseId));
                return incidents.Select(i => new { citation = i.Citation, i.Title, resolved_at = i.ResolvedAt, root_cause = i.RootCause, fix = i.Fix, score = i.Score }).ToList();
            },
            FindSimilarName,
            "The team's resolved cases most like this one, by words and meaning, each with its established root cause and the fix that worked. "
            + "Cite one as case:<id>. A past case is a lead to check against this case's evidence, not proof.");
    }
}
