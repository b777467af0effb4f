using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace FaultMaven.Testing;

/// <summary>What FaultMaven's MCP tools must do, checked through the SDK's own client; the HTTP (<c>/mcp</c>) and stdio (<c>fm mcp</c>)
/// tests run the same checks over their transport.</summary>
public static class McpToolChecks
{
    /// <summary>A log whose cause the offline engine reads: a missing setting, on line 2.</summary>
    public const string CrashLog = "2026-05-02T10:00:00Z INFO  worker starting\n2026-05-02T10:00:01Z ERROR worker: environment variable QUEUE_URL is not set\n"
        + "2026-05-02T10:00:02Z ERROR worker: exiting with code 1\n";

    /// <summary>The tools every transport lists.</summary>
    public static readonly string[] ToolNames = ["analyze_evidence", "ask", "get_investigation", "open_case", "redact_text", "search_knowledge"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Calls <paramref name="tool"/> and returns its JSON answer, failing with the tool's text when it answered an error.</summary>
    public static async Task<JsonElement> CallOkAsync(McpClient client, string tool, object? arguments = null)
    {
        var result = await CallAsync(client, tool, arguments);
        var text = Text(result);
        Assert.False(result.IsError == true, $"{tool} answered an error: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Calls <paramref name="tool"/>, checks that it answered an <c>isError</c> result of <paramref name="type"/>, and returns the problem.</summary>
    public static async Task<JsonElement> CallErrorAsync(McpClient client, string tool, object? arguments, string type)
    {
        var result = await CallAsync(client, tool, arguments);
        var text = Text(result);
        Assert.True(result.IsError == true, $"{tool} should have failed with {type}: {text}");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    public static async Task<CallToolResult> CallAsync(McpClient client, string tool, object? arguments = null)
    {
        var values = arguments is null ? new Dictionary<string, object?>() : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments))!;
        return await client.CallToolAsync(tool, values, cancellationToken: Token);
    }

    /// <summary>Issue 20: <c>ask</c> sends the investigation's steps as progress notifications with the client's progressToken, in order,
    /// before its answer; without a progress handler (no token) it answers the same.</summary>
    public static async Task AskReportsProgressAsync(McpClient client)
    {
        // The SDK's client hands a call's progress to the call's handler only while the call is open, and it reads notifications and
        // the answer concurrently: a notification sent before the answer can reach the client after the call closed and be dropped
        // there (seen in the full suite, with the direct server and through fm mcp's relay). So the call carries a token of the test's
        // own, and a handler that lives as long as the session records every notification with the token it came back with.
        const string token = "client-progress-7";
        var sent = new RecordingProgress();
        var tokens = new System.Collections.Concurrent.ConcurrentBag<string>();
        await using var all = client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            tokens.Add(notification.Params?["progressToken"]?.ToJsonString() ?? "(none)");
            if (JsonSerializer.Deserialize<ProgressNotificationParams>(notification.Params, McpJsonUtilities.DefaultOptions) is { } sentProgress)
            {
                sent.Report(sentProgress.Progress);
            }

            return default;
        });
        var arguments = new
        {
            question = "why does the worker exit?",
            evidence = new[] { new { text = CrashLog, fileName = "worker.log" } },
        };
        var request = new CallToolRequestParams
        {
            Name = "ask",
            Arguments = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(arguments)),
            Meta = new System.Text.Json.Nodes.JsonObject { ["progressToken"] = token },
        };

        var result = await client.CallToolAsync(request, Token);

        Assert.False(result.IsError == true, Text(result));
        // The notifications were sent before the answer; a client (or fm mcp's relay) may read some just after: wait up to 30 s, less
        // when all are in.
        string[] expected = ["upload: classifying, redacting and analysing worker.log", "evidence: reading 1 upload", "analysis: "];
        bool All() => expected.All(e => sent.Values.Any(s => s.Message?.StartsWith(e, StringComparison.Ordinal) == true));
        for (var waited = 0; waited < 300 && !All(); waited++)
        {
            await Task.Delay(100, Token);
        }

        var steps = sent.Values;
        Assert.All(expected, e => Assert.Contains(steps, s => s.Message?.StartsWith(e, StringComparison.Ordinal) == true));
        // Every step came back with the client's own token (a relay that sent its own would fail here).
        Assert.All(tokens, t => Assert.Equal($"\"{token}\"", t));
        // Numbered 1, 2, 3… as sent: a client can show them in order.
        Assert.Equal(Enumerable.Range(1, steps.Count).Select(i => (float)i), steps.Select(s => s.Progress).Order());
        Assert.Contains("QUEUE_URL", JsonDocument.Parse(Text(result)).RootElement.GetProperty("rootCause").GetString(), StringComparison.Ordinal);

