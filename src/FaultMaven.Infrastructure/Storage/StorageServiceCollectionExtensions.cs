using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Data;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Sessions;
using FaultMaven.Infrastructure.Llm.Middleware;
using FaultMaven.Infrastructure.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Chooses and registers the stores: the one place where embedded and scale-out part ways.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The health-check name and tag of the stores.</summary>
    public const string HealthTag = "storage";

    /// <summary>Registers the session and case stores selected by configuration (the embedded SQLite store by default).</summary>
    public static IHostApplicationBuilder AddFaultMavenStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<StorageOptions, StorageOptionsValidator>().BindConfiguration(string.Empty);
        services.AddSingleton<IValidateOptions<StorageOptions>, DataDirectoryValidator>();

        services.AddSingleton<SqliteDatabase>();
        services.AddHostedService(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<ISessionStore, SqliteSessionStore>();
        services.AddSingleton<ICaseStore, SqliteCaseStore>();
        services.AddSingleton<IPseudonymScopes, SqlitePseudonymScopes>();
        services.AddSingleton<IDataStore, SqliteDataStore>();
        services.AddSingleton<IKnowledgeStore, SqliteKnowledgeStore>();
        services.AddSingleton(sp => new DataDirectory(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory));
        services.AddHealthChecks().AddCheck<SqliteHealthCheck>("sqlite", tags: [HealthTag]);
        return builder;
    }
}
