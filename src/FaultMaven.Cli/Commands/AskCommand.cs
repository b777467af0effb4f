using System.CommandLine;
using System.Text.Json;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm ask</c>: one question, with evidence files, answered by the server (<c>--server</c>, or the one at <c>FM_URL</c>
/// when it answers) or in-process over a data directory (<c>--data-dir</c>, or when no server answers); see <see cref="AnswerTarget"/>.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context, Option<bool> json)
    {
        var question = new Argument<string>("QUESTION") { Description = "What you want to know, e.g. \"why did checkout fail?\"" };
        var files = new Option<string[]>("--file", "-f") { Description = "Evidence to attach (logs, stack traces, metrics, kubectl output, configs); repeatable" };
        var caseId = new Option<string?>("--case") { Description = "Continue this case instead of opening a new one" };
        var server = new Option<string?>("--server") { Description = "Ask the FaultMaven server at this URL (default: the one at FM_URL when it answers, else in-process)" };
        var dataDir = new Option<string?>("--data-dir") { Description = "Answer in-process over this data directory, even when a server is up (default: FM_DATA_DIR, else ./.faultmaven)" };
        var prometheus = new Option<string?>("--prometheus") { Description = "A PromQL query whose series over --since are fetched from the server's Prometheus as evidence (FM_PROMETHEUS_URL, live-sources on), e.g. 'rate(http_requests_total{code=~\"5..\"}[5m])'" };
        var loki = new Option<string?>("--loki") { Description = "A LogQL log query whose lines over --since are fetched from the server's Loki as evidence (FM_LOKI_URL, live-sources on), e.g. '{app=\"checkout\"} |= \"error\"'" };
        var elasticsearch = new Option<string?>("--elasticsearch") { Description = "A query string whose hits over --since are fetched from the server's Elasticsearch/OpenSearch as evidence (FM_ELASTICSEARCH_URL, live-sources on), e.g. 'service.name:checkout AND error'" };
        var splunk = new Option<string?>("--splunk") { Description = "An SPL search whose events over --since are fetched from the server's Splunk as evidence (FM_SPLUNK_URL, live-sources on), e.g. 'index=main checkout error'" };
        var kubernetes = new Option<string?>("--kubernetes") { Description = "A read-only request to the server's cluster, written like kubectl, attached as evidence (FM_KUBECONFIG, live-sources on), e.g. 'describe pod/checkout-7d9 -n shop' or 'logs checkout-7d9 --previous'" };
        var since = new Option<string?>("--since") { Description = "How far back the live query reaches: 30m, 2h, 1d (default 1h, at most 7d)" };
        var command = new Command("ask", "Ask FaultMaven about an incident; the answer follows the doctrine and cites your evidence") { question, files, caseId, server, dataDir, prometheus, loki, elasticsearch, splunk, kubernetes, since };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var message = p.GetValue(question)!;
                if (string.IsNullOrWhiteSpace(message))
                {
                    throw new CliException("the question must not be empty.", ExitCodes.Usage);
                }

                var paths = p.GetValue(files) ?? [];
                foreach (var path in paths)
                {
                    if (EvidenceFile.Problem(path) is { } problem)
                    {
                        throw new CliException(problem, File.Exists(path) || Directory.Exists(path) ? ExitCodes.Usage : ExitCodes.NotFound);
                    }
                }

                var queries = new LiveQueries(p.GetValue(prometheus), p.GetValue(loki), p.GetValue(elasticsearch), p.GetValue(splunk), p.GetValue(since), p.GetValue(kubernetes));
                var live = Live(queries);
                var target = await AnswerTarget.ResolveAsync(context, p.GetValue(server), p.GetValue(dataDir), cancellationToken);
                var reply = target.ServerUrl is { } url
                    ? await RemoteAsync(context, url, message, paths, p.GetValue(caseId), queries, cancellationToken)
                    : await InProcessAsync(message, paths, p.GetValue(caseId), target.DataDir, live, cancellationToken);
                if (p.GetValue(json))
                {
                    await context.Output.WriteLineAsync(JsonSerializer.Serialize(reply, CommandActions.Indented));
                }
                else
                {
                    await context.Output.WriteLineAsync(reply.GetProperty("text").GetString().Printable());
                    await context.Error.WriteLineAsync($"fm: case {reply.GetProperty("caseId").GetString().Printable()} ({reply.GetProperty("engine").GetString().Printable()}); continue it with --case");
                }

                return ExitCodes.Success;
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
        });
        return command;
    }

    /// <summary>The live queries of <c>fm ask</c> as given: <c>--prometheus</c>, <c>--loki</c>, <c>--elasticsearch</c>, <c>--splunk</c>, <c>--since</c>, <c>--kubernetes</c>.</summary>
    public sealed record LiveQueries(string? Prometheus = null, string? Loki = null, string? Elasticsearch = null, string? Splunk = null, string? Since = null, string? Kubernetes = null)
    {
        /// <summary>Gets each value given, by its form field's name.</summary>
        public IEnumerable<(string Field, string Value)> Fields =>
            new (string Field, string? Value)[] { ("prometheus", Prometheus), ("loki", Loki), ("elasticsearch", Elasticsearch), ("splunk", Splunk), ("since", Since), ("kubernetes", Kubernetes) }
                .Where(f => f.Value is not null).Select(f => (f.Field, f.Value!));
    }

    /// <summary>The live query of the flags, checked before anything starts (a bad window or an empty query is a usage error).</summary>
    private static Core.Sources.LiveQuery? Live(LiveQueries queries)
    {
        if (!queries.Fields.Any())
        {
            return null;
        }

        foreach (var (field, value) in queries.Fields.Where(f => f.Field is not ("since" or "kubernetes")))
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > Core.Sources.LiveSourceService.MaxQueryLength)
            {
                var language = field switch { "prometheus" => "a PromQL expression", "loki" => "a LogQL query", "elasticsearch" => "a query string", _ => "an SPL search" };
                throw new CliException($"--{field} must be {language} of 1 to {Core.Sources.LiveSourceService.MaxQueryLength} characters.", ExitCodes.Usage);
            }
        }

        // The cluster request is checked here as the server checks it: a write verb or a secret is refused before anything is sent.
        Core.Sources.Kubernetes.KubernetesRequest? cluster = null;
        if (queries.Kubernetes is { } request)
        {
            var parsed = Core.Sources.Kubernetes.KubernetesRequest.Parse(request);
            cluster = parsed.Succeeded ? parsed.Value : throw new CliException($"--kubernetes: {parsed.Failure.Detail}", ExitCodes.Usage);
        }

        var window = Core.Sources.LiveSourceService.ParseWindow(queries.Since);
        return window.Succeeded
            ? new Core.Sources.LiveQuery(queries.Prometheus, window.Value, Kubernetes: cluster) { Loki = queries.Loki, Elasticsearch = queries.Elasticsearch, Splunk = queries.Splunk }
            : throw new CliException($"--{window.Failure.Detail}", ExitCodes.Usage);
    }

    private static async Task<JsonElement> InProcessAsync(string message, string[] paths, string? caseId, string? dataDir, Core.Sources.LiveQuery? live, CancellationToken cancellationToken)
    {
        await using var agent = await EmbeddedAgent.StartAsync(dataDir, cancellationToken);
        return JsonSerializer.SerializeToElement(await agent.AskAsync(caseId, message, paths, live, cancellationToken), ApiJson.Options);
    }

    /// <summary>Where a turn goes: a new case's one-shot query, or the case's turns.</summary>
    public static string TurnRoute(string? caseId) => caseId is null ? "api/v1/agent/query" : $"api/v1/cases/{Uri.EscapeDataString(caseId)}/turns";

    /// <summary>A turn as the server takes it: a <c>message</c> field and one file part per attachment, streamed from disk.</summary>
    public static MultipartFormDataContent TurnForm(string message, IEnumerable<string> paths, LiveQueries? live = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(message), "message" } };
        foreach (var (field, value) in live?.Fields ?? [])
        {
            form.Add(new StringContent(value), field);
        }

        foreach (var path in paths)
        {
            var file = new StreamContent(File.OpenRead(path), 1 << 16);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", Path.GetFileName(path));
        }

        return form;
    }

    private static async Task<JsonElement> RemoteAsync(CliContext context, string url, string message, string[] paths, string? caseId, LiveQueries live, CancellationToken cancellationToken)
    {
        // A turn reads and analyses every attachment before it answers.
        using var client = context.CreateClient(url, TimeSpan.FromMinutes(5));
        using var form = TurnForm(message, paths, live);
        return await client.SendAsync(HttpMethod.Post, TurnRoute(caseId), form, cancellationToken) ?? throw new CliException("the server sent an empty reply.", ExitCodes.Failure);
    }
}