        var quiet = await CallOkAsync(client, "ask", new { question = "why does the worker exit?", evidence = new[] { new { text = CrashLog } } });
        Assert.Contains("QUEUE_URL", quiet.GetProperty("rootCause").GetString(), StringComparison.Ordinal);
    }

    public static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    /// <summary>The six tools are listed, each with a description a model can act on and its required arguments in the schema.</summary>
    public static async Task ListsTheToolsAsync(McpClient client)
    {
        var tools = await client.ListToolsAsync(cancellationToken: Token);

        Assert.Equal(ToolNames, tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t => Assert.True(t.Description.Length > 150, $"{t.Name}: the description is too thin for a model"));
        string[] Required(string name) => [.. tools.Single(t => t.Name == name).JsonSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!)];
        Assert.Equal(["text"], Required("analyze_evidence"));
        Assert.Equal(["question"], Required("ask"));
        Assert.Equal(["caseId"], Required("get_investigation"));
        Assert.Equal(["title"], Required("open_case"));
        Assert.Equal(["text"], Required("redact_text"));
        Assert.Equal(["query"], Required("search_knowledge"));
        Assert.True(tools.Single(t => t.Name == "redact_text").ProtocolTool.Annotations?.ReadOnlyHint);
        Assert.False(tools.Single(t => t.Name == "open_case").ProtocolTool.Annotations?.ReadOnlyHint);
    }

    /// <summary>Every tool answers, as a caller who may work cases: the evidence is redacted and read, a case is opened and asked about,
    /// the answer cites the attached log, and the investigation reads back. Returns the case id.</summary>
    public static async Task<string> EveryToolAnswersAsync(McpClient client, string? runbookId)
    {
        var redacted = await CallOkAsync(client, "redact_text", new { text = "page ana@example.com, key AKIAIOSFODNN7EXAMPLE" });
        Assert.DoesNotContain("ana@example.com", redacted.GetProperty("redacted").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAIOSFODNN7EXAMPLE", redacted.GetProperty("redacted").GetString(), StringComparison.Ordinal);
        Assert.Contains("<EMAIL_1>", redacted.GetProperty("redacted").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, redacted.GetProperty("redactions").GetProperty("EMAIL").GetInt32());

        var reading = await CallOkAsync(client, "analyze_evidence", new { text = CrashLog + "2026-05-02T10:00:03Z INFO  owner ana@example.com paged\n", fileName = "worker.log" });
        Assert.Equal(JsonValueKind.Null, reading.GetProperty("uploadId").ValueKind);
        Assert.Equal("log", reading.GetProperty("classification").GetProperty("type").GetString());
        Assert.Equal(1, reading.GetProperty("redactions").GetProperty("EMAIL").GetInt64());
        var log = reading.GetProperty("analysis").GetProperty("log");
        Assert.Contains(log.GetProperty("errorClusters").EnumerateArray(), c => c.GetRawText().Contains("QUEUE_URL", StringComparison.Ordinal));
        Assert.DoesNotContain("ana@example.com", reading.GetRawText(), StringComparison.Ordinal);

        var opened = await CallOkAsync(client, "open_case", new { title = "worker down, paged ana@example.com" });
        var caseId = opened.GetProperty("id").GetString()!;
        Assert.StartsWith("case_", caseId, StringComparison.Ordinal);
        Assert.Equal("worker down, paged <EMAIL_1>", opened.GetProperty("title").GetString());
        Assert.Equal("open", opened.GetProperty("status").GetString());

        var attached = await CallOkAsync(client, "analyze_evidence", new { text = CrashLog, fileName = "worker.log", caseId });
        var uploadId = attached.GetProperty("uploadId").GetString()!;
        Assert.StartsWith("dat_", uploadId, StringComparison.Ordinal);

        var answer = await CallOkAsync(client, "ask", new { caseId, question = "why is the worker down? the on-call is ana@example.com" });
        Assert.Equal(caseId, answer.GetProperty("caseId").GetString());
        Assert.Equal("offline analysis", answer.GetProperty("engine").GetString());
        Assert.Contains("QUEUE_URL", answer.GetProperty("rootCause").GetString(), StringComparison.Ordinal);
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == uploadId && c.GetProperty("startLine").GetInt32() == 2);
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("answer").GetString()));

        var investigation = await CallOkAsync(client, "get_investigation", new { caseId });
        Assert.Equal("investigating", investigation.GetProperty("case").GetProperty("status").GetString());
        var turns = investigation.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(["user", "assistant"], turns.Select(t => t.GetProperty("role").GetString()));
        // The question was stored as the API stores it: redacted.
        Assert.Contains("<EMAIL_1>", turns[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ana@example.com", investigation.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(answer.GetProperty("rootCause").GetString(), investigation.GetProperty("latestAnswer").GetProperty("root_cause").GetString());
        Assert.NotEqual(0, investigation.GetProperty("investigation").GetProperty("hypotheses").GetArrayLength());

        // Without a case, ask opens one titled after the question.
        var oneShot = await CallOkAsync(client, "ask", new { question = "worker keeps exiting", evidence = new[] { new { text = CrashLog, fileName = "w.log" } } });
        Assert.NotEqual(caseId, oneShot.GetProperty("caseId").GetString());
        Assert.Single(oneShot.GetProperty("uploads").EnumerateArray());

        var found = await CallOkAsync(client, "search_knowledge", new { query = "QUEUE_URL is not set", limit = 3 });
        Assert.Equal("QUEUE_URL is not set", found.GetProperty("query").GetString());
        if (runbookId is not null)
        {
            Assert.Equal(runbookId, found.GetProperty("results")[0].GetProperty("documentId").GetString());
        }

        return caseId;
    }

    /// <summary>Arguments a tool cannot use are <c>isError</c> results that say what is wrong, and the session carries on.</summary>
    public static async Task BadArgumentsAreToolErrorsAsync(McpClient client, long maxUploadBytes)
    {
        var missing = await CallErrorAsync(client, "get_investigation", new { }, "urn:faultmaven:problem:validation");
        Assert.Contains("caseId", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await CallErrorAsync(client, "search_knowledge", new { query = "disk", limit = "many" }, "urn:faultmaven:problem:validation");
        await CallErrorAsync(client, "search_knowledge", new { query = "disk", limit = 0 }, "urn:faultmaven:problem:validation");
        var kind = await CallErrorAsync(client, "search_knowledge", new { query = "disk", kind = "novel" }, "urn:faultmaven:problem:validation");
        Assert.Contains("runbook", kind.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await CallErrorAsync(client, "search_knowledge", new { query = new string('q', 2_001) }, "urn:faultmaven:problem:validation");
        await CallErrorAsync(client, "redact_text", new { text = "" }, "urn:faultmaven:problem:validation");
        await CallErrorAsync(client, "open_case", new { title = "  " }, "urn:faultmaven:problem:validation");
        await CallErrorAsync(client, "open_case", new { title = new string('t', 201) }, "urn:faultmaven:problem:validation");
        await CallErrorAsync(client, "ask", new { question = " " }, "urn:faultmaven:problem:validation");
        await CallErrorAsync(client, "ask", new { question = "why?", evidence = new[] { new { fileName = "empty.log" } } }, "urn:faultmaven:problem:validation");
        await CallErrorAsync(client, "ask", new { question = "why?", caseId = "case_missing" }, "urn:faultmaven:problem:not-found");
        await CallErrorAsync(client, "get_investigation", new { caseId = "case_missing" }, "urn:faultmaven:problem:not-found");
        await CallErrorAsync(client, "analyze_evidence", new { text = new string('x', (int)maxUploadBytes + 1) }, "urn:faultmaven:problem:payload-too-large");
        await CallErrorAsync(client, "analyze_evidence", new { text = "\0\u0001\u0002binary\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" }, "urn:faultmaven:problem:unsupported-media-type");
        var unknown = await Assert.ThrowsAsync<McpProtocolException>(() => CallAsync(client, "delete_everything"));
        Assert.Contains("delete_everything", unknown.Message, StringComparison.Ordinal);

        // Still serving.
        await CallOkAsync(client, "redact_text", new { text = "fine" });
    }

    /// <summary>Keeps what the SDK's client reports, as it reports it (no synchronisation context in between).</summary>
    private sealed class RecordingProgress : IProgress<ProgressNotificationValue>
    {
        private readonly List<ProgressNotificationValue> _values = [];

        public List<ProgressNotificationValue> Values
        {
            get
            {
                lock (_values)
                {
                    return [.. _values];
                }
            }
        }

        public void Report(ProgressNotificationValue value)
        {
            lock (_values)
            {
                _values.Add(value);
            }
        }
    }
}
