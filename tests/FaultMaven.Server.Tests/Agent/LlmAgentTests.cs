using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>The agent through a language model, end to end: a real server configured with providers that are local servers speaking
/// the OpenAI or Anthropic protocol. The tool loop, structured output and its fallbacks, citation validation, the offline fallback,
/// provider health, and a planted secret that must reach no endpoint.</summary>
public sealed partial class LlmAgentTests : IAsyncLifetime
{
    private const string Email = "maria.garcia@example.com";
    private const string Password = "Sup3r-S3cret-Pa55";
    // Not AWS's documented example key: the redactor rightly treats that one (…EXAMPLE) as a placeholder, not a secret.
    private const string AwsKey = "AKIAZ7Q3MX5TLP2WNR4K";

    private static readonly string Log =
        "2026-05-02T10:00:00Z INFO  payments starting\n" +
        $"2026-05-02T10:00:01Z ERROR payments: connection refused to ledger-db:5432 (user {Email}, password={Password})\n" +
        $"2026-05-02T10:00:02Z WARN  payments: retrying with key {AwsKey}\n";

    private static readonly JsonSerializerOptions AsAModelWrites = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ScriptedLlmServer? _openAi;
    private ScriptedLlmServer? _anthropic;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _openAi = await ScriptedLlmServer.StartAsync(Token);
        _anthropic = await ScriptedLlmServer.StartAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _openAi!.DisposeAsync();
        await _anthropic!.DisposeAsync();
    }

    [Fact]
    public async Task ToolLoop_StructuredAnswer_ValidatedCitations_NoSecretLeaves()
    {
        _openAi!.Then(
            LlmStep.CallTool("query_logs", body => $"{{\"upload_id\":\"{UploadId(body)}\",\"text\":\"ERROR\"}}"),
            LlmStep.Reply(body => JsonSerializer.Serialize(new
            {
                root_cause = "payments cannot reach its database ledger-db: connections are refused.",
                category = "dependency_failure",
                phase = "validation",
                phase_reason = "one log; the database side is unseen",
                hypotheses = new object[]
                {
                    new { statement = "ledger-db is down or not listening", confidence = 0.8, status = "supported", evidence_for = new[] { $"upload:{UploadId(body)}:L2-L2", "upload:dat_invented:L9" } },
                    new { statement = "a firewall change blocks 5432", confidence = 0.3, status = "proposed", evidence_for = new[] { "finding:dat_invented/log-1" } },
                },
                evidence_requests = new[] { new { what = "ledger-db status", why = "separates down from blocked", how = "pg_isready -h ledger-db" } },
                answer = "## Root cause\n\npayments cannot reach ledger-db.",
            })));
        await using var server = await StartAsync(("FM_OPENAI_API_KEY", "sk-test"), ("FM_OPENAI_URL", _openAi.OpenAIEndpoint.ToString()), ("FM_LLM_PRICES", "scripted-gpt=2/10"));

        var reply = await QueryAsync(server, $"Why is payments failing? I am {Email}.");

        Assert.StartsWith("openai", reply.GetProperty("engine").GetString(), StringComparison.Ordinal);
        Assert.Equal("dependency_failure", reply.GetProperty("category").GetString());
        Assert.Contains("ledger-db", reply.GetProperty("root_cause").GetString(), StringComparison.Ordinal);
        var hypotheses = reply.GetProperty("investigation").GetProperty("hypotheses");
        var only = Assert.Single(hypotheses.EnumerateArray()); // the one citing only invented evidence is rejected
        Assert.Equal(2, Assert.Single(only.GetProperty("evidenceFor").EnumerateArray()).GetProperty("startLine").GetInt32());
        Assert.Contains("does not exist", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("validation", reply.GetProperty("investigation").GetProperty("phase").GetString());
        Assert.True(reply.GetProperty("usage").GetProperty("costUsd").GetDouble() > 0);

        var requests = _openAi.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Contains("connection refused to ledger-db", requests[1], StringComparison.Ordinal); // the tool result went back
        Assert.Contains("\"response_format\"", requests[0], StringComparison.Ordinal); // structured output asked for
        foreach (var body in requests)
        {
            Assert.DoesNotContain(Email, body, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, body, StringComparison.Ordinal);
            Assert.DoesNotContain(AwsKey, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProseInsteadOfJson_KeepsTheOfflineState_AndTheModelsRootCause()
    {
        _anthropic!.Then(LlmStep.Reply("Here is what I see.\n\n## Root cause\n\nledger-db refuses connections on 5432.\n\n## Next\n\nCheck it."));
        await using var server = await StartAsync(("FM_ANTHROPIC_API_KEY", "sk-ant-test"), ("FM_ANTHROPIC_URL", _anthropic.Address.ToString()));

        var reply = await QueryAsync(server, "why is payments failing?");

        Assert.StartsWith("anthropic", reply.GetProperty("engine").GetString(), StringComparison.Ordinal);
        Assert.Equal("ledger-db refuses connections on 5432.", reply.GetProperty("root_cause").GetString());
        Assert.Equal("dependency_failure", reply.GetProperty("category").GetString()); // from the offline reading
        Assert.NotEmpty(reply.GetProperty("investigation").GetProperty("hypotheses").EnumerateArray());
    }

    [Fact]
    public async Task JsonInACodeFence_IsRead()
    {
        _openAi!.Then(LlmStep.Reply("Sure:\n```json\n{\"rootCause\": \"ledger-db is down\", \"category\": \"dependency_failure\", \"hypotheses\": [{\"statement\": \"ledger-db is down\", \"confidence\": 0.7,}]}\n```"));
        await using var server = await StartAsync(("FM_OPENAI_API_KEY", "sk-test"), ("FM_OPENAI_URL", _openAi.OpenAIEndpoint.ToString()));

        var reply = await QueryAsync(server, "why?");

        Assert.Equal("ledger-db is down", reply.GetProperty("root_cause").GetString());
        Assert.Equal("ledger-db is down", reply.GetProperty("investigation").GetProperty("hypotheses")[0].GetProperty("statement").GetString());
    }

    [Fact]
    public async Task EveryProviderDown_AnswersOffline_AndHealthSaysWhich()
    {
        _openAi!.Otherwise = LlmStep.Fail(500);
        _anthropic!.Otherwise = LlmStep.Fail(429, retryAfterSeconds: 3600);
        await using var server = await StartAsync(
            ("FM_OPENAI_API_KEY", "sk-test"), ("FM_OPENAI_URL", _openAi.OpenAIEndpoint.ToString()),
            ("FM_ANTHROPIC_API_KEY", "sk-ant-test"), ("FM_ANTHROPIC_URL", _anthropic.Address.ToString()),
            ("FM_LLM_PROVIDERS", "anthropic,openai"), ("FM_LLM_RETRIES", "0"));

        var reply = await QueryAsync(server, "why is payments failing?");

        Assert.Equal("offline analysis", reply.GetProperty("engine").GetString());
        Assert.Contains("No language model answered", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("dependency_failure", reply.GetProperty("category").GetString());
        Assert.Single(_anthropic.Requests); // a Retry-After of an hour is a reason to fail over, not to wait

        var health = await (await server.Client.GetAsync("/health/ready", Token)).ReadJsonAsync(Token);
        var components = health.GetProperty("components");
        Assert.Contains("answered 500", components.GetProperty("llm:openai").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("answered 429", components.GetProperty("llm:anthropic").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test", health.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondTurn_SendsTheConversation_AndTheStateSoFar()
    {
        _openAi!.Otherwise = LlmStep.Reply("{\"root_cause\": \"ledger-db refuses connections\", \"phase\": \"validation\", \"hypotheses\": [{\"statement\": \"ledger-db is down\", \"confidence\": 0.6}]}");
        await using var server = await StartAsync(("FM_OPENAI_API_KEY", "sk-test"), ("FM_OPENAI_URL", _openAi.OpenAIEndpoint.ToString()), ("FM_LLM_CACHE", "off"));
        var first = await QueryAsync(server, "why is payments failing since the deploy?");
        var caseId = first.GetProperty("caseId").GetString();

        using var second = await server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "pg_isready says accepting connections" }, Token);

        Assert.True(second.IsSuccessStatusCode);
        var body = _openAi.Requests.Last();
        Assert.Contains("Conversation so far", body, StringComparison.Ordinal);
        Assert.Contains("why is payments failing since the deploy?", body, StringComparison.Ordinal);
        Assert.Contains("ledger-db is down [Proposed, 0.60]", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventStream_ShowsTheModelsToolCallsLive()
    {
        _openAi!.Then(
            LlmStep.CallTool("get_case_data", _ => "{}"),
            LlmStep.Reply("{\"root_cause\": \"ledger-db refuses connections\"}"));
        await using var server = await StartAsync(("FM_OPENAI_API_KEY", "sk-test"), ("FM_OPENAI_URL", _openAi.OpenAIEndpoint.ToString()));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agent/query")
        {
            Content = ApiAssert.Json(JsonSerializer.Serialize(new { message = "why?", files = new[] { new { content = Log, filename = "payments.log" } } })),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Token);

        var progress = new List<string>();
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(Token)).EnumerateAsync(Token))
        {
            if (item.EventType == "progress")
            {
                var step = JsonDocument.Parse(item.Data).RootElement;
                progress.Add($"{step.GetProperty("step").GetString()}: {step.GetProperty("detail").GetString()}");
            }
        }

        Assert.Contains(progress, p => p.StartsWith("model:", StringComparison.Ordinal));
        Assert.Contains("tool: get_case_data()", progress);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task EventStream_ShowsTheModelsAnswerWhileItIsWritten_ThenTheFinalReply(string provider)
    {
        // The model stops half-way through its answer until the test has seen the first half arrive as a draft: a server that only
        // sent the text at the end would never show it, and the test would fail on its timeout.
        var gate = new TaskCompletionSource();
        // Written as a model writes it: the engineer's address by its pseudonym, '<' unescaped.
        var answer = JsonSerializer.Serialize(new
        {
            root_cause = "ledger-db refuses connections — \"pool\" exhausted for <EMAIL_1>",
            hypotheses = new[] { new { statement = "ledger-db is down", confidence = 0.7 } },
            answer = "## Root cause\n\nledger-db refuses connections.\n\n## Next\n\nRun `pg_isready -h ledger-db`.",
        }, AsAModelWrites);
        var split = answer.IndexOf("## Next", StringComparison.Ordinal);
        var scripted = provider == "openai" ? _openAi! : _anthropic!;
        scripted.Then(LlmStep.CallTool("get_case_data", _ => "{}"), LlmStep.StreamInTwo(answer, split, gate.Task));
        await using var server = provider == "openai"
            ? await StartAsync(("FM_OPENAI_API_KEY", "sk-test"), ("FM_OPENAI_URL", _openAi!.OpenAIEndpoint.ToString()), ("FM_LLM_CACHE", "off"), ("FM_LLM_PRICES", "scripted-gpt=2/10"))
            : await StartAsync(("FM_ANTHROPIC_API_KEY", "sk-ant-test"), ("FM_ANTHROPIC_URL", _anthropic!.Address.ToString()), ("FM_LLM_CACHE", "off"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agent/query")
        {
            Content = ApiAssert.Json(JsonSerializer.Serialize(new { message = "why?", files = new[] { new { content = Log, filename = "payments.log" } } })),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        var events = new List<string>();
        var draft = new System.Text.StringBuilder();
        string? draftWhenHalted = null;
        JsonElement reply = default;
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(timeout.Token)).EnumerateAsync(timeout.Token))
        {
            events.Add(item.EventType);
            if (item.EventType == "draft")
            {
                draft.Append(JsonSerializer.Deserialize<string>(item.Data));
                if (draftWhenHalted is null && draft.ToString().Contains("## Root cause", StringComparison.Ordinal))
                {
                    draftWhenHalted = draft.ToString();
                    gate.SetResult();
                }
            }
            else if (item.EventType == "reply")
            {
                reply = JsonDocument.Parse(item.Data).RootElement.Clone();
            }
        }

        // The person reads prose, not JSON: the root cause (unescaped, in the case's pseudonyms as it is stored, issue 18) and then
        // the answer, as written.
        Assert.NotNull(draftWhenHalted);
        Assert.StartsWith("**Root cause:** ledger-db refuses connections — \"pool\" exhausted for <EMAIL_1>\n\n## Root cause", draftWhenHalted, StringComparison.Ordinal);
        Assert.DoesNotContain("## Next", draftWhenHalted, StringComparison.Ordinal);
        Assert.DoesNotContain("hypotheses", draft.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("Run `pg_isready -h ledger-db`.", draft.ToString(), StringComparison.Ordinal);
        // Drafts come while the model writes, before the state and the final text; the reply still carries the usage of both rounds.
        Assert.True(events.IndexOf("draft") < events.IndexOf("state") && events.IndexOf("state") < events.IndexOf("token"));
        Assert.Contains("## Next", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1500, reply.GetProperty("usage").GetProperty("inputTokens").GetInt64());
        Assert.Equal(220, reply.GetProperty("usage").GetProperty("outputTokens").GetInt64());
        // What went to the model was redacted, though the draft shows the engineer's own address.
        Assert.DoesNotContain(Email, string.Join("\n", scripted.Requests), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("model-tools:off", false)]
    [InlineData("model-tools:on", true)]
    public async Task ModelToolsFlag_DecidesWhetherTheModelIsSentTools(string features, bool toolsSent)
    {
        _openAi!.Otherwise = LlmStep.Reply("{\"root_cause\": \"ledger-db refuses connections\", \"category\": \"dependency_failure\"}");
        await using var server = await StartAsync(("FM_OPENAI_API_KEY", "sk-test"), ("FM_OPENAI_URL", _openAi.OpenAIEndpoint.ToString()), ("FM_LLM_CACHE", "off"), ("FM_FEATURES", features));

        var reply = await QueryAsync(server, "why is payments failing?");

        Assert.Equal("ledger-db refuses connections", reply.GetProperty("root_cause").GetString());
        var body = JsonDocument.Parse(Assert.Single(_openAi.Requests)).RootElement;
        Assert.Equal(toolsSent, body.TryGetProperty("tools", out var tools) && tools.GetArrayLength() > 0);
        Assert.Equal(toolsSent, body.TryGetProperty("tool_choice", out _));
        // Without tools the model is told so, and still gets the evidence in its one request.
        Assert.Equal(!toolsSent, body.ToString().Contains("No tools are available", StringComparison.Ordinal));
        Assert.Contains("connection refused to ledger-db", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriedTurn_GetsTheStoredAnswer_WithoutAskingTheModelAgain()
    {
        _openAi!.Otherwise = LlmStep.Reply("{\"root_cause\": \"ledger-db refuses connections\"}");
        await using var server = await StartAsync(("FM_OPENAI_API_KEY", "sk-test"), ("FM_OPENAI_URL", _openAi.OpenAIEndpoint.ToString()), ("FM_LLM_CACHE", "off"));
        var caseId = (await (await server.Client.PostJsonAsync("/api/v1/cases", new { title = "payments" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();

        async Task<JsonElement> TurnAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/turns")
            {
                Content = ApiAssert.Json(JsonSerializer.Serialize(new { message = "why?", files = new[] { new { content = Log, filename = "payments.log" } } })),
            };
            request.Headers.Add("Idempotency-Key", "turn-1");
            using var response = await server.Client.SendAsync(request, Token);
            return await response.ReadJsonAsync(Token);
        }

        var first = await TurnAsync();
        var second = await TurnAsync();

        Assert.Single(_openAi.Requests);
        Assert.Equal(first.GetProperty("text").GetString(), second.GetProperty("text").GetString());
        Assert.Equal(first.GetProperty("root_cause").GetString(), second.GetProperty("root_cause").GetString());
        Assert.Equal(first.GetProperty("usage").GetProperty("inputTokens").GetInt64(), second.GetProperty("usage").GetProperty("inputTokens").GetInt64());
        var turns = await (await server.Client.GetAsync($"/api/v1/cases/{caseId}/turns", Token)).ReadJsonAsync(Token);
        Assert.Equal(2, turns.GetProperty("total").GetInt32());
        Assert.False(turns.GetProperty("items")[1].TryGetProperty("reply", out _)); // stored for retries, not shown in the conversation

        using var another = await server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "and now?" }, Token);
        var usage = await (await server.Client.GetAsync($"/api/v1/cases/{caseId}/usage", Token)).ReadJsonAsync(Token);
        Assert.Equal(2, usage.GetProperty("modelTurns").GetInt32());
        Assert.Equal(2 * first.GetProperty("usage").GetProperty("inputTokens").GetInt64(), usage.GetProperty("inputTokens").GetInt64());
        Assert.Equal("openai", Assert.Single(usage.GetProperty("byProvider").EnumerateArray()).GetProperty("provider").GetString());
    }

    private static async Task<InProcessServer> StartAsync(params (string Name, string Value)[] settings) =>
        await InProcessServer.StartAsync(settings.ToDictionary(s => s.Name, s => (string?)s.Value), cancellationToken: Token);

    private static async Task<JsonElement> QueryAsync(InProcessServer server, string question)
    {
        using var response = await server.Client.PostJsonAsync("/api/v1/agent/query", new { message = question, files = new[] { new { content = Log, filename = "payments.log" } } }, Token);
        var body = await response.ReadJsonAsync(Token);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static string UploadId(string body) => UploadPattern().Match(body).Value;

    [GeneratedRegex(@"dat_[0-9a-f]{32}")]
    private static partial Regex UploadPattern();
}
