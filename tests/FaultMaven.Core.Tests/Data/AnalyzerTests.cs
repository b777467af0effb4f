using System.Globalization;
using System.Text;
using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Tests.Data;

public sealed class AnalyzerTests
{
    [Fact]
    public void StackTraces_AreParsed_Grouped_WithTheFirstApplicationFrame()
    {
        const string text = """
            java.lang.IllegalStateException: pool exhausted
            	at com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:155)
            	at org.springframework.jdbc.datasource.DataSourceUtils.fetchConnection(DataSourceUtils.java:159)
            	at com.shop.orders.OrderRepository.save(OrderRepository.java:42)
            	at com.shop.orders.OrderService.place(OrderService.java:88)
            Caused by: java.sql.SQLTransientConnectionException: timed out after 30000ms
            	... 12 more

            Traceback (most recent call last):
              File "/usr/lib/python3.11/site-packages/requests/api.py", line 59, in request
                return session.request(method=method, url=url)
              File "/app/billing/client.py", line 17, in charge
                resp = requests.post(url)
            requests.exceptions.ConnectionError: connection refused
            """;

        var (result, findings, _) = StackTraceAnalyzer.Analyze(text);

        Assert.Equal(2, result.Traces.Count);
        var java = result.Traces[0];
        Assert.Equal("java.lang.IllegalStateException", java.Type);
        Assert.Equal("pool exhausted", java.Message);
        Assert.Equal(4, java.Frames.Count);
        Assert.Equal("com.zaxxer.hikari.pool.HikariPool.getConnection", java.Frames[0].Function);
        Assert.Equal("com.shop.orders.OrderRepository.save", java.FirstApplicationFrame?.Function);
        Assert.Equal(42, java.FirstApplicationFrame?.SourceLine);
        Assert.Contains("java.sql.SQLTransientConnectionException: timed out after 30000ms", java.Causes);
        Assert.Equal(EvidenceRange.Lines(1, 7), java.Lines);

        var python = result.Traces[1];
        Assert.Equal("python", python.Language);
        Assert.Equal("requests.exceptions.ConnectionError", python.Type);
        Assert.Equal("/app/billing/client.py", python.FirstApplicationFrame?.File);
        Assert.Equal("charge", python.Frames[0].Function);
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void GoPanic_AndRepeatedTraces_AreGrouped()
    {
        var panic = "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 7 [running]:\nmain.(*Cart).Total(0xc000010000)\n\t/src/cart/cart.go:41 +0x1d\nruntime.goexit()\n\t/usr/local/go/src/runtime/asm_amd64.s:1695 +0x1\n";
        var (result, findings, summary) = StackTraceAnalyzer.Analyze(panic + "\n" + panic);

        Assert.Equal(2, result.Traces.Count);
        Assert.Single(result.Groups);
        Assert.Equal(2, result.Groups[0].Count);
        Assert.Equal("main.(*Cart).Total", result.Groups[0].FirstApplicationFrame?.Function);
        Assert.Contains("×2", findings[0].Title);
        Assert.Contains("2 traces in 1 group", summary);
    }

    [Fact]
    public void Metrics_FindSpikeAndChangePoint_WithTheirTimestamps()
    {
        var csv = new StringBuilder("timestamp,latency_ms,errors\n");
        var start = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 60; i++)
        {
            var latency = 100 + i % 5 + (i == 20 ? 900 : 0);
            var errors = i < 40 ? 1 + i % 2 : 30 + i % 3;
            csv.Append(CultureInfo.InvariantCulture, $"{start.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{latency},{errors}\n");
        }

        var (result, findings, _) = MetricsAnalyzer.Analyze(csv.ToString(), "csv");

        Assert.Equal(2, result.Series.Count);
        var latencyStats = result.Series.Single(s => s.Name == "latency_ms");
        Assert.Equal(1000, latencyStats.Max);
        Assert.Equal(60, latencyStats.Points);
        var spike = Assert.Single(result.Events, e => e.Kind == "spike" && e.Series == "latency_ms");
        Assert.Equal(start.AddMinutes(20), spike.Time);
        Assert.Equal(EvidenceRange.Line(22), spike.Evidence);
        var change = Assert.Single(result.Events, e => e.Kind == "change-point");
        Assert.Equal("errors", change.Series);
        Assert.Equal(start.AddMinutes(40), change.Time);
        Assert.Contains(findings, f => f.Kind == "change-point" && f.Title.Contains("errors shifted", StringComparison.Ordinal));
    }

