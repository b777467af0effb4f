using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaultMaven.Core.Cases;

/// <summary>Registers the cases feature.</summary>
public static class CasesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CaseService"/>. A store and pseudonym scopes must be added separately.</summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new Redactor(new PiiDetector(), RedactionPolicy.Default));
        services.TryAddSingleton<Common.IIdempotencyGate, Common.LocalIdempotencyGate>();
        services.TryAddSingleton<CaseTextRedactor>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<Similar.SimilarIncidentFinder>();
        return services;
    }
}
