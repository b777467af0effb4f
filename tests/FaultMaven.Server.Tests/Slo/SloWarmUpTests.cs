using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Slo;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FaultMaven.Server.Tests.Slo;

/// <summary>FM_SLO_MIN_REQUESTS: a condition whose long window counted too few requests does not hold, however high their error rate
/// (1 bad of 2 is 50%); the objective says <c>insufficient-traffic</c>, the gauge and the receivers treat that as ok, and the same
/// error rate over enough requests breaches.</summary>
public sealed class SloWarmUpTests : IDisposable
{
    private const string WebhookPath = "/services/T0001/B0001/warm-up";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 2, 10, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void OneBadRequestOfTwo_IsInsufficientTraffic_NotBreached()
    {
        using var tracker = Tracker(new SloOptions());

        tracker.Record(EndpointGroups.Api, 503, 0.01);
        tracker.Record(EndpointGroups.Api, 200, 0.01);
        var availability = Availability(tracker);

        Assert.Equal(SloState.InsufficientTraffic, availability.State);
        Assert.Equal(500, availability.BurnRates.Single(r => r.Window == "1h").Rate, 6); // 50% against a 0.1% budget
        Assert.All(availability.Conditions, c => Assert.False(c.Holds));
        Assert.Equal("insufficient-traffic", JsonSerializer.SerializeToElement(availability, ApiJson.Options).GetProperty("state").GetString());
    }

    [Fact]
    public void TheSameErrorRate_OverTheMinimumRequests_Breaches()
    {
        using var tracker = Tracker(new SloOptions());

        tracker.Record(EndpointGroups.Api, 503, 0.01);
        Record(tracker, count: 8, status: 200);
        Assert.Equal(SloState.InsufficientTraffic, Availability(tracker).State); // 9 requests

        tracker.Record(EndpointGroups.Api, 200, 0.01); // the tenth: 10% errors, 100 times the budget
        var availability = Availability(tracker);

        Assert.Equal(SloState.Breached, availability.State);
        Assert.Contains(availability.Conditions, c => c is { Severity: "page", LongWindow: "1h", Holds: true });
    }

    [Fact]
    public void QuietTraffic_IsOk_NotInsufficient()
    {
        using var tracker = Tracker(new SloOptions());

        Record(tracker, count: 3, status: 200);

        Assert.Equal(SloState.Ok, Availability(tracker).State); // nothing burns: there is nothing to hold back
    }

    [Fact]
    public void MinRequestsOfOne_JudgesEveryRequest_AsBefore()
    {
        using var tracker = Tracker(new SloOptions { MinRequests = "1" });

        tracker.Record(EndpointGroups.Api, 503, 0.01);
        tracker.Record(EndpointGroups.Api, 200, 0.01);

        Assert.Equal(SloState.Breached, Availability(tracker).State);
    }

    [Fact]
    public void TheLongWindowDecides_OldTrafficLeavingIt_PutsTheObjectiveBackBelowTheMinimum()
    {
        using var tracker = Tracker(new SloOptions { PageBurn = "1h/5m@14.4", TicketBurn = "off" });
        tracker.Record(EndpointGroups.Api, 503, 0.01);
        Record(tracker, count: 9, status: 200);
        Assert.Equal(SloState.Breached, Availability(tracker).State);

        _clock.Advance(TimeSpan.FromMinutes(61)); // the hour's ten requests leave the 1h window
        tracker.Record(EndpointGroups.Api, 503, 0.01);
        var availability = Availability(tracker);

        Assert.Equal(SloState.InsufficientTraffic, availability.State);
        Assert.Equal(1, availability.BurnRates.Single(r => r.Window == "1h").Total);
        Assert.Equal(11, availability.Total); // the compliance window still counts them all
    }

