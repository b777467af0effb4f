using System.Text;
using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Tests.Data;

/// <summary>The generic key/value reader over JSON and YAML, alert payloads, text reports, monitor tables and kubectl readings;
/// every finding cites its line.</summary>
public sealed class DocumentReaderTests
{
    [Fact]
    public void Read_StatusJson_UnhealthyPairs_WithTheirLines()
    {
        const string json = """
            {
              "cluster": "kv-east",
              "healthy": false,
              "leader_elected": true,
              "split_brain_detected": true,
              "follower_lag_ms": 4200,
              "max_lag_ms": 500,
              "error_count": 0,
              "members": [ { "name": "kv-1", "state": "Degraded" }, { "name": "kv-2", "state": "Running" } ]
            }
            """;

        var signals = DocumentSignalReader.Read(json, "json");
        var findings = DocumentSignalReader.Findings(signals, "doc");

        Assert.Equal(["healthy", "split_brain_detected", "follower_lag_ms", "members[0].state"], signals.Unhealthy.Select(f => f.Path));
        Assert.Equal([3L, 5, 6, 9], signals.Unhealthy.Select(f => f.Line));
        Assert.All(findings, f => Assert.Equal("line", f.Evidence.Unit));
        Assert.Null(signals.Alert);
    }

    [Fact]
    public void Read_Yaml_ConditionsAndStates()
    {
        const string yaml = """
            status:
              sync:
                status: OutOfSync
              health:
                status: Progressing
              conditions:
                - type: Ready
                  status: "False"
                - type: DiskPressure
                  status: "True"
                - type: Initialized
                  status: "True"
              operationState:
                phase: Failed
                message: one or more objects failed to apply
            """;

        var signals = DocumentSignalReader.Read(yaml, "yaml");

        Assert.Equal(["status.sync.status", "status.conditions[0].status", "status.conditions[1].status", "status.operationState.phase"], signals.Unhealthy.Select(f => f.Path));
        Assert.Equal([3L, 8, 10, 14], signals.Unhealthy.Select(f => f.Line));
    }

    [Fact]
    public void FlattenYaml_ListsAtTheirParentsIndent_And_NestedItems_GetTheirOwnIndexes()
    {
        const string yaml = "replicas:\n- name: r1\n  healthy: true\n- name: r2\n  healthy: false\n  ports:\n    - 80\n    - 443\nzones:\n- a\n";
        var fields = new List<DocumentField>();

        DocumentFlattener.FlattenYaml(yaml, fields, 100);

        Assert.Equal(
            ["replicas[0].name", "replicas[0].healthy", "replicas[1].name", "replicas[1].healthy", "replicas[1].ports[0]", "replicas[1].ports[1]", "zones[0]"],
            fields.Select(f => f.Path));
        Assert.Equal([2L, 3, 4, 5, 7, 8, 10], fields.Select(f => f.Line));
    }

    [Fact]
    public void Read_AlertmanagerWebhook_SummaryIsAFinding()
    {
        const string json = """
            {
              "version": "4",
              "status": "firing",
              "alerts": [
                {
                  "status": "firing",
                  "labels": { "alertname": "QueueBacklogHigh", "severity": "page", "queue": "orders" },
                  "annotations": { "summary": "Backlog above 10k for 15m", "description": "Consumers of orders stopped acking at 04:05" },
                  "startsAt": "2026-01-03T04:05:06Z"
                }
              ]
            }
            """;

        var signals = DocumentSignalReader.Read(json, "json");
        var findings = DocumentSignalReader.Findings(signals, "alert");

        Assert.Equal("QueueBacklogHigh", signals.Alert?.Name);
        Assert.Equal("firing", signals.Alert?.State);
        Assert.Equal("2026-01-03T04:05:06Z", signals.Alert?.StartsAt);
        Assert.Equal("page", signals.Alert?.Labels["severity"]);
        var summary = Assert.Single(findings, f => f.Title.Contains("Backlog above 10k", StringComparison.Ordinal));
        Assert.Equal(EvidenceRange.Line(8), summary.Evidence);
        Assert.Equal(FindingSeverity.Warning, summary.Severity);
    }

