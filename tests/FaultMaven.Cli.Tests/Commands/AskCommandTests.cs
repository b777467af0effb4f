using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary><c>fm ask</c> in-process over a data directory, against a running server, and with bad input.</summary>
public sealed class AskCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task InProcess_Json_HasRootCause_AndTheCaseContinues()
    {
        var log = Write("checkout.log", "2026-05-02T10:00:00Z INFO checkout up\n2026-05-02T10:00:03Z ERROR checkout: dial tcp 10.0.4.7:5432: connect: connection refused\n");
        var data = Path.Combine(_directory.Path, "data");

        var first = await CliRunner.RunAsync("ask", "why did checkout fail?", "--file", log, "--json", "--data-dir", data);

        Assert.Equal(0, first.ExitCode);
        var reply = JsonDocument.Parse(first.Output).RootElement;
        Assert.Equal("dependency_failure", reply.GetProperty("category").GetString());
        Assert.Contains("connection refused", reply.GetProperty("root_cause").GetString(), StringComparison.Ordinal);
        Assert.Equal("offline analysis", reply.GetProperty("engine").GetString());

        var caseId = reply.GetProperty("caseId").GetString()!;
        var second = await CliRunner.RunAsync("ask", "anything else?", "--case", caseId, "--data-dir", data);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("## Root cause", second.Output, StringComparison.Ordinal);
        Assert.Contains(caseId, second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgainstAServer_SameAnswer()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var log = Write("worker.log", "2026-05-02T10:00:01Z ERROR worker: environment variable QUEUE_URL is not set\n");

        var result = await CliRunner.RunAsync("ask", "why is the worker down?", "-f", log, "--server", server.BaseAddress.ToString(), "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("configuration_error", JsonDocument.Parse(result.Output).RootElement.GetProperty("category").GetString());
    }

    [Fact]
    public async Task BadInput_ClearMessage_NonZeroExit()
    {
        var data = Path.Combine(_directory.Path, "data");
        var missing = await CliRunner.RunAsync("ask", "why?", "--file", Path.Combine(_directory.Path, "nope.log"), "--data-dir", data);
        var empty = await CliRunner.RunAsync("ask", " ", "--data-dir", data);
        var unknownCase = await CliRunner.RunAsync("ask", "why?", "--case", "case_nope", "--data-dir", data);
        var badServer = await CliRunner.RunAsync("ask", "why?", "--server", "ftp://nowhere");

        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Contains("nope.log: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, empty.ExitCode);
        Assert.Equal(ExitCodes.NotFound, unknownCase.ExitCode);
        Assert.Contains("case_nope", unknownCase.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, badServer.ExitCode);
        Assert.Contains("--server 'ftp://nowhere'", badServer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prometheus_AgainstAServer_FetchesTheQueryAsEvidence_AndBadInputIsClear()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var prometheus = await PrometheusServer.StartSelfScrapingAsync("prometheus");
        await prometheus.WaitForSamplesAsync("up{job=\"prometheus\"}", TimeSpan.FromSeconds(60), cancel);
        await using var server = await InProcessServer.StartAsync(
            new Dictionary<string, string?> { ["FM_PROMETHEUS_URL"] = prometheus.BaseAddress.ToString(), ["FM_FEATURES"] = "live-sources:on" }, cancellationToken: cancel);
        var url = server.BaseAddress.ToString();

        var asked = await CliRunner.RunAsync("ask", "is prometheus up?", "--prometheus", "up{job=\"prometheus\"}", "--since", "5m", "--server", url, "--json");
        var badQuery = await CliRunner.RunAsync("ask", "why?", "--prometheus", "rate(up[5m", "--server", url);
        var badWindow = await CliRunner.RunAsync("ask", "why?", "--prometheus", "up", "--since", "soon", "--server", url);

        Assert.Equal(0, asked.ExitCode);
        Assert.Single(JsonDocument.Parse(asked.Output).RootElement.GetProperty("uploads").EnumerateArray());
        Assert.NotEqual(0, badQuery.ExitCode);
        Assert.Contains("Prometheus rejected the request", badQuery.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, badWindow.ExitCode);
        Assert.Contains("--since must be a duration", badWindow.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogSources_AgainstAServer_FetchEachQueryAsEvidence_AndBadInputIsClear()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var loki = await LokiApiServer.StartNewAsync(cancel);
        await using var elasticsearch = await ElasticsearchApiServer.StartNewAsync(cancel);
        await using var splunk = await SplunkApiServer.StartNewAsync(cancel);
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_LOKI_URL"] = loki.BaseAddress.ToString(),
            ["FM_ELASTICSEARCH_URL"] = elasticsearch.BaseAddress.ToString(),
            ["FM_SPLUNK_URL"] = splunk.BaseAddress.ToString(),
            ["FM_SPLUNK_TOKEN"] = "splunk-token-0123456789",
            ["FM_FEATURES"] = "live-sources:on",
        }, cancellationToken: cancel);
        var url = server.BaseAddress.ToString();

        var asked = await CliRunner.RunAsync("ask", "why is checkout failing?", "--loki", "{app=\"checkout\"} |= \"error\"", "--elasticsearch", "service.name:checkout",
            "--splunk", "index=main checkout", "--since", "30m", "--server", url, "--json");
        var badSearch = await CliRunner.RunAsync("ask", "why?", "--splunk", "index=main | badcommand", "--server", url);
        var emptyQuery = await CliRunner.RunAsync("ask", "why?", "--loki", " ", "--server", url);

        Assert.Equal(0, asked.ExitCode);
        Assert.Equal(3, JsonDocument.Parse(asked.Output).RootElement.GetProperty("uploads").GetArrayLength());
        Assert.Equal("{app=\"checkout\"} |= \"error\"", Assert.Single(loki.Requests).Parameter("query"));
        Assert.Contains("\"query\":\"service.name:checkout\"", Assert.Single(elasticsearch.Requests).Body, StringComparison.Ordinal);
        Assert.Contains("search=search+index%3Dmain+checkout", splunk.Requests.First().Body, StringComparison.Ordinal);
        Assert.NotEqual(0, badSearch.ExitCode);
        Assert.Contains("Splunk rejected the query: Unknown search command", badSearch.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, emptyQuery.ExitCode);
        Assert.Contains("--loki must be a LogQL query", emptyQuery.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubernetes_AgainstAServer_ReadsTheClusterAsEvidence_AndRefusedRequestsAreUsageErrors()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var cluster = await KubernetesApiServer.StartAsync(cancel);
        cluster.Log("shop", "checkout-7d9", "2026-12-05T10:00:00Z ERROR payment gateway timed out\n");
        cluster.Add("""{"kind":"Pod","apiVersion":"v1","metadata":{"name":"checkout-7d9","namespace":"shop"},"spec":{"containers":[{"name":"app","image":"shop/checkout:1.4"}]},"status":{"phase":"Running"}}""");
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_KUBECONFIG"] = cluster.WriteKubeconfig(_directory.Path),
            ["FM_FEATURES"] = "live-sources:on",
        }, cancellationToken: cancel);
        var url = server.BaseAddress.ToString();

        var asked = await CliRunner.RunAsync("ask", "why is checkout failing?", "--kubernetes", "logs checkout-7d9 -n shop --tail 50", "--server", url, "--json");
        var secret = await CliRunner.RunAsync("ask", "why?", "--kubernetes", "get secret/db-password -n shop", "--server", url);
        var write = await CliRunner.RunAsync("ask", "why?", "--kubernetes", "delete pod/checkout-7d9 -n shop", "--server", url);

        Assert.Equal(0, asked.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(asked.Output).RootElement.GetProperty("uploads").GetArrayLength());
        Assert.Contains(cluster.Requests, r => r.StartsWith("GET /api/v1/namespaces/shop/pods/checkout-7d9/log", StringComparison.Ordinal) && r.Contains("tailLines=50", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Usage, secret.ExitCode);
        Assert.StartsWith("fm: error: --kubernetes:", secret.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, write.ExitCode);
        Assert.DoesNotContain(cluster.Requests, r => r.Contains("secret", StringComparison.OrdinalIgnoreCase) || r.StartsWith("DELETE", StringComparison.Ordinal));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}

/// <summary><c>fm chat</c> in-process and against a server, over a scripted input.</summary>
public sealed class ChatCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task InProcess_TurnsShareOneCase_FilesAttach_StateShows()
    {
        var log = Path.Combine(_directory.Path, "api.log");
        await File.WriteAllTextAsync(log, "2026-05-02T10:00:01Z ERROR api: no space left on device writing /var/lib/api/cache\n", TestContext.Current.CancellationToken);
        var input = $"checkout is failing\n/file {log}\n/file {Path.Combine(_directory.Path, "missing.log")}\nhere is the api log\n/state\n/quit\n";

        var result = await RunAsync(input, "chat", "--data-dir", Path.Combine(_directory.Path, "data"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Not enough evidence yet", result.Output, StringComparison.Ordinal);
        Assert.Contains("no space left on device", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"phase\": \"solution\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("missing.log: no such file", result.Error, StringComparison.Ordinal);
        var cases = System.Text.RegularExpressions.Regex.Matches(result.Error, @"fm: case (case_\w+)").Select(m => m.Groups[1].Value).Distinct();
        Assert.Single(cases);
    }

    [Fact]
    public async Task AgainstAServer_StreamsTheAnswer()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var result = await RunAsync("why is the worker down?\n", "chat", "--server", server.BaseAddress.ToString());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("## Root cause", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"fm: case case_\w+", result.Error);
    }

    private static async Task<CliResult> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, _ => null) { Input = new StringReader(input) };
        var code = await FmCommandLine.RunAsync(args, context, TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
