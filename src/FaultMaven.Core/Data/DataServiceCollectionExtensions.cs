using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaultMaven.Core.Data;

/// <summary>Registers the data feature.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds <see cref="DataService"/>, its pipeline, options and clean-up. A store and a <see cref="DataDirectory"/> must be added separately.</summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<DataOptions, DataOptionsValidator>().BindConfiguration(string.Empty);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new Redactor(new PiiDetector(), RedactionPolicy.Default));
        services.TryAddSingleton<Common.IIdempotencyGate, Common.LocalIdempotencyGate>();
        services.TryAddSingleton<CaseTextRedactor>();
        services.AddSingleton<DataClassifier>();
        services.AddSingleton<DataPipeline>();
        services.AddSingleton(_ => new UploadLanes());
        services.AddSingleton<DataService>();
        services.AddHostedService<DataCleanup>();
        services.AddHostedService<DataWarmUp>();
        return services;
    }
}