    [Fact]
    public void Read_CloudWatchAlarm_ReasonIsAFinding()
    {
        var signals = DocumentSignalReader.Read("""{"AlarmName":"orders-5xx","NewStateValue":"ALARM","NewStateReason":"Threshold Crossed: 1 datapoint [42.0] was greater than the threshold (5.0)."}""", "json");

        Assert.Equal(("orders-5xx", "ALARM"), (signals.Alert?.Name, signals.Alert?.State));
        Assert.Contains(DocumentSignalReader.Findings(signals, "a"), f => f.Title.Contains("Threshold Crossed", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AlertAsText()
    {
        var signals = DocumentSignalReader.Read("Alert: QueueBacklogHigh\nDescription: backlog above 10k for 15 minutes on orders-queue\nSource: prometheus\n", "text");

        Assert.Equal("QueueBacklogHigh", signals.Alert?.Name);
        Assert.Equal(2, Assert.Single(DocumentSignalReader.Findings(signals, "a")).Evidence.First);
    }

    [Fact]
    public void Read_HostileDocuments_AreBounded()
    {
        var deepJson = new string('[', 50_000) + "1" + new string(']', 50_000);
        var deepObjects = Samples.Repeat("{\"a\":", 20_000) + "true" + new string('}', 20_000);
        var yamlBomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            yamlBomb.Append($"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n");
        }

        var deepYaml = string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', i) + "k:\n"));
        var oneLine = "{\"v\":\"" + new string('x', 5 * 1024 * 1024) + "\"}";

        var json = DocumentSignalReader.Read(deepJson, "json");
        var objects = DocumentSignalReader.Read(deepObjects, "json");
        var bomb = DocumentSignalReader.Read(yamlBomb.ToString(), "yaml");
        var yaml = DocumentSignalReader.Read(deepYaml, "yaml");
        var line = DocumentSignalReader.Read(oneLine, "json");

        Assert.True(json.Truncated);
        Assert.True(objects.Truncated);
        Assert.Equal(10, bomb.Fields);
        Assert.Equal(0, yaml.Fields);
        Assert.Equal(1, line.Fields);
        Assert.Equal(0, DocumentSignalReader.Read("", "json").Fields);
        Assert.Equal(0, DocumentSignalReader.Read("{\"broken\": ", "json").Fields);
    }

    // How the readers' time grows with the input is measured by bench/data/readers-linear.py (1 MB against 4 MB of each kind, through
    // `fm analyze`), not here: a timed ratio in a unit test fails under load for no fault of the reader.

    [Fact]
    public void TableReport_TopWaitAndTopStatement_WithTheirNumbers()
    {
        var findings = TableReportReader.Findings(Samples.DatabaseReport, "report");

        Assert.Contains(findings, f => f.Title == "Load (average active sessions): peak sessions 6.3 at 2026-05-01T08:05:00Z" && f.Evidence == EvidenceRange.Line(7));
        Assert.Contains(findings, f => f.Title.StartsWith("Top waits: Lock:transactionid leads with SESSIONS 4.8 (77% of the table)", StringComparison.Ordinal) && f.Evidence == EvidenceRange.Line(12));
        Assert.Contains(findings, f => f.Title.StartsWith("Top statements: UPDATE stock SET qty = qty - $1 WHERE sku = $2 leads with SESSIONS 4.9", StringComparison.Ordinal) && f.Evidence == EvidenceRange.Line(18));
    }

    [Fact]
    public void MonitorTable_AlertWarnAndNoData_AreFindings()
    {
        const string table = "MONITOR                     STATE     TYPE           QUERY\nOrders 5xx rate             Alert     metric alert   sum(last_5m):errors > 10\nOrders latency              OK        metric alert   avg(last_5m):p95 > 1\nQueue depth                 No Data   metric alert   max(last_10m):depth > 1000\nDisk free                   Warn      metric alert   min(last_5m):disk_free < 10\n";

        var findings = TableReportReader.MonitorFindings(table, "m");

        Assert.Equal(["Monitor Orders 5xx rate is Alert", "Monitor Queue depth is No Data", "Monitor Disk free is Warn"], findings.Select(f => f.Title));
        Assert.Equal([2L, 4, 5], findings.Select(f => f.Evidence.First));
    }

    [Fact]
    public void Kubernetes_EventsNodesDeploymentsJobsTop_Findings()
    {
        const string events = "LAST SEEN   TYPE      REASON             OBJECT                      MESSAGE\n3m          Warning   BackOff            pod/ledger-5d9c-abcde       Back-off restarting failed container\n5m          Normal    Pulled             pod/ledger-5d9c-abcde       Container image already present\n1m          Warning   FailedScheduling   pod/search-77-xyz           0/4 nodes are available: 4 Insufficient memory\n";
        const string nodes = "NAME       STATUS     ROLES    AGE   VERSION\nworker-a   Ready      <none>   40d   v1.29.3\nworker-b   NotReady   <none>   40d   v1.29.3\n";
        const string deployments = "NAME      READY   UP-TO-DATE   AVAILABLE   AGE\nledger    1/3     3            1           12d\nsearch    2/2     2            2           40d\n";
        const string jobs = "NAME             STATUS   COMPLETIONS   DURATION   AGE\nnightly-export   Failed   0/1           31m        31m\n";
        const string top = "NAME     CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%\nnode-1   3850m        98%    12000Mi         81%\n";

        var (_, eventFindings, eventSummary) = KubernetesAnalyzer.Analyze(events, "get-events");
        var (_, nodeFindings, _) = KubernetesAnalyzer.Analyze(nodes, "get-nodes");
        var (_, deploymentFindings, _) = KubernetesAnalyzer.Analyze(deployments, "get-deployments");
        var (_, jobFindings, _) = KubernetesAnalyzer.Analyze(jobs, "get-jobs");
        var (_, topFindings, _) = KubernetesAnalyzer.Analyze(top, "top");

        Assert.Equal([2L, 4], eventFindings.Select(f => f.Evidence.First).Order());
        Assert.Contains("Warning on 2 objects", eventSummary, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing", eventSummary, StringComparison.Ordinal);
        Assert.Equal(EvidenceRange.Line(3), Assert.Single(nodeFindings).Evidence);
        Assert.Equal("Deployment ledger has 1 of 3 replicas ready", Assert.Single(deploymentFindings).Title);
        Assert.Equal(EvidenceRange.Line(2), Assert.Single(jobFindings).Evidence);
        Assert.Equal("node-1 uses 98% cpu", Assert.Single(topFindings).Title);
    }

    [Fact]
    public void Kubernetes_DescribeNode_UnhealthyConditions_And_Allocation()
    {
        const string text = """
            Name:               pool-b-7k2x
            Roles:              <none>
            Conditions:
              Type             Status    LastHeartbeatTime                 LastTransitionTime                Reason                       Message
              ----             ------    -----------------                 ------------------                ------                       -------
              MemoryPressure   True      Mon, 04 May 2026 10:00:00 +0000   Mon, 04 May 2026 09:58:00 +0000   KubeletHasInsufficientMemory kubelet has insufficient memory available
              DiskPressure     False     Mon, 04 May 2026 10:00:00 +0000   Mon, 04 May 2026 09:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
              Ready            Unknown   Mon, 04 May 2026 10:00:00 +0000   Mon, 04 May 2026 10:01:00 +0000   NodeStatusUnknown            Kubelet stopped posting node status.
            Allocated resources:
              (Total limits may be over 100 percent, i.e., overcommitted.)
              Resource           Requests       Limits
              --------           --------       ------
              cpu                3900m (97%)    6 (150%)
              memory             9Gi (61%)      14Gi (95%)
            Events:              <none>
            """;

        var (_, findings, _) = KubernetesAnalyzer.Analyze(text, "describe");

        Assert.Equal([6L, 8, 13], findings.Select(f => f.Evidence.First).Order());
        Assert.Contains(findings, f => f.Title.StartsWith("pool-b-7k2x: condition Ready is Unknown", StringComparison.Ordinal) && f.Severity == FindingSeverity.Error);
        Assert.Contains(findings, f => f.Title == "pool-b-7k2x: cpu requests are 97% of what the node can allocate");
    }
}
