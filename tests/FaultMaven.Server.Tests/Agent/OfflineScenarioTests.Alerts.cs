using System.Text;
using FaultMaven.Core.Cases.Investigation;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>Alerts as evidence: whatever sent them (Alertmanager's webhook or API, Prometheus's alerts endpoint), a firing alert is an
/// active failure whose labels give the blast radius, whose start gives the timeline and whose name finds the team's runbook; alerts
/// that have all resolved are history.</summary>
public sealed partial class OfflineScenarioTests
{
    private static string Webhook(string status, string name, string severity, string summary, string description = "", string endsAt = "0001-01-01T00:00:00Z", string generatorUrl = "", string runbookUrl = "") => $$"""
        {
          "version": "4",
          "groupKey": "{}:{alertname=\"{{name}}\"}",
          "status": "{{status}}",
          "receiver": "faultmaven",
          "groupLabels": { "alertname": "{{name}}" },
          "commonLabels": { "alertname": "{{name}}", "service": "checkout", "namespace": "shop", "severity": "{{severity}}" },
          "commonAnnotations": { "summary": "{{summary}}" },
          "alerts": [
            {
              "status": "{{status}}",
              "labels": { "alertname": "{{name}}", "service": "checkout", "namespace": "shop", "severity": "{{severity}}", "instance": "checkout-1:8080" },
              "annotations": { "summary": "{{summary}}", "description": "{{description}}", "runbook_url": "{{runbookUrl}}" },
              "startsAt": "2026-05-02T10:00:00Z",
              "endsAt": "{{endsAt}}",
              "generatorURL": "{{generatorUrl}}",
              "fingerprint": "a1b2c3d4"
            }
          ]
        }
        """;

