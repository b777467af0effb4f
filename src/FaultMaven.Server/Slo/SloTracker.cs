using System.Diagnostics.Metrics;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Server.Slo;

/// <summary>Counts good and total requests per objective from the measurements ASP.NET Core records for /metrics
/// (<c>http.server.request.duration</c>, tagged with the endpoint group), in small rolling buckets rather than a time-series store,
/// and evaluates the objectives over them. Only this host's measurements are heard: the meter must come from its own meter factory.</summary>
internal sealed class SloTracker : IDisposable
{
    private readonly SloSettings _settings;
    private readonly IMeterFactory _meters;
    private readonly TimeProvider _time;
    private readonly (SloObjective Objective, RollingCounter Burn, RollingCounter Window)[] _counters;
    private readonly MeterListener _listener;

    public SloTracker(SloSettings settings, IMeterFactory meters, TimeProvider time)
    {
        _settings = settings;
        _meters = meters;
        _time = time;
        var longest = settings.BurnWindows[^1];
        _counters = [.. settings.Objectives.Select(o => (o, new RollingCounter(settings.BucketWidth, longest),
            new RollingCounter(settings.Window / SloSettings.WindowBuckets, settings.Window)))];
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (((instrument.Name == SloThresholds.Instrument && instrument.Meter.Name == SloThresholds.Meter)
                        || (instrument.Name == EndpointGroupTagging.UploadServerDuration && instrument.Meter.Name == EndpointGroupTagging.Meter))
                    && ReferenceEquals(instrument.Meter.Scope, _meters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<double>((instrument, seconds, tags, _) => Record(seconds, tags, instrument.Name == EndpointGroupTagging.UploadServerDuration));
        _listener.Start();
    }

    /// <summary>Counts one request of <paramref name="group"/> that ended with <paramref name="status"/> after <paramref name="seconds"/>
    /// of the server's time (for an upload, from its body's last byte).</summary>
    public void Record(string group, int status, double seconds) => Record(group, status, seconds, _ => true);

    private void Record(string group, int status, double seconds, Func<SloObjective, bool> counted)
    {
        var now = _time.GetUtcNow();
        foreach (var (objective, burn, window) in _counters)
        {
            if ((objective.Group is null || objective.Group == group) && objective.Counts(status) && counted(objective))
            {
                var good = objective.IsGood(status, seconds);
                burn.Add(now, good);
                window.Add(now, good);
            }
        }
    }

    /// <summary>Evaluates every objective now; <see cref="SloObjectiveReport.StateSince"/> is left at now for the caller to carry.</summary>
    public List<SloObjectiveReport> Evaluate(DateTimeOffset now)
    {
        var reports = new List<SloObjectiveReport>(_counters.Length);
        foreach (var (objective, burn, window) in _counters)
        {
            var rates = _settings.BurnWindows.Select(w =>
            {
                var (good, total) = burn.Sum(now, w);
                return new SloBurnRate(SloDurations.Format(w), BurnRate(objective, good, total), total, total - good);
            }).ToList();
            SloBurnRate Over(TimeSpan w) => rates.First(r => r.Window == SloDurations.Format(w));
            bool Burns(BurnCondition c) => Over(c.Long).Rate >= c.Factor && Over(c.Short).Rate >= c.Factor;
            // Too few requests in the long window make one bad request a large share: the condition is not judged on them.
            bool Judged(BurnCondition c) => Over(c.Long).Total >= _settings.MinRequests;
            SloBurnCondition Condition(BurnCondition c, string severity) => new(
                severity, SloDurations.Format(c.Long), SloDurations.Format(c.Short), c.Factor, Burns(c) && Judged(c));
            var conditions = _settings.Page.Select(c => Condition(c, "page")).Concat(_settings.Ticket.Select(c => Condition(c, "ticket"))).ToList();
            var state = conditions.Any(c => c.Holds && c.Severity == "page") ? SloState.Breached
                : conditions.Any(c => c.Holds) ? SloState.Warning
                : _settings.Page.Concat(_settings.Ticket).Any(c => Burns(c) && !Judged(c)) ? SloState.InsufficientTraffic
                : SloState.Ok;
            var (windowGood, windowTotal) = window.Sum(now, _settings.Window);
            reports.Add(new SloObjectiveReport(
                objective.Name, objective.Description, objective.Target, objective.Threshold is { } t ? SloDurations.Format(t) : null,
                SloDurations.Format(_settings.Window), windowTotal, windowGood, Math.Round(1 - BurnRate(objective, windowGood, windowTotal), 6),
                rates, conditions, state, now));
        }

        return reports;
    }

    public void Dispose() => _listener.Dispose();

    private static double BurnRate(SloObjective objective, long good, long total) =>
        total == 0 ? 0 : Math.Round((total - good) / (double)total / objective.ErrorBudget, 6);

    // An upload is measured twice: its whole duration (availability counts it) and the server's part of it (the upload objective
    // judges that, EndpointGroupTagging). Every other request once, for every objective of its group.
    private void Record(double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, bool uploadServerPart)
    {
        string? group = null;
        var status = 0;
        foreach (var tag in tags)
        {
            if (tag.Key == EndpointGroups.TagName)
            {
                group = tag.Value as string;
            }
            else if (tag.Key == "http.response.status_code" && tag.Value is int code)
            {
                status = code;
            }
        }

        if (group is not null && status > 0)
        {
            Record(group, status, seconds, uploadServerPart ? (SloObjective o) => o.Group == EndpointGroups.Upload
                : group == EndpointGroups.Upload ? (SloObjective o) => o.Group != EndpointGroups.Upload
                : (SloObjective _) => true);
        }
    }
}
