using System.Globalization;
using System.Text;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Agent.Offline;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Data;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>Constructed incidents (evidence + question) run through the same in-process services as <c>fm ask</c>: the offline
/// engine must rank the planted cause first, in at most 150 words, and cite evidence that exists.</summary>
public sealed partial class OfflineScenarioTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private IHost? _host;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = FaultMavenApplication.CreateEmbedded(new Dictionary<string, string?> { ["FM_DATA_DIR"] = _directory.Path, ["FM_DATA_WARMUP"] = "false" });
        await _host.StartAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _host!.StopAsync(Token);
        _host.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task OomKilledContainer_IsResourceExhaustion()
    {
        var describe = """
            Name:         search-indexer-5f7d8c9b4-qx2lp
            Namespace:    search
            Status:       Running
            Containers:
              indexer:
                State:          Waiting
                  Reason:       CrashLoopBackOff
                Last State:     Terminated
                  Reason:       OOMKilled
                  Exit Code:    137
                Ready:          False
                Restart Count:  6
                Limits:
                  memory:  512Mi
            Events:
              Type     Reason   Age   From     Message
              ----     ------   ----  ----     -------
              Warning  BackOff  2m    kubelet  Back-off restarting failed container indexer in pod search-indexer-5f7d8c9b4-qx2lp_search(1)
            """;
        var reply = await AskAsync("why does the search indexer keep restarting?", ("kubectl-describe-pod-search-indexer-5f7d8c9b4-qx2lp.txt", describe));

        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
        Assert.Contains("OOMKilled", reply.RootCause, StringComparison.OrdinalIgnoreCase);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task DiskFull_AmongInfoLines_IsStorage()
    {
        var log = Lines(400, i => $"2026-05-02T10:{i / 60:00}:{i % 60:00}Z INFO  wal-writer segment {i} flushed in {i % 17 + 3}ms")
            + "2026-05-02T10:06:41Z ERROR wal-writer write /var/lib/ledger/wal/000000417: no space left on device\n"
            + Lines(30, i => $"2026-05-02T10:06:{42 + i % 18:00}Z ERROR api POST /v1/entries failed: ledger unavailable (status 503)");
        var reply = await AskAsync("ledger api is returning 503s", ("ledger.log", log));

        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
        Assert.Contains("no space left on device", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task UnresolvableDatabaseHost_IsDependencyFailure_NotACodeDefect()
    {
        var log = Lines(50, i => $"2026-05-02 09:00:{i:00}.120 INFO  [main] c.a.orders.Poller - polled 0 orders")
            + "2026-05-02 09:01:00.004 ERROR [pool-1] c.a.orders.Repository - query failed\n"
            + "java.net.UnknownHostException: orders-db.internal.example: Name or service not known\n"
            + "\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1534)\n"
            + "\tat org.postgresql.core.PGStream.<init>(PGStream.java:95)\n"
            + Lines(20, i => $"2026-05-02 09:01:{i + 1:00}.004 ERROR [pool-1] c.a.orders.Repository - query failed: orders-db.internal.example");
        var reply = await AskAsync("orders are not being processed", ("orders.log", log));

        Assert.Equal(CauseCategory.DependencyFailure, reply.Category);
        Assert.Contains("orders-db.internal.example", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task OnePlainLine_AmongThousands_IsFound()
    {
        var log = Lines(20_000, i => $"2026-05-02T08:{i / 1000 % 60:00}:{i % 60:00}Z INFO notifier queue drained, {i % 7} messages sent")
            .Insert(0, "2026-05-02T08:00:00Z notifier starting; SMTP_PASSWORD is not set, e-mail delivery disabled\n");
        var reply = await AskAsync("why are no e-mails going out?", ("notifier.log", log));

        Assert.Equal(CauseCategory.ConfigurationError, reply.Category);
        Assert.Contains("SMTP_PASSWORD is not set", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task QuietHealthyLog_SaysNothingIsBroken()
    {
        var log = Lines(300, i => $"2026-05-02T11:{i / 60:00}:{i % 60:00}Z INFO  http GET /api/v1/items/{i} 200 {i % 40 + 5}ms");
        var reply = await AskAsync("is the catalog service ok?", ("catalog.log", log));

        Assert.Equal(CauseCategory.Healthy, reply.Category);
        Assert.StartsWith("No active failure", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task PythonKeyError_IsCodeDefect()
    {
        var log = Lines(100, i => $"2026-05-02 12:00:{i % 60:00},001 INFO billing.worker processed invoice {1000 + i}")
            + "2026-05-02 12:01:40,877 ERROR billing.worker invoice 1101 failed\n"
            + "Traceback (most recent call last):\n"
            + "  File \"/app/billing/worker.py\", line 88, in handle\n"
            + "    customer = payload[\"customer_id\"]\n"
            + "KeyError: 'customer_id'\n";
        var reply = await AskAsync("billing worker errors since the last deploy", ("billing.log", log));

        Assert.Equal(CauseCategory.CodeDefect, reply.Category);
        Assert.Contains("KeyError", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task MetricsOnly_MemoryRunningOut_IsResourceExhaustion()
    {
        var csv = "timestamp,\"FreeableMemory (Minimum, Bytes)\",\"CPUUtilization (Average, Percent)\",\"ReadLatency (Average, Seconds)\"\n"
            + Lines(30, i => $"2026-05-02T09:{i:00}:00Z,{Math.Max(20_000_000, 8_000_000_000 - (long)i * i * 9_500_000)},{31 + i % 4},{0.002 + (i > 24 ? 0.05 : 0)}");
        var reply = await AskAsync("Alert: FreeableMemory low on reports-db. What is the root cause?", ("cloudwatch-metrics.csv", csv));

        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
        Assert.Contains("FreeableMemory", reply.RootCause, StringComparison.Ordinal);
        Assert.DoesNotContain("CPU", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task FailingReadinessProbe_IsNotBlamedOnADependency()
    {
        var events = """
            LAST SEEN   TYPE      REASON      OBJECT                        MESSAGE
            2m          Warning   Unhealthy   pod/cart-7d9f8b6c5d-k2x8p     Readiness probe failed: Get "http://10.1.2.3:8080/ready": dial tcp 10.1.2.3:8080: connect: connection refused
            """;
        var log = "2026-05-02T10:00:00Z INFO cart starting\n2026-05-02T10:00:01Z ERROR cart: config key CART_REDIS_URL is missing, not starting the HTTP listener\n";
        var reply = await AskAsync("cart pods are not ready", ("kubectl-get-events.txt", events), ("logs-cart-7d9f8b6c5d-k2x8p.log", log));

        Assert.Equal(CauseCategory.ConfigurationError, reply.Category);
        Assert.Contains("CART_REDIS_URL", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task FailureThatRecovered_SaysNothingIsBrokenNow()
    {
        var log = Lines(60, i => $"2026-05-02T09:{i / 6:00}:{i % 6 * 10:00}Z INFO  sessions served {i % 9 + 20} requests")
            + Lines(20, i => $"2026-05-02T10:00:{i * 3:00}Z ERROR sessions: redis GET failed: dial tcp 10.0.0.9:6379: connect: connection refused")
            + "2026-05-02T10:01:05Z INFO  sessions: reconnected to redis-master:6379\n"
            + Lines(60, i => $"2026-05-02T10:{2 + i / 6:00}:{i % 6 * 10:00}Z INFO  sessions served {i % 9 + 20} requests");
        var reply = await AskAsync("Alert SessionErrors fired at 10:00. What is the root cause?", ("sessions.log", log));

        Assert.Equal(CauseCategory.Healthy, reply.Category);
        Assert.StartsWith("No active failure", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("recovered", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("connection refused", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Theory]
    [InlineData("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.", "node affinity")]
    [InlineData("0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.", "PersistentVolumeClaims")]
    public async Task PendingPod_PlacementOrVolume_IsConfiguration(string message, string expected)
    {
        var describe = $"""
            Name:         reports-7c9d8f6b5-abcde
            Namespace:    analytics
            Status:       Pending
            Containers:
              reports:
                State:          Waiting
                Ready:          False
                Restart Count:  0
            Events:
              Type     Reason            Age   From               Message
              ----     ------            ----  ----               -------
              Warning  FailedScheduling  2m    default-scheduler  {message}
            """;
        var reply = await AskAsync("why is the reports pod stuck?", ("kubectl-describe-pod-reports-7c9d8f6b5-abcde.txt", describe));

        Assert.Equal(CauseCategory.ConfigurationError, reply.Category);
        Assert.Contains(expected, reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Theory]
    [InlineData(false, CauseCategory.CodeDefect)]
    [InlineData(true, CauseCategory.DependencyFailure)]
    public async Task ARunbookForOneOfTwoCloseHypotheses_RanksItFirst(bool withRunbook, CauseCategory expected)
    {
        if (withRunbook)
        {
            var runbook = "# Payments gateway upstream request timeout\n\n## Symptoms\n\nThe payments gateway logs upstream request timeout for charge calls.\n\n## Fix\n\n- Check the payment provider's status page\n- Raise the gateway's upstream timeout\n";
            var imported = await _host!.Services.GetRequiredService<Core.Knowledge.KnowledgeService>()
                .ImportAsync(Encoding.UTF8.GetBytes(runbook), "payments-timeout.md", new Core.Knowledge.DocumentMetadata(), cancellationToken: Token);
            Assert.True(imported.Succeeded);
        }

        var log = "ERROR gateway: KeyError: 'currency' in charge handler\nERROR gateway: upstream request timeout calling payments provider\n";
        var reply = await AskAsync("charges fail", ("gateway.log", log));

        Assert.Equal(expected, reply.Category);
    }

    [Fact]
    public async Task TraceTree_TheDeepestCauseLeads_NotTheTimeoutAboveIt()
    {
        var trace = """
            Trace 7a1f0c2e9b3d4a55  duration 5.03s  status ERROR
            └─ frontend  POST /api/checkout  5.03s  ERROR  http.status_code=500
               └─ checkout  PlaceOrder  5.01s  ERROR
                  ├─ inventory  Reserve  22ms  OK
                  └─ payments  Charge  5.00s  ERROR  error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"
                     └─ payments-db  UPDATE accounts  4.99s  ERROR  error="canceling statement due to lock timeout"
            """;
        var reply = await AskAsync("why is checkout returning 500s?", ("tempo-trace-checkout.txt", trace));

        Assert.Contains("lock timeout", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task NoEvidence_AsksForIt()
    {
        var reply = await AskAsync("checkout is slow");

        Assert.Equal(DoctrinePhase.BlastRadius, reply.Investigation.Phase);
        Assert.NotEmpty(reply.Investigation.EvidenceRequests);
        Assert.Contains("kubectl logs", string.Join(' ', reply.NextActions), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondTurn_KeepsTheCase_AndReadsTheNewEvidence()
    {
        var agent = _host!.Services.GetRequiredService<AgentService>();
        var first = await AskAsync("payments are failing");
        var second = await agent.AskAsync(first.CaseId, "here is the log", [Attachment("payments.log", "2026-05-02T12:00:00Z ERROR payments: connection refused to ledger.internal:5432\n")], null, Token);

        Assert.True(second.Succeeded);
        Assert.Equal(first.CaseId, second.Value.CaseId);
        Assert.Equal(CauseCategory.DependencyFailure, second.Value.Category);
        Assert.Equal(DoctrinePhase.BlastRadius, first.Investigation.Phase);
        Assert.Equal(DoctrinePhase.Solution, second.Value.Investigation.Phase);
        Assert.False(string.IsNullOrWhiteSpace(second.Value.Investigation.PhaseReason));
    }

    private async Task<AgentReply> AskAsync(string question, params (string Name, string Text)[] files)
    {
        var agent = _host!.Services.GetRequiredService<AgentService>();
        var outcome = await agent.QueryAsync(question, files.Select(f => Attachment(f.Name, f.Text)).ToList(), Token);
        Assert.True(outcome.Succeeded, outcome.Failure?.Detail);
        Assert.Equal("offline analysis", outcome.Value.Engine);
        return outcome.Value;
    }

    private static TurnAttachment Attachment(string name, string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), new DataSource(name));

    /// <summary>Short enough for a paged engineer; every cited upload exists in the case.</summary>
    private void AssertWellFormed(AgentReply reply)
    {
        Assert.InRange(reply.RootCause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 5, 150);
        Assert.Contains("## Root cause", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(reply.Investigation.BlastRadius);
        Assert.NotNull(reply.Investigation.Solution);
        Assert.NotEmpty(reply.Investigation.Hypotheses);
        var data = _host!.Services.GetRequiredService<DataService>();
        foreach (var citation in reply.Citations.Where(c => c.Kind == EvidenceKind.Upload))
        {
            Assert.True(data.GetAsync(reply.CaseId, citation.Id, Token).Result.Succeeded, $"cited upload {citation.Id} does not exist");
        }
    }

    private static string Lines(int count, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }
}
