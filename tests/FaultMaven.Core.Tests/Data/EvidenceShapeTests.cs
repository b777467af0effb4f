using System.Text;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Classification;

namespace FaultMaven.Core.Tests.Data;

/// <summary>Shapes the classifier missed on unseen incidents, rebuilt with other services and numbers: logs without timestamps,
/// kubectl listings, alert payloads, monitor tables and text reports; and hostile input.</summary>
public sealed class EvidenceShapeTests
{
    private readonly DataClassifier _classifier = new();

    [Fact]
    public void Classify_StdoutWithoutTimestamps_IsLog()
    {
        const string text = """
            Starting inventory-sync v2.4.1
            Loading settings from /etc/inventory/sync.conf
            Upstream: warehouse-api.internal, port: 8443
            Attempt 1 of 4 failed: io.grpc.StatusRuntimeException: UNAVAILABLE: io exception
                at io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:271)
                at com.acme.inventory.SyncJob.pull(SyncJob.java:88)
            Waiting 10 seconds...
            Attempt 2 of 4 failed: io.grpc.StatusRuntimeException: UNAVAILABLE: io exception
            Waiting 20 seconds...
            [WARN] falling back to cached catalogue (age 3h)
            + curl -sf http://warehouse-api.internal:8443/healthz
            curl: (7) Failed to connect to warehouse-api.internal port 8443: Connection refused
            /bin/sh: line 12: jq: command not found
            Attempt 4 of 4 failed: giving up
            Exit status: 1
            """;

        var result = _classifier.Classify(text, "stdout.txt");

        Assert.Equal(DataType.Log, result.Type);
    }

    [Fact]
    public void Classify_ProseWithHeadings_StaysDocumentation()
    {
        const string text = """
            # Rotating the ledger certificates

            The ledger service terminates TLS itself. Certificates are issued by the internal CA and expire every ninety days.
            When the expiry alert fires, follow the steps below in order and do not skip the verification.

            ## Steps

            First drain one replica at a time so that the others keep serving traffic during the rotation.
            Then copy the new bundle into the secret and restart the drained replica before moving to the next one.
            """;

        Assert.Equal(DataType.Documentation, _classifier.Classify(text).Type);
    }

    [Theory]
    [InlineData("LAST SEEN   TYPE      REASON             OBJECT                      MESSAGE\n3m          Warning   BackOff            pod/ledger-5d9c-abcde       Back-off restarting failed container\n5m          Normal    Pulled             pod/ledger-5d9c-abcde       Container image already present\n", "get-events")]
    [InlineData("NAME       STATUS     ROLES    AGE   VERSION\nworker-a   Ready      <none>   40d   v1.29.3\nworker-b   NotReady   <none>   40d   v1.29.3\n", "get-nodes")]
    [InlineData("NAME                 CPU(cores)   MEMORY(bytes)\nledger-5d9c-abcde    912m         1530Mi\nledger-5d9c-fghij    15m          210Mi\n", "top")]
    [InlineData("NAME     CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%\nnode-1   3850m        98%    12000Mi         81%\n", "top")]
    [InlineData("NAME      READY   UP-TO-DATE   AVAILABLE   AGE\nledger    1/3     3            1           12d\nsearch    2/2     2            2           40d\n", "get-deployments")]
    [InlineData("NAME             COMPLETIONS   DURATION   AGE\nnightly-export   0/1           31m        31m\n", "get-jobs")]
    public void Classify_KubectlListings_AreKubernetes(string text, string format)
    {
        var result = _classifier.Classify(text);

        Assert.Equal(DataType.Kubernetes, result.Type);
        Assert.Equal(format, result.Format);
    }

    [Fact]
    public void Classify_KubectlRowsWithoutHeader_AreKubernetes()
    {
        const string text = "prod   export-orders   Failed   0/1   12m   12m   exporter   busybox:1.36   batch.kubernetes.io/controller-uid=1a2b\nprod   export-users   Complete   1/1   40s   3h   exporter   busybox:1.36   batch.kubernetes.io/controller-uid=3c4d\n";

        Assert.Equal(DataType.Kubernetes, _classifier.Classify(text).Type);
    }

