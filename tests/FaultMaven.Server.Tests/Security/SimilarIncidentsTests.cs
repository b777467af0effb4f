using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Similar past incidents: a team's resolved cases, found by words and meaning (the local model, for real), listed with
/// their cause and fix and cited <c>case:&lt;id&gt;</c> by the offline engine; another team's cases never take part.</summary>
public sealed class SimilarIncidentsTests : IAsyncLifetime
{
    private const string RedisLog = """
        2026-03-01T10:00:00Z INFO  checkout started
        2026-03-01T10:00:05Z ERROR checkout could not connect to redis:6379: connection refused
        2026-03-01T10:00:06Z ERROR checkout could not connect to redis:6379: connection refused
        2026-03-01T10:00:07Z ERROR checkout could not connect to redis:6379: connection refused
        """;

    private SecuredServer _server = null!;
    private HttpClient _alice = null!;
    private HttpClient _bob = null!;
    private string _redPast = null!;
    private string _redOther = null!;
    private string _bluePast = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await SecuredServer.StartAsync(new Dictionary<string, string?> { ["FM_DATA_WARMUP"] = "false" }, cancellationToken: Token);
        (_alice, _) = await _server.UserAsync("alice", "engineer", "red", Token);
        (_bob, _) = await _server.UserAsync("bob", "engineer", "blue", Token);
        _redPast = await ResolvedCaseAsync(_alice, "checkout cannot reach redis", RedisLog);
        _redOther = await ResolvedCaseAsync(_alice, "TLS certificate expired on the api gateway", null);
        _bluePast = await ResolvedCaseAsync(_bob, "checkout cannot reach redis", RedisLog);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static async Task<string> ResolvedCaseAsync(HttpClient client, string title, string? log)
    {
        var id = await SecuredServer.IdOfAsync(await client.PostJsonAsync("/api/v1/cases", new { title }, Token), Token);
        if (log is null)
        {
            (await client.PatchAsync($"/api/v1/cases/{id}", ApiAssert.Json("{\"status\":\"investigating\"}"), Token)).EnsureSuccessStatusCode();
        }
        else
        {
            (await client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { message = "why does checkout fail?", files = new[] { new { content = log, filename = "checkout.log" } } }, Token)).EnsureSuccessStatusCode();
        }

        (await client.PatchAsync($"/api/v1/cases/{id}", ApiAssert.Json("{\"status\":\"resolved\"}"), Token)).EnsureSuccessStatusCode();
        return id;
    }

    private static List<string> Ids(JsonElement similar) => [.. similar.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("caseId").GetString()!)];

    [Fact]
    public async Task Similar_ListsTheTeamsOwnResolvedCases_MostAlikeFirst_NeverAnotherTeams()
    {
        var current = await SecuredServer.IdOfAsync(await _alice.PostJsonAsync("/api/v1/cases", new { title = "checkout fails: redis connection refused" }, Token), Token);

        var mine = await (await _alice.GetAsync($"/api/v1/cases/{current}/similar", Token)).ReadJsonAsync(Token);
        var asAdmin = await (await _server.Admin.GetAsync($"/api/v1/cases/{current}/similar", Token)).ReadJsonAsync(Token);

        Assert.Equal(_redPast, Ids(mine)[0]);
        Assert.Equal($"case:{_redPast}", mine.GetProperty("results")[0].GetProperty("citation").GetString());
        Assert.DoesNotContain(_bluePast, Ids(mine));
        Assert.DoesNotContain(current, Ids(mine));
        // An admin looking at a red case sees red's past, not blue's.
        Assert.DoesNotContain(_bluePast, Ids(asAdmin));
        await ApiAssert.AssertProblemAsync(await _bob.GetAsync($"/api/v1/cases/{current}/similar", Token), 404, Problems.ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Similar_BadLimit_IsAProblem()
    {
        await ApiAssert.AssertProblemAsync(await _alice.GetAsync($"/api/v1/cases/{_redOther}/similar?limit=500", Token), 400, Problems.ProblemTypes.Validation);
    }

    [Fact]
    public async Task OfflineInvestigation_CitesTheTeamsSimilarResolvedCase()
    {
        var current = await SecuredServer.IdOfAsync(await _alice.PostJsonAsync("/api/v1/cases", new { title = "checkout errors again" }, Token), Token);

        var reply = await (await _alice.PostJsonAsync($"/api/v1/cases/{current}/turns", new { message = "checkout is failing, why?", files = new[] { new { content = RedisLog, filename = "checkout.log" } } }, Token)).ReadJsonAsync(Token);
        var text = reply.GetProperty("text").GetString()!;

        Assert.Contains("## Similar past incidents", text);
        Assert.Contains($"[case:{_redPast}]", text);
        Assert.DoesNotContain(_bluePast, text);
        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("kind").GetString() == "past-case" && c.GetProperty("id").GetString() == _redPast);
    }
}
