using System.Net;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

public sealed class CaseEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_Get_Rename_Delete_RoundTrip()
    {
        var created = await CreateCaseAsync("checkout 502s");
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("open", created.GetProperty("status").GetString());
        Assert.Equal("intake", created.GetProperty("investigation").GetProperty("phase").GetString());

        var renamed = await (await _client.PatchAsync($"/api/v1/cases/{id}", ApiAssert.Json("{\"title\":\"checkout 502s after deploy\"}"), Token)).ReadJsonAsync(Token);
        Assert.Equal("checkout 502s after deploy", renamed.GetProperty("title").GetString());
        Assert.Equal("open", renamed.GetProperty("status").GetString());

        var fetched = await (await _client.GetAsync($"/api/v1/cases/{id}", Token)).ReadJsonAsync(Token);
        Assert.Equal("checkout 502s after deploy", fetched.GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/cases/{id}", Token)).StatusCode);
        await ApiAssert.AssertProblemAsync(await _client.GetAsync($"/api/v1/cases/{id}", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await _client.DeleteAsync($"/api/v1/cases/{id}", Token), 404, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Create_WithUnknownSession_IsValidationProblem()
    {
        await ApiAssert.AssertProblemAsync(await _client.PostJsonAsync("/api/v1/cases", new { sessionId = "ses_missing" }, Token), 400, ProblemTypes.Validation);
    }

    [Fact]
    public async Task Lifecycle_ValidTransitions_ThenInvalidIsConflictProblem()
    {
        var id = (await CreateCaseAsync("x")).GetProperty("id").GetString()!;

        var investigating = await (await PatchStatusAsync(id, "investigating")).ReadJsonAsync(Token);
        var resolved = await (await PatchStatusAsync(id, "resolved")).ReadJsonAsync(Token);
        var problem = await ApiAssert.AssertProblemAsync(await PatchStatusAsync(id, "investigating"), 409, ProblemTypes.InvalidTransition);

        Assert.Equal("investigating", investigating.GetProperty("status").GetString());
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("closedAt").ValueKind);
        Assert.Contains("resolved to investigating", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Update_UnknownStatus_IsInvalidBodyProblem()
    {
        var id = (await CreateCaseAsync("x")).GetProperty("id").GetString()!;

        var problem = await ApiAssert.AssertProblemAsync(await PatchStatusAsync(id, "done"), 400, ProblemTypes.InvalidBody);

        // Where the body failed, not the server's .NET type names.
        Assert.Contains("$.status", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("FaultMaven.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FiltersByStatus()
    {
        var id = (await CreateCaseAsync("filter me")).GetProperty("id").GetString()!;
        (await PatchStatusAsync(id, "closed")).EnsureSuccessStatusCode();

        var closed = await (await _client.GetAsync("/api/v1/cases?status=closed&limit=200", Token)).ReadJsonAsync(Token);
        var open = await (await _client.GetAsync("/api/v1/cases?status=open&limit=200", Token)).ReadJsonAsync(Token);

        Assert.Contains(closed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        Assert.All(closed.GetProperty("items").EnumerateArray(), c => Assert.Equal("closed", c.GetProperty("status").GetString()));
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task List_BadStatusFilter_IsValidationProblem()
    {
        await ApiAssert.AssertProblemAsync(await _client.GetAsync("/api/v1/cases?status=sleeping", Token), 400, ProblemTypes.Validation);
    }

    [Fact]
    public async Task Turns_AppendedAndListedInOrder()
    {
        var id = (await CreateCaseAsync("x")).GetProperty("id").GetString()!;

        using var first = await _client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { role = "user", content = "api p99 is 4s", attachments = new[] { "upl_1" } }, Token);
        using var second = await _client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { role = "assistant", content = "Which endpoints?" }, Token);
        var turns = await (await _client.GetAsync($"/api/v1/cases/{id}/turns", Token)).ReadJsonAsync(Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(1, (await first.ReadJsonAsync(Token)).GetProperty("sequence").GetInt32());
        Assert.Equal(2, turns.GetProperty("total").GetInt32());
        Assert.Equal(["user", "assistant"], turns.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("role").GetString()));
        Assert.Equal("upl_1", turns.GetProperty("items")[0].GetProperty("attachments")[0].GetString());
        Assert.Equal(2, (await (await _client.GetAsync($"/api/v1/cases/{id}", Token)).ReadJsonAsync(Token)).GetProperty("turnCount").GetInt32());
    }

    [Fact]
    public async Task Turns_SameIdempotencyKeyTwice_AppliedOnceAndReplayed()
    {
        var id = (await CreateCaseAsync("x")).GetProperty("id").GetString()!;

        using var first = await PostTurnAsync(id, "retry me", "key-42");
        using var second = await PostTurnAsync(id, "retry me", "key-42");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.ReadJsonAsync(Token)).GetRawText(), (await second.ReadJsonAsync(Token)).GetRawText());
        Assert.Equal(1, (await (await _client.GetAsync($"/api/v1/cases/{id}/turns", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Turns_SameIdempotencyKeyDifferentBody_IsUnprocessableProblem()
    {
        var id = (await CreateCaseAsync("x")).GetProperty("id").GetString()!;
        (await PostTurnAsync(id, "one", "key-7")).EnsureSuccessStatusCode();

        await ApiAssert.AssertProblemAsync(await PostTurnAsync(id, "two", "key-7"), 422, ProblemTypes.IdempotencyKeyReused);
        Assert.Equal(1, (await (await _client.GetAsync($"/api/v1/cases/{id}/turns", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Turns_ConcurrentIdenticalRetries_AppliedOnce()
    {
        var id = (await CreateCaseAsync("x")).GetProperty("id").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostTurnAsync(id, "same", "key-race")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(7, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(1, (await (await _client.GetAsync($"/api/v1/cases/{id}/turns", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Turns_OnUnknownCase_IsNotFoundProblem()
    {
        await ApiAssert.AssertProblemAsync(await PostTurnAsync("case_missing", "hello", null), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await _client.GetAsync("/api/v1/cases/case_missing/turns", Token), 404, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Turns_OnClosedCase_IsConflictProblem()
    {
        var id = (await CreateCaseAsync("x")).GetProperty("id").GetString()!;
        (await PatchStatusAsync(id, "closed")).EnsureSuccessStatusCode();

        await ApiAssert.AssertProblemAsync(await PostTurnAsync(id, "too late", null), 409, ProblemTypes.Conflict);
    }

    [Theory]
    [InlineData("{\"content\":\"no role\"}")]
    [InlineData("{\"role\":\"user\"}")]
    [InlineData("{\"role\":\"user\",\"content\":\"\"}")]
    public async Task Turns_MissingFields_IsValidationProblem(string body)
    {
        var id = (await CreateCaseAsync("x")).GetProperty("id").GetString()!;

        await ApiAssert.AssertProblemAsync(await _client.PostAsync($"/api/v1/cases/{id}/turns", ApiAssert.Json(body), Token), 400, ProblemTypes.Validation);
    }

    private async Task<JsonElement> CreateCaseAsync(string title)
    {
        using var response = await _client.PostJsonAsync("/api/v1/cases", new { title }, Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync(Token);
    }

    private Task<HttpResponseMessage> PatchStatusAsync(string id, string status) =>
        _client.PatchAsync($"/api/v1/cases/{id}", ApiAssert.Json($"{{\"status\":\"{status}\"}}"), Token);

    private Task<HttpResponseMessage> PostTurnAsync(string id, string content, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{id}/turns")
        {
            Content = ApiAssert.Json(JsonSerializer.Serialize(new { role = "user", content })),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return _client.SendAsync(request, Token);
    }
}
