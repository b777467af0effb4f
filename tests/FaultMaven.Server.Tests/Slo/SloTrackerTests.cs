using System.Diagnostics.Metrics;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Slo;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Slo;

/// <summary>The burn-rate states over the in-process counters, on a clock the test moves: a slow burn is a warning, a fast one a breach
/// (which outranks the warning), and each ends when its short window has no bad requests left.</summary>
public sealed class SloTrackerTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 2, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Evaluate_SlowBurnWarns_FastBurnBreaches_AndEachEndsWithItsShortWindow()
    {
        using var tracker = Tracker(new SloOptions { UploadTarget = "99", UploadThreshold = "5s" });

        Record(tracker, count: 95, seconds: 1);
        Record(tracker, count: 5, seconds: 6); // 5% slow: 5 times the 1% budget, a ticket (3) but not a page (14.4)
        Assert.Equal(SloState.Warning, Upload(tracker).State);
        Assert.Equal(5, Upload(tracker).BurnRates.Single(r => r.Window == "1h").Rate, 6);

        Record(tracker, count: 50, seconds: 6); // 55 of 150 slow: 36.7 times the budget
        var breached = Upload(tracker);
        Assert.Equal(SloState.Breached, breached.State);
        Assert.True(breached.Conditions.Single(c => c.LongWindow == "1h").Holds);
        Assert.Equal(150, breached.Total);
        Assert.Equal(95, breached.Good);
        Assert.True(breached.ErrorBudgetRemaining < 0);

        _clock.Advance(TimeSpan.FromMinutes(40)); // past 5m and 30m: no page condition holds, the 2h ticket window still burns
        Assert.Equal(SloState.Warning, Upload(tracker).State);

        _clock.Advance(TimeSpan.FromHours(7)); // past 6h and 2h: nothing holds; the 30-day budget still remembers
        var quiet = Upload(tracker);
        Assert.Equal(SloState.Ok, quiet.State);
        Assert.Equal(150, quiet.Total);
    }

    [Fact]
    public void Record_ServerErrorsAreBad_ClientErrorsGood_OtherGroupsIgnored()
    {
        using var tracker = Tracker(new SloOptions());

        tracker.Record(EndpointGroups.Upload, 503, 0.01);
        tracker.Record(EndpointGroups.Upload, 413, 0.01);
        tracker.Record(EndpointGroups.KnowledgeSearch, 200, 0.5);
        var objectives = tracker.Evaluate(_clock.GetUtcNow()).ToDictionary(o => o.Name);

        Assert.Equal((1, 2), (objectives["upload"].Good, objectives["upload"].Total));
        Assert.Equal((0, 1), (objectives["knowledge-search"].Good, objectives["knowledge-search"].Total)); // over its 100ms
        Assert.Equal((2, 3), (objectives["availability"].Good, objectives["availability"].Total));
        Assert.Equal(0, objectives["api-latency"].Total);
    }

    [Fact]
    public void Record_ASlowClientsTimeoutOrAbort_IsNotCountedByALatencyObjective_AndIsGoodForAvailability()
    {
        using var tracker = Tracker(new SloOptions());

        // A body that did not arrive in time (408) and a request the client closed (499), both long past every threshold: the time
        // was the client's, not the server's.
        tracker.Record(EndpointGroups.Upload, 408, 120);
        tracker.Record(EndpointGroups.Upload, 499, 90);
        tracker.Record(EndpointGroups.Api, 408, 30);
        tracker.Record(EndpointGroups.AgentTurn, 499, 300);
        // A slow answer of another 4xx is still the server's slowness.
        tracker.Record(EndpointGroups.Upload, 429, 6);
        var objectives = tracker.Evaluate(_clock.GetUtcNow()).ToDictionary(o => o.Name);

        Assert.Equal((0, 1), (objectives["upload"].Good, objectives["upload"].Total));
        Assert.Equal(0, objectives["api-latency"].Total);
        Assert.Equal(0, objectives["agent-turn"].Total);
        Assert.Equal((5, 5), (objectives["availability"].Good, objectives["availability"].Total));
    }

    public void Dispose() => _services.Dispose();

    private SloTracker Tracker(SloOptions options)
    {
        var failures = new List<string>();
        var settings = SloSettings.Parse(options, failures);
        Assert.Empty(failures);
        return new SloTracker(settings, _services.GetRequiredService<IMeterFactory>(), _clock);
    }

    private static void Record(SloTracker tracker, int count, double seconds)
    {
        for (var i = 0; i < count; i++)
        {
            tracker.Record(EndpointGroups.Upload, 201, seconds);
        }
    }

    private SloObjectiveReport Upload(SloTracker tracker) => tracker.Evaluate(_clock.GetUtcNow()).Single(o => o.Name == "upload");

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