    [Fact]
    public async Task FiringCriticalAlert_Alone_IsAnActiveFailure_WithBlastRadiusAndTimelineFromItsLabels()
    {
        var reply = await AskAsync("Alert HighErrorRate is firing for service=checkout. What is going on?",
            ("alertmanager-HighErrorRate-20260502T100100Z.json", Webhook("firing", "HighErrorRate", "critical", "5xx ratio above 5% on checkout")));

        Assert.False(reply.RootCause.StartsWith("No active failure", StringComparison.Ordinal), reply.RootCause);
        Assert.Contains("HighErrorRate", reply.RootCause, StringComparison.Ordinal);
        var radius = reply.Investigation.BlastRadius!;
        Assert.Contains("checkout", radius.Services);
        Assert.Contains("checkout-1:8080", radius.Hosts);
        Assert.Equal(Severity.Critical, radius.Severity);
        Assert.Equal(DateTimeOffset.Parse("2026-05-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), radius.Since);
        Assert.Contains(reply.Investigation.Timeline, t => t.At == radius.Since && t.Event.Contains("HighErrorRate", StringComparison.Ordinal));
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task WarningAlert_IsLessSevere_ThanACriticalOne()
    {
        var reply = await AskAsync("what is going on?", ("alert.json", Webhook("firing", "CheckoutLatencyHigh", "warning", "p99 latency above 2s")));

        Assert.False(reply.RootCause.StartsWith("No active failure", StringComparison.Ordinal), reply.RootCause);
        Assert.Equal(Severity.High, reply.Investigation.BlastRadius!.Severity);
    }

    [Fact]
    public async Task AlertWhoseOwnWordsNameACause_ReadsAsThatCause()
    {
        var reply = await AskAsync("what is going on?",
            ("alert.json", Webhook("firing", "PostgresDiskFull", "critical", "Disk almost full on the primary", "No space left on device on /var/lib/postgresql")));

        Assert.Equal(Core.Agent.CauseCategory.ResourceExhaustion, reply.Category);
    }

    [Fact]
    public async Task ResolvedAlert_Alone_IsNoActiveFailure_SayingWhenItResolved()
    {
        var reply = await AskAsync("is it still broken?",
            ("alert.json", Webhook("resolved", "HighErrorRate", "critical", "5xx ratio above 5% on checkout", endsAt: "2026-05-02T10:30:00Z")));

        Assert.StartsWith("No active failure: alert HighErrorRate resolved at 2026-05-02 10:30:00 UTC", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains(reply.Investigation.Timeline, t => t.Event.Contains("resolved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AlertName_FindsTheTeamsRunbook_AndItsLinkedRunbookAndExpressionAreNextSteps()
    {
        var runbook = "# Kube pod crash looping\n\n## Symptoms\n\nA pod restarts again and again (KubePodCrashLooping).\n\n## Remediation\n\n- Read the previous container's logs for the exit reason\n- Roll back the last deployment if it started with it\n";
        var imported = await _host!.Services.GetRequiredService<Core.Knowledge.KnowledgeService>()
            .ImportAsync(Encoding.UTF8.GetBytes(runbook), "kube-pod-crash-looping.md", new Core.Knowledge.DocumentMetadata(), cancellationToken: Token);
        Assert.True(imported.Succeeded);

        var expression = Uri.EscapeDataString("rate(kube_pod_container_status_restarts_total{namespace=\"shop\"}[10m]) > 0");
        var reply = await AskAsync("what is going on?", ("alert.json", Webhook("firing", "KubePodCrashLooping", "warning", "Pod checkout-1 is restarting",
            generatorUrl: $"http://prometheus.example:9090/graph?g0.expr={expression}&g0.tab=1", runbookUrl: "https://runbooks.example/KubePodCrashLooping")));

        Assert.Contains(reply.Citations, c => c.Kind == EvidenceKind.KnowledgeChunk);
        var steps = string.Join('\n', reply.Investigation.Solution!.Steps);
        Assert.Contains("previous container's logs", steps, StringComparison.Ordinal);
        Assert.Contains("Follow the runbook linked by alert KubePodCrashLooping", steps, StringComparison.Ordinal);
        var first = reply.Investigation.EvidenceRequests[0];
        Assert.Contains("KubePodCrashLooping", first.What, StringComparison.Ordinal);
        Assert.Contains("--prometheus '", first.HowToGet, StringComparison.Ordinal);
        Assert.Contains("kube_pod_container_status_restarts_total", first.HowToGet, StringComparison.Ordinal);
        Assert.DoesNotContain("> 0", first.HowToGet, StringComparison.Ordinal); // the series from before it fired, not only while it fires
    }

    [Theory]
    [InlineData("alertmanager-api.json", """
        [{"labels": {"alertname": "QueueBacklog", "service": "billing", "severity": "critical"}, "annotations": {"summary": "Queue backlog above 10k"},
          "startsAt": "2026-05-02T09:00:00Z", "endsAt": "2026-05-02T09:20:00Z", "status": {"state": "active", "silencedBy": [], "inhibitedBy": []},
          "generatorURL": "", "fingerprint": "f1"}]
        """)]
    [InlineData("prometheus-alerts.json", """
        {"status": "success", "data": {"alerts": [{"labels": {"alertname": "QueueBacklog", "job": "billing", "severity": "critical"},
          "annotations": {"summary": "Queue backlog above 10k"}, "state": "firing", "activeAt": "2026-05-02T09:00:00Z", "value": "1.2e+04"}]}}
        """)]
    public async Task AlertsFromAlertmanagersApiOrPrometheus_AreReadTheSameWay(string name, string json)
    {
        var reply = await AskAsync("what is wrong?", (name, json));

        Assert.False(reply.RootCause.StartsWith("No active failure", StringComparison.Ordinal), reply.RootCause);
        Assert.Contains("billing", reply.Investigation.BlastRadius!.Services);
        Assert.Equal(Severity.Critical, reply.Investigation.BlastRadius.Severity);
        Assert.Equal(DateTimeOffset.Parse("2026-05-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), reply.Investigation.BlastRadius.Since);
    }
}
