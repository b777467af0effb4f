using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.ScaleOut;

/// <summary>Two server instances on different ports sharing real Redis and PostgreSQL are one system: whatever one is told, the
/// other knows.</summary>
public sealed class TwoInstancesTests(ServerStores servers) : IAsyncLifetime
{
    private const string Log = """
        2026-03-01T10:00:00Z INFO  payments started
        2026-03-01T10:00:05Z ERROR payments could not connect to ledger-db:5432: connection refused
        2026-03-01T10:00:06Z ERROR payments could not connect to ledger-db:5432: connection refused
        2026-03-01T10:00:07Z ERROR payments request failed: 503 upstream unavailable
        """;

    private InProcessServer _a = null!;
    private InProcessServer _b = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var settings = await servers.NewSettingsAsync();
        // Both start at once, as a rolling deployment would: the migration runs once under its lock.
        var started = await Task.WhenAll(InProcessServer.StartAsync(settings, cancellationToken: Token), InProcessServer.StartAsync(settings, cancellationToken: Token));
        (_a, _b) = (started[0], started[1]);
    }

    public async ValueTask DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task A_session_opened_on_one_instance_lives_on_the_other()
    {
        var created = await (await _a.Client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli", userLabel = "ana" }, Token)).ReadJsonAsync(Token);
        var id = created.GetProperty("id").GetString();

        var onB = await (await _b.Client.GetAsync($"/api/v1/sessions/{id}", Token)).ReadJsonAsync(Token);
        Assert.Equal("ana", onB.GetProperty("userLabel").GetString());
        var beat = await (await _b.Client.PostAsync($"/api/v1/sessions/{id}/heartbeat", null, Token)).ReadJsonAsync(Token);
        Assert.True(beat.GetProperty("expiresAt").GetDateTimeOffset() >= created.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Contains(id, (await (await _a.Client.GetAsync("/api/v1/sessions", Token)).ReadJsonAsync(Token)).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await _b.Client.DeleteAsync($"/api/v1/sessions/{id}", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _a.Client.GetAsync($"/api/v1/sessions/{id}", Token)).StatusCode);
    }

    [Fact]
    public async Task A_case_investigated_on_one_instance_continues_on_the_other_with_its_evidence()
    {
        var caseId = (await (await _a.Client.PostJsonAsync("/api/v1/cases", new { title = "payments down" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();
        var first = await (await _a.Client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "why is payments failing?", files = new[] { new { content = Log, filename = "payments.log" } } }, Token)).ReadJsonAsync(Token);
        Assert.Contains("ledger-db", first.GetProperty("root_cause").GetString());
        var uploadId = first.GetProperty("uploads")[0].GetString();

        // B reads the upload's text (kept in PostgreSQL, never on B's disk before) and answers the next turn from it.
        var content = await _b.Client.GetStringAsync($"/api/v1/cases/{caseId}/data/{uploadId}/content", Token);
        Assert.Contains("connection refused", content);
        var second = await (await _b.Client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "is it still failing?" }, Token)).ReadJsonAsync(Token);
        Assert.Contains("ledger-db", second.GetProperty("root_cause").GetString());

        var turns = await (await _a.Client.GetAsync($"/api/v1/cases/{caseId}/turns", Token)).ReadJsonAsync(Token);
        Assert.Equal(4, turns.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _a.Client.GetAsync($"/api/v1/cases/{caseId}/investigation", Token)).StatusCode);
    }

    [Fact]
    public async Task A_document_added_on_one_instance_is_searchable_on_the_other_within_a_second()
    {
        var created = await _a.Client.PostJsonAsync("/api/v1/knowledge/documents", new
        {
            id = "rb-zookeeper",
            title = "ZooKeeper session expiry",
            text = "# ZooKeeper session expired\n\nWhen brokers log `zookeeper session expired`, raise zookeeper.session.timeout.ms and check GC pauses.",
        }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var found = await WaitAsync(_b, "zookeeper session expired", present: true);
        TestContext.Current.TestOutputHelper?.WriteLine($"searchable on B after {found.TotalMilliseconds:0} ms");
        Assert.True(found < TimeSpan.FromSeconds(1), $"B found the document after {found.TotalMilliseconds:0} ms");

        Assert.Equal(HttpStatusCode.NoContent, (await _b.Client.DeleteAsync("/api/v1/knowledge/documents/rb-zookeeper", Token)).StatusCode);
        var gone = await WaitAsync(_a, "zookeeper session expired", present: false);
        TestContext.Current.TestOutputHelper?.WriteLine($"gone from A after {gone.TotalMilliseconds:0} ms");
        Assert.True(gone < TimeSpan.FromSeconds(1), $"A still found the deleted document after {gone.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_turn_sent_once_to_each_instance_with_one_idempotency_key_is_applied_once()
    {
        var caseId = (await (await _a.Client.PostJsonAsync("/api/v1/cases", new { title = "retry" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();

        async Task<JsonElement> TurnAsync(InProcessServer server)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/turns")
            {
                Content = ApiAssert.Json(JsonSerializer.Serialize(new { message = "why?", files = new[] { new { content = Log, filename = "payments.log" } } })),
            };
            request.Headers.Add("Idempotency-Key", "turn-7");
            using var response = await server.Client.SendAsync(request, Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.ReadJsonAsync(Token);
        }

        var replies = await Task.WhenAll(TurnAsync(_a), TurnAsync(_b));

        Assert.Equal(replies[0].GetProperty("text").GetString(), replies[1].GetProperty("text").GetString());
        var turns = await (await _b.Client.GetAsync($"/api/v1/cases/{caseId}/turns", Token)).ReadJsonAsync(Token);
        Assert.Equal(2, turns.GetProperty("total").GetInt32()); // one question, one answer
        var uploads = await (await _a.Client.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token);
        Assert.Equal(1, uploads.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_retry_sent_to_the_other_instance_while_the_model_still_answers_waits_for_that_answer_instead_of_asking_again()
    {
        await using var model = await ScriptedLlmServer.StartAsync(Token);
        model.Otherwise = LlmStep.Slow(TimeSpan.FromSeconds(2), "{\"root_cause\": \"ledger-db refuses connections\", \"category\": \"network\"}");
        var settings = new Dictionary<string, string?>(await servers.NewSettingsAsync())
        {
            ["FM_OPENAI_API_KEY"] = "sk-test",
            ["FM_OPENAI_URL"] = model.OpenAIEndpoint.ToString(),
            ["FM_LLM_CACHE"] = "off",
        };
        await using var a = await InProcessServer.StartAsync(settings, cancellationToken: Token);
        await using var b = await InProcessServer.StartAsync(settings, cancellationToken: Token);
        var caseId = (await (await a.Client.PostJsonAsync("/api/v1/cases", new { title = "retry during the answer" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();

        async Task<JsonElement> TurnAsync(InProcessServer server)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/turns") { Content = ApiAssert.Json("""{"message":"why is payments failing?"}""") };
            request.Headers.Add("Idempotency-Key", "turn-slow");
            using var response = await server.Client.SendAsync(request, Token);
            return await response.ReadJsonAsync(Token);
        }

        var first = TurnAsync(a);
        await Task.Delay(500, Token); // the retry arrives while the first attempt waits for the model
        var replies = await Task.WhenAll(first, TurnAsync(b));

        Assert.Single(model.Requests);
        Assert.Equal(replies[0].GetProperty("text").GetString(), replies[1].GetProperty("text").GetString());
        Assert.Equal(2, (await (await b.Client.GetAsync($"/api/v1/cases/{caseId}/turns", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pseudonyms_given_on_one_instance_mean_the_same_on_the_other()
    {
        var caseId = (await (await _a.Client.PostJsonAsync("/api/v1/cases", new { title = "login failures" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();

        async Task<string> PasteAsync(InProcessServer server, string text)
        {
            var upload = await (await server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new { content = text, filename = "auth.log" }, Token)).ReadJsonAsync(Token);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{caseId}/data/{upload.GetProperty("id").GetString()}/content");
            request.Headers.Accept.ParseAdd("text/plain");
            using var response = await server.Client.SendAsync(request, Token);
            return await response.Content.ReadAsStringAsync(Token);
        }

        var onA = await PasteAsync(_a, "2026-03-01T10:00:00Z ERROR auth login failed for ana.silva@example.com\n");
        // B reads A's pseudonyms (sealed with the key the instances share) and goes on numbering after them.
        var onB = await PasteAsync(_b, "2026-03-01T10:05:00Z ERROR auth login failed for joao.costa@example.com and ana.silva@example.com\n");

        var token = System.Text.RegularExpressions.Regex.Match(onA, "<EMAIL_[0-9]+>").Value;
        Assert.Equal("<EMAIL_1>", token);
        // The new address gets the next number; the known one keeps A's (a map of B's own would have numbered joão first).
        Assert.Contains("<EMAIL_2> and <EMAIL_1>", onB);
        Assert.DoesNotContain("@example.com", onA + onB);
    }

    [Fact]
    public async Task The_model_answer_cache_is_one_cache_for_both_instances()
    {
        var onA = (Microsoft.Extensions.Caching.Distributed.IDistributedCache)_a.Services.GetService(typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache))!;
        var onB = (Microsoft.Extensions.Caching.Distributed.IDistributedCache)_b.Services.GetService(typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache))!;

        await onA.SetAsync("answer-1", [1, 2, 3], new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) }, Token);

        Assert.Equal([1, 2, 3], await onB.GetAsync("answer-1", Token));
    }

    [Fact]
    public async Task Readiness_reports_both_server_stores_with_their_latency()
    {
        var ready = await (await _a.Client.GetAsync("/health/ready", Token)).ReadJsonAsync(Token);
        var components = ready.GetProperty("components");

        foreach (var store in new[] { "postgresql", "redis" })
        {
            Assert.Equal("healthy", components.GetProperty(store).GetProperty("status").GetString());
            Assert.True(components.GetProperty(store).GetProperty("latencyMs").GetDouble() >= 0);
        }

        Assert.False(components.TryGetProperty("sqlite", out _));
    }

    /// <summary>Searches <paramref name="server"/> until the query finds something (or nothing); how long that took.</summary>
    private static async Task<TimeSpan> WaitAsync(InProcessServer server, string query, bool present)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var results = (await (await server.Client.GetAsync($"/api/v1/knowledge/search?q={Uri.EscapeDataString(query)}", Token)).ReadJsonAsync(Token)).GetProperty("results");
            if (results.GetArrayLength() > 0 == present)
            {
                return clock.Elapsed;
            }

            await Task.Delay(20, Token);
        }

        return clock.Elapsed;
    }
}