    [Theory]
    [InlineData("""{"version":"4","status":"firing","receiver":"pager","alerts":[{"status":"firing","labels":{"alertname":"QueueBacklogHigh","severity":"page"},"annotations":{"summary":"Backlog above 10k for 15m"},"startsAt":"2026-01-03T04:05:06Z"}]}""", "alertmanager")]
    [InlineData("""[{"labels":{"alertname":"DiskAlmostFull","instance":"db-7"},"annotations":{"description":"Only 3% left on /data"},"startsAt":"2026-02-01T00:00:00Z","status":{"state":"active"}}]""", "alertmanager")]
    [InlineData("""{"AlarmName":"orders-5xx","NewStateValue":"ALARM","NewStateReason":"Threshold Crossed: 1 datapoint [42.0] was greater than the threshold (5.0).","StateChangeTime":"2026-03-01T10:00:00.000+0000"}""", "cloudwatch")]
    [InlineData("""{"id":123,"name":"Checkout latency high","overall_state":"Alert","type":"metric alert","query":"avg(last_5m):avg:checkout.latency{*} > 2","message":"Checkout p95 above 2 s @pagerduty"}""", "datadog")]
    public void Classify_AlertPayloads_AreAlerts(string json, string format)
    {
        var result = _classifier.Classify(json, "payload.json");

        Assert.Equal(DataType.Alert, result.Type);
        Assert.Equal(format, result.Format);
    }

    [Fact]
    public void Classify_AlertAsText_And_MonitorTable_AreAlerts()
    {
        var text = _classifier.Classify("Alert: QueueBacklogHigh\nDescription: backlog above 10k for 15 minutes on orders-queue\nSeverity: page\nSource: prometheus\n");
        var table = _classifier.Classify("MONITOR                     STATE     TYPE           QUERY\nOrders 5xx rate             Alert     metric alert   sum(last_5m):errors > 10\nOrders latency              OK        metric alert   avg(last_5m):p95 > 1\nQueue depth                 No Data   metric alert   max(last_10m):depth > 1000\n");

        Assert.Equal((DataType.Alert, "text"), (text.Type, text.Format));
        Assert.Equal((DataType.Alert, "monitor-table"), (table.Type, table.Format));
    }

    [Fact]
    public void Classify_TextReportOfTables_IsMetricsReport()
    {
        Assert.Equal((DataType.Metrics, "report"), Classify(Samples.DatabaseReport));
    }

    [Fact]
    public void Classify_StatusJson_IsReadAsADocument()
    {
        var result = _classifier.Classify("""{"cluster": "kv-east", "healthy": false, "leader_elected": true, "split_brain_detected": true, "follower_lag_ms": 4200}""", "status.json");

        Assert.Equal(DataType.Config, result.Type);
        Assert.Equal("json", result.Format);
    }

    [Fact]
    public void Classify_BadInputs_AreBounded()
    {
        var huge = new string('x', 5 * 1024 * 1024);
        var binaryish = new string(Enumerable.Range(0, 4096).Select(i => (char)(i * 7919 % 200 + 32)).ToArray());
        var deep = new string('[', 100_000) + new string(']', 100_000);

        Assert.Equal(DataType.Unknown, _classifier.Classify("").Type);
        Assert.NotEqual(DataType.Documentation, _classifier.Classify("ERROR payment declined: card_expired").Type);
        _ = _classifier.Classify(huge);
        _ = _classifier.Classify(binaryish);
        _ = _classifier.Classify(deep);
    }

    private (DataType, string?) Classify(string text)
    {
        var result = _classifier.Classify(text);
        return (result.Type, result.Format);
    }
}

/// <summary>Evidence built for these tests (no sample file's names or numbers).</summary>
internal static class Samples
{
    public const string DatabaseReport = """
        Database load report - inventory-primary
        Interval: 2026-05-01T08:00:00Z .. 2026-05-01T08:10:00Z

        Load (average active sessions):
        time                   sessions
        2026-05-01T08:00:00Z   1.1
        2026-05-01T08:05:00Z   6.3
        2026-05-01T08:10:00Z   4.0

        Top waits:
        EVENT                    CLASS    SESSIONS
        Lock:transactionid       Lock     4.8
        CPU                      CPU      1.0
        IO:BufFileRead           IO       0.4

        Top statements:
        SESSIONS   CALLS/S   STATEMENT
        4.9        3.1       UPDATE stock SET qty = qty - $1 WHERE sku = $2
        0.7        55.0      SELECT qty FROM stock WHERE sku = $1
        """;

    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    public static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