    [Fact]
    public async Task Monitor_AlertsNoOneOnInsufficientTraffic_ResolvesABreachThatFallsBelowIt_AndKeepsTheGaugeAtOk()
    {
        var posts = new ConcurrentQueue<string>();
        await using var webhook = LoopbackApp.Create();
        webhook.MapPost(WebhookPath, async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            posts.Enqueue(body.RootElement.GetProperty("text").GetString()!);
            return Results.Ok();
        });
        var address = await webhook.StartOnLoopbackAsync(Token);
        await using var services = MonitorServices(new Uri(address, WebhookPath));
        var tracker = services.GetRequiredService<SloTracker>();
        var monitor = services.GetRequiredService<SloMonitor>();
        var sender = services.GetRequiredService<SloAlertSender>();
        var gauge = new List<int>();
        var delivered = 0;
        using var listener = Listener(services, gauge, () => Interlocked.Increment(ref delivered));
        await sender.StartAsync(Token);
        try
        {
            tracker.Record(EndpointGroups.Api, 503, 0.01);
            tracker.Record(EndpointGroups.Api, 200, 0.01);
            Assert.Equal(SloState.InsufficientTraffic, Availability(monitor.Evaluate()).State);
            listener.RecordObservableInstruments();
            Assert.Equal([0], gauge);

            Record(tracker, count: 8, status: 200);
            Assert.Equal(SloState.Breached, Availability(monitor.Evaluate()).State);
            // Delivered, not only received: moving the fake clock while a delivery is in flight would time it out.
            await UntilAsync(() => Volatile.Read(ref delivered) >= 1);
            listener.RecordObservableInstruments();
            Assert.Equal([0, 2], gauge);

            _clock.Advance(TimeSpan.FromMinutes(61));
            tracker.Record(EndpointGroups.Api, 503, 0.01);
            tracker.Record(EndpointGroups.Api, 200, 0.01);
            Assert.Equal(SloState.InsufficientTraffic, Availability(monitor.Evaluate()).State);
            await UntilAsync(() => Volatile.Read(ref delivered) >= 2);

            Record(tracker, count: 8, status: 200);
            Assert.Equal(SloState.Breached, Availability(monitor.Evaluate()).State);
            await UntilAsync(() => Volatile.Read(ref delivered) >= 3);
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
        }

        // Alerts are delivered in order: had the first insufficient-traffic evaluation been sent, it would come first.
        var texts = posts.ToArray();
        Assert.Equal(3, texts.Length);
        Assert.Contains("*availability* is breached", texts[0], StringComparison.Ordinal);
        Assert.Contains("(was ok)", texts[0], StringComparison.Ordinal);
        Assert.Contains("*availability* is ok (too few requests to judge)", texts[1], StringComparison.Ordinal);
        Assert.Contains("(was breached)", texts[1], StringComparison.Ordinal);
        Assert.Contains("*availability* is breached", texts[2], StringComparison.Ordinal);
        Assert.Contains("(was ok)", texts[2], StringComparison.Ordinal);
    }

    public void Dispose() => _services.Dispose();

    private SloTracker Tracker(SloOptions options)
    {
        var failures = new List<string>();
        var settings = SloSettings.Parse(options, failures);
        Assert.Empty(failures);
        return new SloTracker(settings, _services.GetRequiredService<IMeterFactory>(), _clock);
    }

    // The server's own registrations, on the fake clock, with availability alone and only the fast 1h/5m page condition.
    private ServiceProvider MonitorServices(Uri webhook)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FM_SLO_API_LATENCY_TARGET"] = "off", ["FM_SLO_UPLOAD_TARGET"] = "off", ["FM_SLO_KNOWLEDGE_SEARCH_TARGET"] = "off", ["FM_SLO_AGENT_TURN_TARGET"] = "off",
            ["FM_SLO_PAGE_BURN"] = "1h/5m@14.4", ["FM_SLO_TICKET_BURN"] = "off",
            ["FM_SLO_WEBHOOK_URLS"] = webhook.ToString(),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddMetrics().AddSingleton<IConfiguration>(configuration).AddSingleton<TimeProvider>(_clock);
        services.AddFaultMavenSlo();
        return services.BuildServiceProvider();
    }

    // Hears the state gauge when asked, and each alert the sender reports delivered.
    private static MeterListener Listener(IServiceProvider services, List<int> gauge, Action onDelivered)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name is "faultmaven.slo.state" or "faultmaven.slo.alerts" && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => gauge.Add(value));
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "outcome", Value: "delivered" })
                {
                    onDelivered();
                }
            }
        });
        listener.Start();
        return listener;
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the alert was not delivered within 30 s");
            await Task.Delay(20, Token);
        }
    }

    private static void Record(SloTracker tracker, int count, int status)
    {
        for (var i = 0; i < count; i++)
        {
            tracker.Record(EndpointGroups.Api, status, 0.01);
        }
    }

    private SloObjectiveReport Availability(SloTracker tracker) => tracker.Evaluate(_clock.GetUtcNow()).Single(o => o.Name == "availability");

    private static SloObjectiveReport Availability(SloReport report) => report.Objectives.Single(o => o.Name == "availability");
}
