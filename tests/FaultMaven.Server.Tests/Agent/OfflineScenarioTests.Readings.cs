using System.Text;
using System.Globalization;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Agent.Offline;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>Constructed evidence for the readings of current state and quantities: none of these strings come from the example
/// incidents; each reads a failure mode by its general shape.</summary>
public sealed partial class OfflineScenarioTests
{
    [Fact]
    public async Task NodeNotReady_InAPlainNodeTable_IsInfrastructure_NamingTheNode()
    {
        var nodes = """
            NAME                          STATUS     ROLES    AGE   VERSION
            gke-prod-pool-b-41c2e7aa-9xq1 Ready      <none>   40d   v1.29.4
            gke-prod-pool-b-41c2e7aa-mm3z NotReady   <none>   40d   v1.29.4
            """;
        var pods = """
            NAME                        READY   STATUS    RESTARTS   AGE
            ledger-api-5b7c9d8f6-2kq4x  1/1     Running   0          3d
            ledger-api-5b7c9d8f6-w8n2p  0/1     Unknown   0          3d
            """;
        var reply = await AskAsync("half of ledger-api is unreachable", ("kubectl-get-nodes.txt", nodes), ("kubectl-get-pods.txt", pods));

        Assert.Equal(CauseCategory.Infrastructure, reply.Category);
        Assert.Contains("gke-prod-pool-b-41c2e7aa-mm3z", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task ThrottlingAlert_WithATinyCpuLimit_BlamesTheLimit()
    {
        var alert = "Alert: ContainerCpuThrottled\nDescription: 87% throttling of CPU for container encoder in pod media-transcoder-0\n";
        var describe = """
            Name:         media-transcoder-0
            Namespace:    media
            Containers:
              encoder:
                Image:      registry.local/transcoder:4.1
                Limits:
                  cpu:     50m
                  memory:  1Gi
                Requests:
                  cpu:        50m
                  memory:     1Gi
            """;
        var reply = await AskAsync("why is media-transcoder so slow?", ("alert.txt", alert), ("kubectl-describe-pod-media-transcoder-0.txt", describe));

        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
        Assert.Contains("50m", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("limit", reply.RootCause, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SlowDependencyCall_StatedOnlyInInfoLines_IsNamed()
    {
        var log = Lines(300, i => i % 3 == 0
            ? $"2026-06-01 08:{i / 60:00}:{i % 60:00},120 INFO  cart.handler inventory service call finished in {2400 + i % 7 * 300}ms"
            : $"2026-06-01 08:{i / 60:00}:{i % 60:00},480 INFO  cart.handler GET /cart/{i} 200 user={i % 11}");
        var reply = await AskAsync("why is the cart page slow?", ("cart.log", log));

        Assert.Equal(CauseCategory.DependencyFailure, reply.Category);
        Assert.Contains("inventory service call", reply.RootCause, StringComparison.Ordinal);
        AssertWellFormed(reply);
    }

    [Fact]
    public async Task MemoryGrowingInJsonLines_IsALeak_AndExplainsTheCrash()
    {
        var log = Lines(2000, i => $"{{\"ts\":\"2026-06-02T10:{i / 60 % 60:00}:{i % 60:00}Z\",\"level\":\"info\",\"service\":\"report-builder\",\"msg\":\"heap in use: {180 + i * 0.9:0}MB\"}}")
            + "{\"ts\":\"2026-06-02T10:59:59Z\",\"level\":\"error\",\"service\":\"report-builder\",\"msg\":\"FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\"}\n";
        var reply = await AskAsync("report-builder restarted", ("report-builder.log", log));

        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
        Assert.Contains("leak", reply.RootCause, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("out of memory", reply.RootCause, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ResponseTimesGrowing_InInfoLines_IsGradualDegradation()
    {
        var log = Lines(1500, i => $"2026-06-03T09:{i / 60 % 60:00}:{i % 60:00}Z INFO search-api handled /v2/search in {80 + i * i / 600}ms");
        var reply = await AskAsync("search-api feels sluggish", ("search-api.log", log));

        Assert.Contains("increasing", reply.RootCause, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/v2/search", reply.RootCause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Client:ClientRead", "leak")]
    [InlineData("CPU", "full table scan")]
    public async Task DatabaseLoadReport_IsReadByItsDominantWait(string wait, string expected)
    {
        var report = $"""
            Database load report - inventory-db
            Sessions: 1,970 connections open of max_connections 2000

            WAIT EVENT           CLASS    AAS
            {wait,-20} Misc     6.4
            IO:DataFileRead      IO       0.7

            AAS    CALLS/S   STATEMENT
            5.9    2.2       SELECT * FROM stock_levels WHERE warehouse_code = $1
            0.4    55.0      UPDATE stock_levels SET qty = qty - $1 WHERE sku = $2
            """;
        var reply = await AskAsync("inventory-db is struggling", ("db-load.txt", report));

        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
        Assert.Contains(expected, reply.RootCause, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("stock_levels", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WalWrites_WithAReplicaFallingBehind_IsReplicationLag()
    {
        var report = """
            WAIT EVENT         TYPE   AAS
            LWLock:WALWrite    LWLock 7.1
            CPU                CPU    1.2

            AAS    CALLS/S   STATEMENT
            6.8    30.1      INSERT INTO events_archive SELECT * FROM events WHERE day = $1
            """;
        var metrics = "timestamp,replica_lag_seconds,write_iops\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"2026-06-04T12:{i:00}:00Z,{(i < 10 ? 1 : (i - 9) * 60)},{(i < 10 ? 900 : 7000)}\n"));
        var reply = await AskAsync("reports read stale data from the replica", ("db-waits.txt", report), ("metrics.csv", metrics));

        Assert.Contains("replica", reply.RootCause, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("WAL", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailureOvercomeByALaterEvent_GivesWayToTheCurrentCause()
    {
        var job = """
            Name:             nightly-export
            Events:
              Type     Reason            Age                From            Message
              ----     ------            ----               ----            -------
              Warning  FailedCreate      12m (x3 over 12m)  job-controller  Error creating: pods "nightly-export-" is forbidden: secrets "export-token" not found
              Normal   SuccessfulCreate  11m                job-controller  Created pod: nightly-export-7tq2b
              Warning  BackoffLimitExceeded  10m            job-controller  Job has reached the specified backoff limit
            """;
        var log = "exporting batch 1\ndial tcp: lookup warehouse-db.internal on 10.96.0.10:53: no such host\n";
        var reply = await AskAsync("why did nightly-export fail?", ("kubectl-describe-job-nightly-export.txt", job), ("logs-nightly-export-7tq2b.log", log));

        Assert.Equal(CauseCategory.DependencyFailure, reply.Category);
        Assert.Contains("no such host", reply.RootCause, StringComparison.Ordinal);
        Assert.DoesNotContain("export-token", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastFailure_OfAPodHealthyNow_IsNoActiveFailure()
    {
        var events = """
            LAST SEEN   TYPE      REASON             OBJECT                          MESSAGE
            42m         Warning   FailedScheduling   pod/indexer-6d9f8b7c5-q2w4e     0/4 nodes are available: 4 Insufficient memory.
            """;
        var pods = """
            NAME                        READY   STATUS    RESTARTS   AGE
            indexer-6d9f8b7c5-q2w4e     1/1     Running   0          40m
            indexer-6d9f8b7c5-h7k2m     1/1     Running   0          6d
            """;
        var log = "2026-06-05T07:01:10Z INFO cluster-autoscaler: scale-up of group workers-large from 4 to 5 for pod indexer-6d9f8b7c5-q2w4e\n";
        var reply = await AskAsync("alert: indexer pod was pending", ("kubectl-get-events.txt", events), ("kubectl-get-pods.txt", pods), ("autoscaler.log", log));

        Assert.Equal(CauseCategory.Healthy, reply.Category);
        Assert.Contains("No active failure", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("scale-up", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoIndependentErrorClasses_AreBothNamed()
    {
        var log = Lines(600, i => (i % 6) switch
        {
            0 => $"2026-06-06 11:{i / 60 % 60:00}:{i % 60:00} ERROR orders: insert failed: duplicate key value violates unique constraint \"orders_pkey\"",
            1 => $"2026-06-06 11:{i / 60 % 60:00}:{i % 60:00} ERROR orders: query failed: syntax error at or near \"FORM\"",
            _ => $"2026-06-06 11:{i / 60 % 60:00}:{i % 60:00} INFO orders: request {i} ok",
        });
        var reply = await AskAsync("why do orders queries fail?", ("orders.log", log));

        Assert.Contains("syntax error", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("unique constraint", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceToAMissingObject_IsAConfigurationError()
    {
        var status = """
            Name:          shop/checkout
            Sync Status:   OutOfSync
            Health Status: Missing
            Phase:         Failed
            Message:       one or more objects failed to apply, reason: configmaps "checkout-setings" not found
            """;
        var reply = await AskAsync("what is wrong with the checkout app sync?", ("argocd-app-get-checkout.txt", status));

        Assert.Equal(CauseCategory.ConfigurationError, reply.Category);
        Assert.Contains("checkout-setings", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionNamesAWorkload_BystandersInAClusterListingStayBehind()
    {
        var pods = """
            NAME                              READY   STATUS             RESTARTS   AGE
            ledger-worker-7c9d5f8b4-pp2xz     1/1     Running            0          2h
            legacy-crm-59b8d7c6f4-zz8rt       0/1     ImagePullBackOff   0          9d
            """;
        var log = "2026-06-07T03:00:01Z ERROR ledger-worker: cannot connect to queue at rabbitmq.internal:5672: connection refused\n";
        var reply = await AskAsync("what is wrong with ledger-worker?", ("kubectl-get-pods-all.txt", pods), ("logs-ledger-worker-7c9d5f8b4-pp2xz.log", log));

        Assert.Contains("connection refused", reply.RootCause, StringComparison.Ordinal);
        Assert.DoesNotContain("legacy-crm", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainStdoutWithoutTimestamps_IsStillRead()
    {
        var log = string.Join('\n', Enumerable.Range(1, 8).Select(i => string.Create(CultureInfo.InvariantCulture, $"Attempt {i} to reach the ledger failed: java.net.ConnectException: Connection refused\nRetrying in {i * 2} seconds..."))) + "\nGiving up.\n";
        var reply = await AskAsync("ledger sync stopped", ("stdout.txt", log));

        Assert.Equal(CauseCategory.DependencyFailure, reply.Category);
        Assert.Contains("Connection refused", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribedNodeWithDiskPressure_IsInfrastructure()
    {
        var describe = """
            Name:               aks-system-31207459-vmss00000b
            Roles:              agent
            Taints:             node.kubernetes.io/disk-pressure:NoSchedule
            Conditions:
              Type             Status  LastHeartbeatTime                 Reason                       Message
              ----             ------  -----------------                 ------                       -------
              MemoryPressure   False   Tue, 09 Jun 2026 10:01:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
              DiskPressure     True    Tue, 09 Jun 2026 10:01:00 +0000   KubeletHasDiskPressure       kubelet has disk pressure
              Ready            True    Tue, 09 Jun 2026 10:01:00 +0000   KubeletReady                 kubelet is posting ready status
            """;
        var reply = await AskAsync("pods keep getting evicted", ("node.txt", describe));

        Assert.Equal(CauseCategory.Infrastructure, reply.Category);
        Assert.Contains("aks-system-31207459-vmss00000b", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("DiskPressure", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeldCountGrowingInAMessage_IsALeak()
    {
        var log = Lines(3000, i => $"2026-06-10T08:{i / 60 % 60:00}:{i % 60:00}Z INFO notifier runtime stats workers={40 + i % 3} goroutines={150 + i * 2} heap_objects={9000 + i % 50}");
        var reply = await AskAsync("notifier gets slower every day", ("notifier.log", log));

        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
        Assert.Contains("goroutines", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("leak", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeldCountGrowingInALogfmtField_IsALeak()
    {
        var log = Lines(3000, i => $"ts=2026-06-10T08:{i / 60 % 60:00}:{i % 60:00}Z level=info msg=\"runtime stats\" workers={40 + i % 3} goroutines={150 + i * 2} heap_objects={9000 + i % 50}");
        var reply = await AskAsync("notifier gets slower every day", ("notifier.log", log));

        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
        Assert.Contains("goroutines", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("leak", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatencyGrowingInAJsonField_IsGradualDegradation()
    {
        var log = Lines(2400, i => $"{{\"ts\":\"2026-06-11T14:{i / 60 % 60:00}:{i % 60:00}Z\",\"level\":\"info\",\"msg\":\"quote computed\",\"upstream\":\"tariff-svc\",\"upstream_latency_ms\":{60 + i * 2},\"items\":{i % 9}}}");
        var reply = await AskAsync("quotes are slow", ("quotes.log", log));

        Assert.Contains("increasing", reply.RootCause, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("upstream_latency_ms", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrashLoopInAListing_IsAFailureNow_NotHealthy()
    {
        var pods = """
            NAME                         READY   STATUS             RESTARTS       AGE
            basket-7d9c6b5f4-q8w2e       0/1     CrashLoopBackOff   31 (90s ago)   2h
            search-5f6d7c8b9-k3m4n       1/1     Running            0              5d
            """;
        var reply = await AskAsync("why is basket down?", ("pods.txt", pods));

        Assert.NotEqual(CauseCategory.Healthy, reply.Category);
        Assert.Contains("basket-7d9c6b5f4-q8w2e", reply.RootCause, StringComparison.Ordinal);
        Assert.Contains("kubectl logs basket-7d9c6b5f4-q8w2e --previous", string.Join(' ', reply.NextActions), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumbersAndNegations_AreNotReadAsCauses()
    {
        var log = Lines(200, i => $"2026-06-12T10:{i / 60 % 60:00}:{i % 60:00}Z INFO batch {i} committed records=401 bytes=503 took=12ms; no OOMKilled containers, not forbidden");
        var reply = await AskAsync("is the batch job fine?", ("batch.log", log));

        Assert.Equal(CauseCategory.Healthy, reply.Category);
    }

    [Fact]
    public async Task MatchingRunbook_GivesItsMitigation_NotItsSymptoms()
    {
        var runbook = """
            # Orders database connection pool exhausted

            ## Symptoms

            - orders-api logs "connection pool exhausted" and requests queue
            - p99 latency of /orders climbs above 5 s

            ## Mitigation

            1. Restart the orders-api pods one at a time to release leaked connections
            2. Lower orders-api replicas' pool size so the total stays under max_connections

            ## Follow-up

            - Find the code path that does not return its connection
            """;
        var imported = await _host!.Services.GetRequiredService<Core.Knowledge.KnowledgeService>()
            .ImportAsync(Encoding.UTF8.GetBytes(runbook), "orders-pool.md", new Core.Knowledge.DocumentMetadata(), cancellationToken: Token);
        Assert.True(imported.Succeeded);
        var log = Lines(50, i => $"2026-06-13T09:00:{i:00}Z ERROR orders-api: connection pool exhausted (active=40, idle=0, waiting={i + 3})");
        var reply = await AskAsync("orders-api is timing out", ("orders-api.log", log));

        var steps = reply.Investigation.Solution!.Steps;
        Assert.Contains(steps, s => s.StartsWith("Restart the orders-api pods one at a time", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.Contains("p99 latency", StringComparison.Ordinal) || s.Contains("requests queue", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AlertOnAMetricThatCameBack_IsNoActiveFailure_AndOneThatStaysIsNot(bool recovers)
    {
        var alert = """{"status":"firing","labels":{"alertname":"CheckoutHigh5xx","severity":"page"},"annotations":{"summary":"checkout 5xx responses above 50 per minute"},"startsAt":"2026-06-14T09:04:00Z"}""";
        var metrics = "timestamp,http_5xx_count,p99_latency_ms\n" + string.Concat(Enumerable.Range(0, 30).Select(i =>
        {
            var bad = i is >= 4 and <= 6 || (!recovers && i >= 4);
            return $"2026-06-14T09:{i:00}:00Z,{(bad ? 140 + i : 2 + i % 3)},{(bad ? 2400 : 180 + i % 5)}\n";
        }));
        var reply = await AskAsync("checkout 5xx alert fired - is it still broken?", ("alert.json", alert), ("checkout-metrics.csv", metrics));

        if (recovers)
        {
            Assert.Equal(CauseCategory.Healthy, reply.Category);
            Assert.Contains("No active failure", reply.RootCause, StringComparison.Ordinal);
            Assert.Contains("http_5xx_count", reply.RootCause, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("No active failure", reply.RootCause, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ClientReadWait_WithoutConnectionPressure_IsNotCalledALeak()
    {
        var report = """
            WAIT EVENT           CLASS    AAS
            Client:ClientRead    Client   1.2
            CPU                  CPU      0.4

            AAS    CALLS/S   STATEMENT
            0.9    40.0      SELECT id FROM carts WHERE owner = $1
            """;
        var reply = await AskAsync("carts-db is it ok?", ("db-load.txt", report));

        Assert.DoesNotContain("leak", reply.RootCause, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MalformedRows_AndCumulativeCounters_DoNotCrashOrMislead()
    {
        var pods = """
            NAME                   READY         STATUS      RESTARTS   AGE
            api-5d8f7c9b6-x2x9q    99999999999/1 Running     0          5m
            db-migrate-7kq2p       0/1           Completed   0          1h
            """;
        var counters = Lines(200, i => $"2026-06-15T08:{i / 60 % 60:00}:{i % 60:00}Z INFO stats requests_handled={i * 40} accepted_connections={i * 3}");
        var reply = await AskAsync("anything wrong?", ("pods.txt", pods), ("stats.log", counters));

        Assert.DoesNotContain("leak", reply.RootCause, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("db-migrate", reply.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_ReadsAcrossUploads_InUtc_WithTheFirstAnomalyAndUndatedSourcesApart()
    {
        // The gateway writes local time (+02:00): its 11:58 is 09:58 UTC, before the database's 10:01 UTC.
        var gateway = Lines(20, i => $"2026-06-16T11:{40 + i:00}:00+02:00 INFO gateway routed /pay 200")
            + "2026-06-16T11:58:30+02:00 ERROR gateway upstream ledger connection refused\n";
        var database = Lines(20, i => $"2026-06-16T09:{40 + i:00}:00Z INFO ledger-db checkpoint complete")
            + "2026-06-16T10:01:00Z ERROR ledger-db could not write block: no space left on device\n";
        var stdout = "Attempt 1 failed: java.net.ConnectException: Connection refused\nRetrying in 5 seconds...\n";
        var reply = await AskAsync("payments fail", ("gateway.log", gateway), ("ledger-db.log", database), ("worker-stdout.txt", stdout));

        var timeline = reply.Investigation.Timeline;
        var dated = timeline.Where(e => e.At is not null).ToList();
        Assert.Equal(dated.OrderBy(e => e.At).Select(e => e.Event), dated.Select(e => e.Event));
        var first = Assert.Single(timeline, e => e.Event.StartsWith("First anomaly across the evidence", StringComparison.Ordinal));
        Assert.Contains("gateway.log", first.Event, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 6, 16, 9, 58, 30, TimeSpan.Zero), first.At);
        Assert.Contains(timeline, e => e.At is null && e.Event.StartsWith("worker-stdout.txt (no timestamps", StringComparison.Ordinal));
        Assert.Null(timeline[^1].At);
    }

    [Fact]
    public async Task AnUploadsText_IsGivenOnlyForItsOwnCase()
    {
        var first = await AskAsync("case one", ("one.log", "2026-06-17T10:00:00Z ERROR one: connection refused\n"));
        var second = await AskAsync("case two", ("two.log", "2026-06-17T10:00:00Z ERROR two: connection refused\n"));
        var data = _host!.Services.GetRequiredService<Core.Data.DataService>();

        Assert.True((await data.GetTextAsync(first.CaseId, first.Uploads[0], Token)).Succeeded);
        Assert.False((await data.GetTextAsync(second.CaseId, first.Uploads[0], Token)).Succeeded);
    }
}
