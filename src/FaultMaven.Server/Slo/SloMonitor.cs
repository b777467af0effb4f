using System.Diagnostics.Metrics;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Server.Slo;

/// <summary>Evaluates the objectives every <see cref="SloSettings.EvaluationInterval"/>, keeps the latest report for
/// <c>GET /api/v1/slo</c> and the <c>faultmaven_slo_*</c> gauges, and hands each change of state (not each evaluation) to the alert sender.</summary>
internal sealed class SloMonitor : BackgroundService
{
    /// <summary>How often a firing alert is re-sent to Alertmanager, and (×4) how long Alertmanager keeps it without hearing again, as Prometheus does.</summary>
    public static readonly TimeSpan AlertmanagerResend = TimeSpan.FromMinutes(1);

    private readonly SloSettings _settings;
    private readonly SloTracker _tracker;
    private readonly SloAlertSender _sender;
    private readonly TimeProvider _time;
    private readonly ILogger<SloMonitor> _logger;
    private readonly Dictionary<string, DateTimeOffset> _lastSent = [];
    private readonly Lock _lock = new();
    private SloReport _current;

    public SloMonitor(SloSettings settings, SloTracker tracker, SloAlertSender sender, IMeterFactory meters, TimeProvider time, ILogger<SloMonitor> logger)
    {
        _settings = settings;
        _tracker = tracker;
        _sender = sender;
        _time = time;
        _logger = logger;
        _current = new SloReport(time.GetUtcNow(), sender.Instance, tracker.Evaluate(time.GetUtcNow()));
        var meter = meters.Create(FaultMavenTelemetry.Name);
        meter.CreateObservableGauge("faultmaven.slo.state", () => Current.Objectives.Select(o => new Measurement<int>(o.State.Gauge(), Objective(o))),
            description: "Each objective's state: 0 ok (or too little traffic to judge), 1 warning (slow burn), 2 breached (fast burn).");
        meter.CreateObservableGauge("faultmaven.slo.error_budget.remaining", () => Current.Objectives.Select(o => new Measurement<double>(o.ErrorBudgetRemaining, Objective(o))),
            description: "Share of each objective's error budget left over its window (negative: overspent).");
        meter.CreateObservableGauge("faultmaven.slo.burn_rate", () => Current.Objectives.SelectMany(o => o.BurnRates.Select(r =>
                new Measurement<double>(r.Rate, new KeyValuePair<string, object?>("objective", o.Name), new KeyValuePair<string, object?>("window", r.Window)))),
            description: "Each objective's error-budget burn rate over each alert window.");
        meter.CreateObservableGauge("faultmaven.slo.target", () => Current.Objectives.Select(o => new Measurement<double>(o.Target, Objective(o))),
            description: "Each objective's target share of good requests.");
    }

    /// <summary>Gets the report of the last evaluation.</summary>
    public SloReport Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>Evaluates now: keeps the report and queues an alert for each objective whose state changed.</summary>
    public SloReport Evaluate()
    {
        var now = _time.GetUtcNow();
        var previous = Current.Objectives.ToDictionary(o => o.Name);
        var objectives = new List<SloObjectiveReport>();
        foreach (var evaluated in _tracker.Evaluate(now))
        {
            var before = previous.GetValueOrDefault(evaluated.Name);
            var objective = before is not null && before.State == evaluated.State ? evaluated with { StateSince = before.StateSince } : evaluated;
            objectives.Add(objective);
            if (before is not null && before.State != objective.State)
            {
                _logger.SloStateChanged(objective.Name, before.State, objective.State, objective.BurnRates.Count > 0 ? objective.BurnRates.Max(r => r.Rate) : 0, objective.ErrorBudgetRemaining);
            }

            // Receivers hear of changes between ok, warning and breached; too little traffic to judge is ok to them.
            if (before is not null && before.State.Alerting() != objective.State.Alerting())
            {
                _sender.Enqueue(new SloAlert(objective, before.State.Alerting(), before.StateSince, now));
                _lastSent[objective.Name] = now;
            }
            else if (objective.State.IsFiring() && now - _lastSent.GetValueOrDefault(objective.Name) >= AlertmanagerResend)
            {
                _sender.Enqueue(new SloAlert(objective, objective.State, objective.StateSince, now, RefreshOnly: true));
                _lastSent[objective.Name] = now;
            }
        }

        var report = new SloReport(now, _sender.Instance, objectives);
        lock (_lock)
        {
            _current = report;
        }

        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_settings.EvaluationInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    Evaluate();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One failed evaluation must not stop the host or the next one.
                    _logger.SloEvaluationFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static KeyValuePair<string, object?> Objective(SloObjectiveReport objective) => new("objective", objective.Name);
}
