using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Server.Configuration;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>The semantic cache end to end: a real server with the local embedder, asking a scripted model that records every request.
/// A question alike in meaning on a new case with the same evidence is answered without a model request and cites the new case's
/// upload; other evidence, another team, the flag off, embeddings off, a stricter threshold or a failed model call all mean the model
/// is asked.</summary>
public sealed partial class SemanticCacheTests(ServerStores servers) : IAsyncLifetime
{
    private const string Email = "maria.garcia@example.com";

    private static readonly string Log =
        "2026-05-02T10:00:00Z INFO  payments starting\n" +
        $"2026-05-02T10:00:01Z ERROR payments: connection refused to ledger-db:5432 (user {Email})\n" +
        "2026-05-02T10:00:02Z WARN  payments: retrying in 5s\n";

    private static readonly string OtherLog =
        "2026-05-02T11:00:00Z INFO  checkout starting\n" +
        "2026-05-02T11:00:01Z ERROR checkout: OOMKilled, memory limit 512Mi exceeded\n";

    // A model writes '<' as it is, not as \u003C.
    private static readonly JsonSerializerOptions AsAModelWrites = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ScriptedLlmServer _llm = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _llm = await ScriptedLlmServer.StartAsync(Token);
        // The model cites the upload it was shown and names the engineer by the pseudonym it was given.
        _llm.Otherwise = LlmStep.Reply(body => JsonSerializer.Serialize(new
        {
            root_cause = "payments cannot reach ledger-db: connections to 5432 are refused.",
            category = "dependency_failure",
            phase = "validation",
            hypotheses = new[] { new { statement = "ledger-db is down", confidence = 0.8, status = "supported", evidence_for = new[] { $"upload:{UploadId(body)}:L2-L2" } } },
            answer = $"## Root cause\n\nledger-db refuses connections [upload:{UploadId(body)}:L2] for {Pseudonym(body)}.",
        }, AsAModelWrites));
    }

    public async ValueTask DisposeAsync() => await _llm.DisposeAsync();

    [Fact]
    public async Task AlikeQuestion_OnANewCase_WithTheSameEvidence_IsAnsweredWithoutTheModel_CitingTheNewUpload()
    {
        await using var server = await StartAsync();
        var first = await QueryAsync(server.Client, "Why is the payments service failing?", Log);
        // The answer names the engineer by this case's pseudonym: what is stored and returned is the pseudonymised form (issue 18).
        Assert.Matches(@"for <EMAIL_\d+>\.", first.GetProperty("text").GetString()!);
        Assert.DoesNotContain(Email, first.GetProperty("text").GetString()!, StringComparison.Ordinal);
        var (progress, second) = await StreamedQueryAsync(server.Client, "Why is the payments service failing right now?", Log);

        Assert.Single(_llm.Requests);
        Assert.Null(first.GetProperty("semanticCache").GetString());
        var newUpload = Assert.Single(second.GetProperty("uploads").EnumerateArray()).GetString()!;
        var oldUpload = Assert.Single(first.GetProperty("uploads").EnumerateArray()).GetString()!;
        Assert.NotEqual(first.GetProperty("caseId").GetString(), second.GetProperty("caseId").GetString());
        var cited = Assert.Single(second.GetProperty("investigation").GetProperty("hypotheses")[0].GetProperty("evidenceFor").EnumerateArray());
        Assert.Equal(newUpload, cited.GetProperty("id").GetString());
        Assert.Equal(2, cited.GetProperty("startLine").GetInt32());
        var text = second.GetProperty("text").GetString()!;
        Assert.Contains($"[upload:{newUpload}:L2]", text, StringComparison.Ordinal);
        Assert.DoesNotContain(oldUpload, text, StringComparison.Ordinal);
        // The pseudonym is this case's (the cache keeps labels, the asking case's map names the value), never the value itself.
        Assert.Matches(@"for <EMAIL_\d+>\.", text);
        Assert.DoesNotContain(Email, text, StringComparison.Ordinal);
        Assert.Contains("semantic cache", second.GetProperty("engine").GetString(), StringComparison.Ordinal);
        Assert.InRange(second.GetProperty("semanticCache").GetProperty("similarity").GetDouble(), 0.95, 1.0);
        Assert.False(second.TryGetProperty("usage", out var usage) && usage.ValueKind != JsonValueKind.Null);
        Assert.Contains(progress, p => p.StartsWith("cache: answered from the semantic cache", StringComparison.Ordinal));
        Assert.DoesNotContain(progress, p => p.StartsWith("model:", StringComparison.Ordinal));
        // The reuse is shown: which earlier question the answer was written for, in the reply, its text and the progress.
        Assert.Equal("Why is the payments service failing?", second.GetProperty("semanticCache").GetProperty("answeredQuestion").GetString());
        Assert.Contains("(“Why is the payments service failing?”)", text, StringComparison.Ordinal);
        Assert.Contains(progress, p => p.Contains("(“Why is the payments service failing?”)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AHit_ShowsTheQuestionItAnswered_Redacted()
    {
        await using var server = await StartAsync();
        await QueryAsync(server.Client, $"Why can't {Email} pay?", Log);
        var second = await QueryAsync(server.Client, $"why can't {Email} pay", Log);

        Assert.Single(_llm.Requests);
        var answered = second.GetProperty("semanticCache").GetProperty("answeredQuestion").GetString()!;
        Assert.DoesNotContain(Email, answered, StringComparison.Ordinal);
        Assert.Matches(@"^Why can't <EMAIL_\d+> pay\?$", answered);
    }

    [Fact]
    public async Task LiveSourcesOffered_TheCacheIsUnused_AndHealthSaysSo()
    {
        // Nothing listens on port 1; the query_prometheus tool is offered all the same, so answers are of their moment.
        await using var server = await StartAsync(("FM_FEATURES", "semantic-cache:on,live-sources:on"), ("FM_PROMETHEUS_URL", "http://127.0.0.1:1"));
        await QueryAsync(server.Client, "Why is the payments service failing?", Log);
        var second = await QueryAsync(server.Client, "Why is the payments service failing?", Log);

        Assert.Equal(2, _llm.Requests.Count);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("semanticCache").ValueKind);
        Assert.StartsWith("unused while live sources are configured (prometheus)", await HealthAsync(server), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScaledOut_AnotherInstance_AnswersFromTheSharedRedis_WhichHoldsOnlyRedactedText()
    {
        var stores = await servers.NewSettingsAsync();
        var settings = Settings();
        foreach (var (name, value) in stores)
        {
            settings[name] = value;
        }

        await using (var one = await InProcessServer.StartAsync(settings, cancellationToken: Token))
        {
            await QueryAsync(one.Client, "Why is the payments service failing?", Log);
        }

        await using var two = await InProcessServer.StartAsync(settings, cancellationToken: Token);
        var second = await QueryAsync(two.Client, "Why is the payments service failing?", Log);

        Assert.Single(_llm.Requests);
        Assert.Matches(@"for <EMAIL_\d+>\.", second.GetProperty("text").GetString()!);
        Assert.DoesNotContain(Email, second.GetProperty("text").GetString()!, StringComparison.Ordinal);
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(stores["FM_REDIS"]!);
        var keys = redis.GetServers()[0].Keys(pattern: "faultmaven:semcache:*").ToList();
        var entry = (string?)await redis.GetDatabase().ListGetByIndexAsync(Assert.Single(keys), 0);
        Assert.NotNull(entry);
        Assert.Contains("EMAIL_1", entry, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, entry, StringComparison.Ordinal);
        Assert.DoesNotMatch(UploadPattern(), entry);
    }

    [Theory]
    // The local embedder finds each pair more than 0.98 alike, yet the answer to the first is wrong for the second.
    [InlineData("Why is the payments service failing?", "Why isn't the payments service failing?")]
    [InlineData("Why did payments fail on 10.1.2.3?", "Why did payments fail on 10.9.8.7?")]
    [InlineData("Why did payments fail for order 99812?", "Why did payments fail for order 10443?")]
    public async Task AlikeQuestion_WithOtherNumbersOrANegation_AsksTheModel(string asked, string other)
    {
        await using var server = await StartAsync();
        await QueryAsync(server.Client, asked, Log);
        var second = await QueryAsync(server.Client, other, Log);
        Assert.Equal(2, _llm.Requests.Count);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("semanticCache").ValueKind);

        // The same literals in another case, order and punctuation still meet the cached answer.
        var same = await QueryAsync(server.Client, asked.ToLowerInvariant().TrimEnd('?'), Log);
        Assert.Equal(2, _llm.Requests.Count);
        Assert.Equal(JsonValueKind.Object, same.GetProperty("semanticCache").ValueKind);
    }

    [Fact]
    public void QuestionLiterals_AreTheNumbersIdsAndNegations_WhateverTheirOrderOrCase()
    {
        Assert.Equal(QuestionLiterals.Of("Why did db-prod-7 fail at 09:12?"), QuestionLiterals.Of("at 09:12, why did DB-PROD-7 fail"));
        Assert.Equal(QuestionLiterals.Of("Why is checkout not failing?"), QuestionLiterals.Of("why isn’t checkout failing"));
        Assert.Equal(QuestionLiterals.Of("Why is checkout failing?"), QuestionLiterals.Of("What is wrong with checkout?"));
        Assert.NotEqual(QuestionLiterals.Of("Why did db-prod-7 fail?"), QuestionLiterals.Of("Why did db-prod-2 fail?"));
        Assert.NotEqual(QuestionLiterals.Of("Why is checkout failing?"), QuestionLiterals.Of("Why is checkout never failing?"));
        Assert.NotEqual(QuestionLiterals.Of("Who is <EMAIL_1>?"), QuestionLiterals.Of("Who is <EMAIL_2>?"));
    }

    [Fact]
    public async Task SameQuestion_OnOtherEvidence_AsksTheModel()
    {
        await using var server = await StartAsync();
        await QueryAsync(server.Client, "Why is the service failing?", Log);
        var second = await QueryAsync(server.Client, "Why is the service failing?", OtherLog);

        Assert.Equal(2, _llm.Requests.Count);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("semanticCache").ValueKind);
    }

    [Fact]
    public async Task AnotherTeam_AsksTheModel_WhileTheSameTeamIsAnsweredFromTheCache()
    {
        await using var secured = await SecuredServer.StartAsync(Settings(), cancellationToken: Token);
        var (alice, _) = await secured.UserAsync("alice", "engineer", "red", Token);
        var (bob, _) = await secured.UserAsync("bob", "engineer", "blue", Token);
        var (rita, _) = await secured.UserAsync("rita", "engineer", "red", Token);

        await QueryAsync(alice, "Why is payments failing?", Log);
        var blue = await QueryAsync(bob, "Why is payments failing?", Log);
        Assert.Equal(2, _llm.Requests.Count);
        Assert.Equal(JsonValueKind.Null, blue.GetProperty("semanticCache").ValueKind);

        var red = await QueryAsync(rita, "Why is payments failing?", Log);
        Assert.Equal(2, _llm.Requests.Count);
        Assert.Equal(JsonValueKind.Object, red.GetProperty("semanticCache").ValueKind);
    }

    [Fact]
    public async Task FlagOff_AsksTheModelEveryTime_AndHealthSaysSo()
    {
        await using var server = await StartAsync(("FM_FEATURES", "semantic-cache:off"));
        await QueryAsync(server.Client, "Why is payments failing?", Log);
        await QueryAsync(server.Client, "Why is payments failing?", Log);

        Assert.Equal(2, _llm.Requests.Count);
        Assert.StartsWith("off: the semantic-cache flag is off", await HealthAsync(server), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbeddingsOff_AsksTheModelEveryTime_AndHealthSaysSo()
    {
        await using var server = await StartAsync(("FM_EMBEDDINGS", "off"));
        await QueryAsync(server.Client, "Why is payments failing?", Log);
        await QueryAsync(server.Client, "Why is payments failing?", Log);

        Assert.Equal(2, _llm.Requests.Count);
        Assert.StartsWith("off: embeddings are off", await HealthAsync(server), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedderDown_TheModelAnswersEveryTurn()
    {
        // Nothing listens on port 1: every embedding request is refused.
        await using var server = await StartAsync(("FM_EMBEDDINGS", "remote"), ("FM_EMBEDDINGS_URL", "http://127.0.0.1:1/v1"), ("FM_DATA_WARMUP", "false"));
        var first = await QueryAsync(server.Client, "Why is payments failing?", Log);
        var second = await QueryAsync(server.Client, "Why is payments failing?", Log);

        Assert.Equal(2, _llm.Requests.Count);
        Assert.StartsWith("openai", second.GetProperty("engine").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("semanticCache").ValueKind);
        Assert.Equal(first.GetProperty("root_cause").GetString(), second.GetProperty("root_cause").GetString());
    }

    [Fact]
    public async Task ThresholdOfOne_AnswersOnlyTheSameQuestion()
    {
        await using var server = await StartAsync(("FM_SEMANTIC_CACHE_THRESHOLD", "1"));
        await QueryAsync(server.Client, "Why is the payments service failing?", Log);
        var alike = await QueryAsync(server.Client, "Why is the payments service failing right now?", Log);
        Assert.Equal(2, _llm.Requests.Count);
        Assert.Equal(JsonValueKind.Null, alike.GetProperty("semanticCache").ValueKind);

        var same = await QueryAsync(server.Client, "Why is the payments service failing?", Log);
        Assert.Equal(2, _llm.Requests.Count);
        Assert.Equal(JsonValueKind.Object, same.GetProperty("semanticCache").ValueKind);
        Assert.StartsWith("on: answers given again for questions at least 1 alike", await HealthAsync(server), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedModelCall_IsNotCached()
    {
        _llm.Otherwise = LlmStep.Fail(500);
        await using var server = await StartAsync(("FM_LLM_RETRIES", "0"));
        var offline = await QueryAsync(server.Client, "Why is payments failing?", Log);
        Assert.Equal("offline analysis", offline.GetProperty("engine").GetString());

        _llm.Otherwise = LlmStep.Reply("{\"root_cause\": \"ledger-db is down\", \"category\": \"dependency_failure\"}");
        var answered = await QueryAsync(server.Client, "Why is payments failing?", Log);

        Assert.Equal(2, _llm.Requests.Count);
        Assert.StartsWith("openai", answered.GetProperty("engine").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, answered.GetProperty("semanticCache").ValueKind);
    }

    [Theory]
    [InlineData("FM_SEMANTIC_CACHE_THRESHOLD", "1.5")]
    [InlineData("FM_SEMANTIC_CACHE_THRESHOLD", "0.2")]
    [InlineData("FM_SEMANTIC_CACHE_TTL", "00:00:05")]
    public async Task BadSettings_StopStartUp_WithOneLineNamingTheVariable(string name, string value)
    {
        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(async () => await StartAsync((name, value)));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings((name, value))).Build();
        var line = Assert.Single(ConfigurationErrors.Describe(error, configuration));
        Assert.StartsWith($"{name} '{value}' is not valid: expected ", line, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Settings(params (string Name, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FM_OPENAI_API_KEY"] = "sk-test",
            ["FM_OPENAI_URL"] = _llm.OpenAIEndpoint.ToString(),
            // The exact-request cache would hide what this one does.
            ["FM_LLM_CACHE"] = "off",
            ["FM_FEATURES"] = "semantic-cache:on",
        };
        foreach (var (name, value) in overrides)
        {
            settings[name] = value;
        }

        return settings;
    }

    private async Task<InProcessServer> StartAsync(params (string Name, string Value)[] overrides) =>
        await InProcessServer.StartAsync(Settings(overrides), cancellationToken: Token);

    private static async Task<string> HealthAsync(InProcessServer server)
    {
        var health = await (await server.Client.GetAsync("/health/ready", Token)).ReadJsonAsync(Token);
        return health.GetProperty("components").GetProperty("semantic-cache").GetProperty("description").GetString()!;
    }

    private static async Task<JsonElement> QueryAsync(HttpClient client, string question, string log)
    {
        using var response = await client.PostJsonAsync("/api/v1/agent/query", new { message = question, files = new[] { new { content = log, filename = "service.log" } } }, Token);
        var body = await response.ReadJsonAsync(Token);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static async Task<(List<string> Progress, JsonElement Reply)> StreamedQueryAsync(HttpClient client, string question, string log)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agent/query")
        {
            Content = ApiAssert.Json(JsonSerializer.Serialize(new { message = question, files = new[] { new { content = log, filename = "service.log" } } })),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Token);
        var progress = new List<string>();
        JsonElement reply = default;
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(Token)).EnumerateAsync(Token))
        {
            if (item.EventType == "progress")
            {
                var step = JsonDocument.Parse(item.Data).RootElement;
                progress.Add($"{step.GetProperty("step").GetString()}: {step.GetProperty("detail").GetString()}");
            }
            else if (item.EventType == "reply")
            {
                reply = JsonDocument.Parse(item.Data).RootElement.Clone();
            }
        }

        Assert.Equal(JsonValueKind.Object, reply.ValueKind);
        return (progress, reply);
    }

    private static string UploadId(string body) => UploadPattern().Match(body).Value;

    // The request body is JSON, which may write '<' and '>' as \u003C and \u003E.
    private static string Pseudonym(string body) => $"<EMAIL_{PseudonymPattern().Match(body).Groups["n"].Value}>";

    [GeneratedRegex(@"dat_[0-9a-f]{32}")]
    private static partial Regex UploadPattern();

    [GeneratedRegex(@"(?:<|\\u003[Cc])EMAIL_(?<n>\d+)(?:>|\\u003[Ee])")]
    private static partial Regex PseudonymPattern();
}
