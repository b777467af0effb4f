using System.Net;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>Turns sent with an <c>Idempotency-Key</c> through a real server and a local model: a turn whose client went away is undone
/// and its retry answered once; a finished turn is replayed; a running one is a 409; a key reused for another request (other files,
/// or a body that differs only in a secret) is refused before anything is stored; the same bytes uploaded at once are kept once.</summary>
public sealed class IdempotentTurnTests : IAsyncLifetime
{
    private const string Log = "2026-05-02T10:00:01Z ERROR payments: connection refused to ledger-db:5432\n";
    private const string Answer = "{\"root_cause\": \"ledger-db refuses connections\", \"category\": \"network\"}";

    private ScriptedLlmServer _model = null!;
    private InProcessServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _model = await ScriptedLlmServer.StartAsync(Token);
        _model.Otherwise = LlmStep.Reply(Answer);
        _server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_OPENAI_API_KEY"] = "sk-test",
            ["FM_OPENAI_URL"] = _model.OpenAIEndpoint.ToString(),
            ["FM_LLM_CACHE"] = "off",
        }, cancellationToken: Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Fact]
    public async Task Issue18_StreamedTurnWhoseClientLeft_LeavesNothing_ItsRetryIsAnsweredOnce_ThenReplayed()
    {
        var caseId = await NewCaseAsync();
        _model.Otherwise = LlmStep.Slow(TimeSpan.FromSeconds(20), Answer);
        using (var gone = CancellationTokenSource.CreateLinkedTokenSource(Token))
        {
            using var request = TurnRequest(caseId, "turn-sse", new { message = "why?", files = new[] { new { content = Log, filename = "payments.log" } } });
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await _server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, gone.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            while (_model.Requests.IsEmpty)
            {
                await Task.Delay(50, Token);
            }

            // The client goes away while the model is still answering.
            await gone.CancelAsync();
        }

        // The cancelled turn is undone: no question without its answer, and the file it brought is not kept.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await TotalAsync($"/api/v1/cases/{caseId}/data") > 0 || await TotalAsync($"/api/v1/cases/{caseId}/turns") > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Token);
        }

        Assert.Equal(0, await TotalAsync($"/api/v1/cases/{caseId}/turns"));
        Assert.Equal(0, await TotalAsync($"/api/v1/cases/{caseId}/data"));

        _model.Otherwise = LlmStep.Reply(Answer);
        var body = new { message = "why?", files = new[] { new { content = Log, filename = "payments.log" } } };
        using var retried = await _server.Client.SendAsync(TurnRequest(caseId, "turn-sse", body), Token);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var asked = _model.Requests.Count;
        using var again = await _server.Client.SendAsync(TurnRequest(caseId, "turn-sse", body), Token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        Assert.Equal(asked, _model.Requests.Count); // the finished turn is replayed, the model not asked again
        Assert.Equal((await retried.ReadJsonAsync(Token)).GetProperty("text").GetString(), (await again.ReadJsonAsync(Token)).GetProperty("text").GetString());
        Assert.Equal(2, await TotalAsync($"/api/v1/cases/{caseId}/turns"));
        Assert.Equal(1, await TotalAsync($"/api/v1/cases/{caseId}/data"));
    }

    [Fact]
    public async Task Issue18_RetryWhileTheFirstAttemptStillRuns_IsAClear409_AndAsksNoModel()
    {
        var caseId = await NewCaseAsync();
        _model.Otherwise = LlmStep.Slow(TimeSpan.FromSeconds(25), Answer);
        using var first = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var running = _server.Client.SendAsync(TurnRequest(caseId, "turn-busy", new { message = "why?" }), first.Token);
        while (_model.Requests.IsEmpty)
        {
            await Task.Delay(50, Token);
        }

        using var retry = await _server.Client.SendAsync(TurnRequest(caseId, "turn-busy", new { message = "why?" }), Token);

        var problem = await ApiAssert.AssertProblemAsync(retry, 409, ProblemTypes.Conflict);
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(_model.Requests);
        await first.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task Issue18_SameKeyWithOtherFiles_Is422_AndTheOtherFileIsNotStored()
    {
        var caseId = await NewCaseAsync();
        using var first = await _server.Client.SendAsync(TurnRequest(caseId, "turn-files", new { message = "why?", files = new[] { new { content = Log, filename = "a.log" } } }), Token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var other = await _server.Client.SendAsync(TurnRequest(caseId, "turn-files", new { message = "why?", files = new[] { new { content = Log + "2026-05-02T10:00:02Z ERROR disk full\n", filename = "a.log" } } }), Token);

        await ApiAssert.AssertProblemAsync(other, 422, ProblemTypes.IdempotencyKeyReused);
        Assert.Equal(1, await TotalAsync($"/api/v1/cases/{caseId}/data"));
        Assert.Equal(2, await TotalAsync($"/api/v1/cases/{caseId}/turns"));
    }

    [Fact]
    public async Task Issue18_SameKeyWithBodiesThatDifferOnlyInASecret_Is422_NotAReplay()
    {
        var caseId = await NewCaseAsync();
        using var first = await _server.Client.SendAsync(TurnRequest(caseId, "turn-secret", new { message = "login fails with password=Tr0ub4dor-Alpha-77" }), Token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stored = (await (await _server.Client.GetAsync($"/api/v1/cases/{caseId}/turns", Token)).ReadJsonAsync(Token)).GetProperty("items")[0].GetProperty("content").GetString();
        Assert.DoesNotContain("Tr0ub4dor", stored, StringComparison.Ordinal); // both bodies are stored as the same redacted text

        using var other = await _server.Client.SendAsync(TurnRequest(caseId, "turn-secret", new { message = "login fails with password=Zebra-Quartz-9911" }), Token);

        await ApiAssert.AssertProblemAsync(other, 422, ProblemTypes.IdempotencyKeyReused);
        using var same = await _server.Client.SendAsync(TurnRequest(caseId, "turn-secret", new { message = "login fails with password=Tr0ub4dor-Alpha-77" }), Token);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Single(_model.Requests);
    }

    [Fact]
    public async Task Issue18_SameBytesUploadedEightTimesAtOnce_AreStoredOnce()
    {
        var caseId = await NewCaseAsync();
        var content = string.Concat(Enumerable.Range(0, 2000).Select(i => $"2026-05-02T10:00:{i % 60:00}Z ERROR payments: request {i} failed: upstream 503\n"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new { content, filename = "payments.log" }, Token)));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync(Token)).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await TotalAsync($"/api/v1/cases/{caseId}/data"));
    }

    private static HttpRequestMessage TurnRequest(string caseId, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/turns") { Content = ApiAssert.Json(JsonSerializer.Serialize(body)) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private async Task<string> NewCaseAsync() =>
        (await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "payments" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;

    private async Task<int> TotalAsync(string path) =>
        (await (await _server.Client.GetAsync(path, Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32();
}
