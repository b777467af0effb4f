using System.Diagnostics.Metrics;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>The semantic cache over a real Redis that goes away: while it is up an alike question is a hit; once it is gone the lookup
/// is counted as an <c>error</c> (not a miss), logged, and the turn goes on without the cache.</summary>
public sealed class SemanticCacheOutageTests(ServerStores servers)
{
    private static readonly AsyncLocal<bool> Mine = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RedisGoneDuringLookup_CountsAnError_AndTheTurnGoesOnWithoutTheCache()
    {
        var redis = await RedisServer.StartNewAsync();
        var settings = await servers.NewSettingsAsync();
        settings["FM_REDIS"] = redis.Configuration;
        await using var stores = await StoreHost.StartAsync(settings);
        var logger = new RecordingLogger();
        var cache = new SemanticAnswerCache(
            stores.Get<ISemanticAnswerStore>(), new SemanticCacheOn(), Options.Create(new SemanticCacheOptions()), new Redactor(new PiiDetector(), RedactionPolicy.Default),
            stores.Get<IPseudonymScopes>(), TimeProvider.System, logger, "openai:gpt-test", new CountingEmbedder("model-a"));
        var request = new InvestigationRequest("cas_outage", "why is payments failing", InvestigationState.Empty, []) { CacheScope = "team:red" };

        var first = await cache.LookupAsync(request, "shape", Ct);
        Assert.NotNull(first);
        Assert.Null(first.Hit);
        await cache.StoreAsync(first, "cas_outage", request.Question, "{\"root_cause\": \"ledger-db is down\"}", "openai gpt-test", Ct);
        Assert.NotNull((await cache.LookupAsync(request, "shape", Ct))?.Hit);

        await redis.DisposeAsync();
        var outcomes = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "faultmaven.semantic_cache.lookups")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            // Only this test's lookups: the flag flows with the call, other tests' calls do not carry it.
            if (Mine.Value)
            {
                lock (outcomes)
                {
                    outcomes.Add(tags.ToArray().Single(t => t.Key == "outcome").Value as string ?? "");
                }
            }
        });
        listener.Start();
        Mine.Value = true;
        var during = await cache.LookupAsync(request, "shape", Ct);
        Mine.Value = false;

        Assert.Null(during);
        Assert.Equal(["error"], outcomes);
        Assert.Contains(logger.Events, e => e.Id == LogEvents.SemanticCacheLookupFailed);
    }

    private sealed class SemanticCacheOn : IFeatureFlags
    {
        public ValueTask<bool> IsEnabledAsync(FeatureFlag flag, CancellationToken cancellationToken = default) => ValueTask.FromResult(flag == FeatureFlags.SemanticCache);
    }

    private sealed class RecordingLogger : ILogger<SemanticAnswerCache>
    {
        public List<(int Id, LogLevel Level)> Events { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Events)
            {
                Events.Add((eventId.Id, logLevel));
            }
        }
    }
}