    [Fact]
    public void Metrics_ReadPrometheusQueryResults()
    {
        var values = string.Join(',', Enumerable.Range(0, 30).Select(i => $"[{1764496800 + i * 15},\"{(i == 12 ? 95 : 5 + i % 2)}\"]"));
        var json = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"up_ratio\",\"job\":\"api\"},\"values\":[" + values + "]}]}}";

        var (result, _, _) = MetricsAnalyzer.Analyze(json, "prometheus-json");

        var series = Assert.Single(result.Series);
        Assert.Equal("up_ratio{job=\"api\"}", series.Name);
        var spike = Assert.Single(result.Events);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764496800 + 12 * 15), spike.Time);
        Assert.Equal("record", spike.Evidence.Unit);
    }

    [Theory]
    [InlineData("<GENERIC_SECRET>")]
    [InlineData("<API_KEY_2>")]
    [InlineData("<JWT:0a1b2c3d>")]
    public void Config_ValueTheRedactorTookOut_IsNotCalledAPlaceholder(string marker)
    {
        var (_, findings, _) = ConfigAnalyzer.Analyze($"db:\n  password: {marker}\n  host: db1\n", "yaml");

        Assert.DoesNotContain(findings, f => f.Kind == "placeholder-secret");
    }

    [Theory]
    [InlineData("<your-password>")]
    [InlineData("<PASSWORD>")]
    [InlineData("<API_KEY_x>")]
    [InlineData("<JWT:0A1B2C3D>")]
    public void Config_PlaceholderShapedLikeAMarker_IsStillAPlaceholder(string placeholder)
    {
        var (_, findings, _) = ConfigAnalyzer.Analyze($"db:\n  password: {placeholder}\n", "yaml");

        Assert.Contains(findings, f => f.Kind == "placeholder-secret" && f.Evidence.First == 2);
    }

    [Fact]
    public void Config_FindsDuplicatesPlaceholdersAndTimeouts_WithLines()
    {
        const string yaml = "redis:\n  url: redis://127.0.0.1:6379\n  timeoutMs: 20\nauth:\n  api_key: changeme\n  api_key: real\nhttp:\n  read_timeout: 0\n";
        var (result, findings, _) = ConfigAnalyzer.Analyze(yaml, "yaml");

        Assert.Null(result.ParseError);
        Assert.Contains(findings, f => f.Kind == "localhost-endpoint" && f.Evidence.First == 2);
        Assert.Contains(findings, f => f.Kind == "timeout-too-short" && f.Evidence.First == 3);
        Assert.Contains(findings, f => f.Kind == "placeholder-secret" && f.Evidence.First == 5);
        Assert.Contains(findings, f => f.Kind == "duplicate-key" && f.Evidence.First == 6);
        Assert.Contains(findings, f => f.Kind == "timeout-disabled" && f.Evidence.First == 8);

        var (json, jsonFindings, _) = ConfigAnalyzer.Analyze("{\n  \"db\": {\n    \"password\": \"\",\n    \"password\": \"x\"\n  }\n}\n", "json");
        Assert.Equal("db.password", json.Entries[0].Path);
        Assert.Contains(jsonFindings, f => f.Kind == "empty-secret" && f.Evidence.First == 3);
        Assert.Contains(jsonFindings, f => f.Kind == "duplicate-key" && f.Evidence.First == 4);

        var (broken, brokenFindings, _) = ConfigAnalyzer.Analyze("a: [1, 2\nb: 3\n", "yaml");
        Assert.NotNull(broken.ParseError);
        Assert.Equal("parse-error", brokenFindings[0].Kind);
    }

    [Fact]
    public void KubernetesDescribe_FindsOomKillAndProbeFailures()
    {
        const string describe = """
            Name:         api-5d8f7-x2x9q
            Namespace:    prod
            Status:       Running
            Containers:
              api:
                State:          Waiting
                  Reason:       CrashLoopBackOff
                Last State:     Terminated
                  Reason:       OOMKilled
                  Exit Code:    137
                Restart Count:  9
            Events:
              Type     Reason     Age                 From     Message
              ----     ------     ----                ----     -------
              Warning  Unhealthy  3m (x12 over 20m)   kubelet  Liveness probe failed: HTTP probe failed with statuscode: 503
              Warning  BackOff    1m (x40 over 20m)   kubelet  Back-off restarting failed container
            """;

        var (result, findings, _) = KubernetesAnalyzer.Analyze(describe, "describe");

        var pod = Assert.Single(result.Pods);
        Assert.Equal("OOMKilled", pod.Reason);
        Assert.Equal(9, pod.Restarts);
        Assert.Contains(findings, f => f.Kind == "oom-killed" && f.Evidence.First == 9);
        Assert.Contains(findings, f => f.Kind == "probe-failing" && f.Title.Contains("×12", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == "exit-code" && f.Title.Contains("137", StringComparison.Ordinal));
        Assert.Equal(2, result.Events.Count);
    }

    [Fact]
    public void KubectlEventsAndPods_AreGroupedByReasonAndObject()
    {
        const string events = """
            LAST SEEN   TYPE      REASON             OBJECT                  MESSAGE
            2m          Warning   FailedScheduling   pod/search-0            0/3 nodes are available: 3 Insufficient memory.
            1m          Warning   FailedScheduling   pod/search-0            0/3 nodes are available: 3 Insufficient memory.
            30s         Warning   Failed             pod/web-5c9-abcde       Failed to pull image "registry.internal/web:2.1": not found
            10s         Normal    Scheduled          pod/web-5c9-fghij       Successfully assigned prod/web-5c9-fghij to node-2
            """;
        const string pods = """
            NAME                READY   STATUS             RESTARTS   AGE
            web-5c9-abcde       0/1     ImagePullBackOff   0          5m
            search-0            0/1     Pending            0          5m
            api-7d8-xyz12       1/1     Running            7          2d
            """;

        var (eventResult, eventFindings, _) = KubernetesAnalyzer.Analyze(events, "get-events");
        var (podResult, podFindings, summary) = KubernetesAnalyzer.Analyze(pods, "get-pods");

        var scheduling = eventResult.Events.Single(e => e.Reason == "FailedScheduling");
        Assert.Equal(2, scheduling.Count);
        Assert.Equal("pod/search-0", scheduling.InvolvedObject);
        Assert.Equal(EvidenceRange.Lines(2, 3), scheduling.Evidence);
        Assert.Equal(3, eventResult.Events.Count);
        Assert.Contains(eventFindings, f => f.Kind == "failed-scheduling");
        Assert.DoesNotContain(eventFindings, f => f.Title.Contains("Scheduled on", StringComparison.Ordinal));

        Assert.Equal(3, podResult.Pods.Count);
        Assert.Contains(podFindings, f => f.Kind == "image-pull" && f.Evidence.First == 2);
        Assert.Contains(podFindings, f => f.Kind == "pending" && f.Evidence.First == 3);
        Assert.Contains(podFindings, f => f.Kind == "restarts" && f.Title.Contains("7 times", StringComparison.Ordinal));
        Assert.Contains("1 Running", summary, StringComparison.Ordinal);
    }
}
