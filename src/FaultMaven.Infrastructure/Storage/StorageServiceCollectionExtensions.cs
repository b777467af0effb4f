using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Similar;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sessions;
using FaultMaven.Infrastructure.Storage.Postgres;
using FaultMaven.Infrastructure.Storage.Redis;
using FaultMaven.Infrastructure.Storage.Sqlite;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Chooses and registers the stores: the one place where embedded and scale-out part ways. With neither <c>FM_REDIS</c> nor
/// <c>FM_POSTGRES</c> everything is embedded (SQLite and the process); each one set moves its share to the server, and the services
/// above do not change.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The health-check tag of the stores.</summary>
    public const string HealthTag = "storage";

    /// <summary>Registers the stores selected by configuration.</summary>
    public static IHostApplicationBuilder AddFaultMavenStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<StorageOptions, StorageOptionsValidator>().BindConfiguration(string.Empty);
        services.AddSingleton<IValidateOptions<StorageOptions>, DataDirectoryValidator>();
        services.AddSingleton<IValidateOptions<StorageOptions>, ServerStoresValidator>();
        services.AddSingleton(sp => new DataDirectory(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory));
        services.AddSingleton(sp => new ContentEncryption(NullIfEmpty(Validated(sp).EncryptionKey) is { } key ? PseudonymCipher.ParseKey(key) : null));
        services.TryAddSingleton(TimeProvider.System);

        // Read here, before the container exists, because the choice decides what is registered; the validator above reports a bad value.
        var redis = NullIfEmpty(builder.Configuration["FM_REDIS"]);
        var postgres = NullIfEmpty(builder.Configuration["FM_POSTGRES"]);

        if (redis is null || postgres is null)
        {
            services.AddSingleton<SqliteDatabase>();
            services.AddHostedService(sp => sp.GetRequiredService<SqliteDatabase>());
            services.AddHealthChecks().AddCheck<SqliteHealthCheck>("sqlite", tags: [HealthTag]);
        }

        if (postgres is null)
        {
            services.AddSingleton<ICaseStore, SqliteCaseStore>();
            services.AddSingleton<IPseudonymScopes, SqlitePseudonymScopes>();
            services.AddSingleton<IDataStore, SqliteDataStore>();
            services.AddSingleton<IUploadContents, FileUploadContents>();
            services.AddSingleton<IKnowledgeStore, SqliteKnowledgeStore>();
            services.AddSingleton<ICaseVectorStore, SqliteCaseVectorStore>();
            services.AddSingleton<IApiKeyStore, SqliteApiKeyStore>();
            services.AddSingleton<IAuditTrail, SqliteAuditTrail>();
        }
        else
        {
            // Reading the options first reports a bad value as a configuration error, before the connection string is parsed here.
            services.AddSingleton(sp => new PostgresDatabase(Validated(sp).Postgres!, sp.GetRequiredService<ILogger<PostgresDatabase>>()));
            services.AddHostedService(sp => sp.GetRequiredService<PostgresDatabase>());
            services.AddSingleton<ICaseStore, PostgresCaseStore>();
            services.AddSingleton<IPseudonymScopes>(sp => new PostgresPseudonymScopes(
                sp.GetRequiredService<PostgresDatabase>(),
                NullIfEmpty(Validated(sp).PrivacyKey),
                sp.GetRequiredService<ILogger<PostgresPseudonymScopes>>()));
            services.AddSingleton<IDataStore, PostgresDataStore>();
            services.AddSingleton<IUploadContents, PostgresUploadContents>();
            services.AddSingleton<IKnowledgeStore, PostgresKnowledgeStore>();
            services.AddSingleton<ICaseVectorStore, PostgresCaseVectorStore>();
            services.AddSingleton<IApiKeyStore, PostgresApiKeyStore>();
            services.AddSingleton<IAuditTrail, PostgresAuditTrail>();
            services.AddHealthChecks().AddCheck<PostgresHealthCheck>(PostgresDatabase.StoreName, tags: [HealthTag]);
        }

        if (redis is null)
        {
            services.AddSingleton<ISessionStore, SqliteSessionStore>();
            services.AddSingleton<IRateLimitStore, InProcessRateLimitStore>();
            services.AddSingleton<ISemanticAnswerStore>(sp => new InProcessSemanticAnswerStore(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        }
        else
        {
            services.AddSingleton(sp => new RedisConnection(Validated(sp).Redis!, sp.GetRequiredService<ILogger<RedisConnection>>()));
            services.AddSingleton<ISessionStore, RedisSessionStore>();
            services.AddSingleton<IIdempotencyGate, RedisIdempotencyGate>();
            services.AddSingleton<IKnowledgeChanges, RedisKnowledgeChanges>();
            services.AddSingleton<IRateLimitStore>(sp => new RedisRateLimitStore(
                sp.GetRequiredService<RedisConnection>(), sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILogger<RedisRateLimitStore>>()));
            services.AddSingleton<IDistributedCache>(sp => new TolerantDistributedCache(new RedisCache(Options.Create(new RedisCacheOptions
            {
                InstanceName = RedisConnection.Prefix + "cache:",
                ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<RedisConnection>().Multiplexer),
            }))));
            services.AddSingleton<ISemanticAnswerStore>(sp => new RedisSemanticAnswerStore(
                sp.GetRequiredService<RedisConnection>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
            services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisConnection.StoreName, tags: [HealthTag]);
        }

        return builder;
    }

    private static StorageOptions Validated(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
