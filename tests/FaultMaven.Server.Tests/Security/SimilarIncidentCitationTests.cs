using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>A model's <c>case:&lt;id&gt;</c> citations: kept when the similar-incident finder returned that case for this case's team
/// during the turn, dropped otherwise (another team's resolved case, an invented id), through a scripted OpenAI-compatible server.</summary>
public sealed class SimilarIncidentCitationTests : IAsyncLifetime
{
    private const string RedisLog = """
        2026-03-01T10:00:00Z INFO  checkout started
        2026-03-01T10:00:05Z ERROR checkout could not connect to redis:6379: connection refused
        2026-03-01T10:00:06Z ERROR checkout could not connect to redis:6379: connection refused
        """;

    private ScriptedLlmServer _model = null!;
    private SecuredServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _model = await ScriptedLlmServer.StartAsync(Token);
        _server = await SecuredServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["FM_DATA_WARMUP"] = "false",
                ["FM_EMBEDDINGS"] = "off",
                ["FM_OPENAI_API_KEY"] = "sk-test",
                ["FM_OPENAI_URL"] = _model.OpenAIEndpoint.ToString(),
            },
            cancellationToken: Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _model.DisposeAsync();
    }

    private static async Task<string> ResolvedCaseAsync(HttpClient client, string title)
    {
        var id = await SecuredServer.IdOfAsync(await client.PostJsonAsync("/api/v1/cases", new { title }, Token), Token);
        (await client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { message = "why does checkout fail?", files = new[] { new { content = RedisLog, filename = "checkout.log" } } }, Token)).EnsureSuccessStatusCode();
        (await client.PatchAsync($"/api/v1/cases/{id}", ApiAssert.Json("{\"status\":\"resolved\"}"), Token)).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task CaseCitations_KeptForTheTeamsFoundCases_DroppedForOtherTeamsAndInventedOnes()
    {
        var (alice, _) = await _server.UserAsync("alice", "engineer", "red", Token);
        var (bob, _) = await _server.UserAsync("bob", "engineer", "blue", Token);
        var redPast = await ResolvedCaseAsync(alice, "checkout cannot reach redis");
        var bluePast = await ResolvedCaseAsync(bob, "checkout cannot reach redis");
        var current = await SecuredServer.IdOfAsync(await alice.PostJsonAsync("/api/v1/cases", new { title = "checkout fails: redis connection refused" }, Token), Token);

        // The model asks the finder, then cites the case it was given, the other team's case (whose id it could only have guessed or
        // been told) and an invented one.
        _model.Then(
            LlmStep.CallTool("find_similar_incidents", _ => "{\"description\":\"redis connection refused\"}"),
            LlmStep.Reply(_ => JsonSerializer.Serialize(new
            {
                root_cause = "checkout cannot reach redis: connections are refused, as in the earlier incident.",
                category = "dependency_failure",
                hypotheses = new object[]
                {
                    new { statement = "redis is down again", confidence = 0.8, status = "supported", evidence_for = new[] { $"case:{redPast}", $"[case:{bluePast}]" } },
                    new { statement = "the same as another team's outage", confidence = 0.4, status = "proposed", evidence_for = new[] { $"case:{bluePast}", "case:cas_invented" } },
                },
                answer = $"## Root cause\n\nredis refuses connections, as in [case:{redPast}].",
            })));

        var reply = await (await alice.PostJsonAsync($"/api/v1/cases/{current}/turns", new { message = "checkout is failing, why?" }, Token)).ReadJsonAsync(Token);

        var hypotheses = reply.GetProperty("investigation").GetProperty("hypotheses");
        var only = Assert.Single(hypotheses.EnumerateArray()); // the one resting only on cases the finder never returned is dropped
        var cited = Assert.Single(only.GetProperty("evidenceFor").EnumerateArray());
        Assert.Equal("past-case", cited.GetProperty("kind").GetString());
        Assert.Equal(redPast, cited.GetProperty("id").GetString());
        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("kind").GetString() == "past-case" && c.GetProperty("id").GetString() == redPast);
        Assert.DoesNotContain(bluePast, reply.GetProperty("citations").ToString(), StringComparison.Ordinal);
        Assert.Contains("does not exist", reply.GetProperty("text").GetString(), StringComparison.Ordinal);

        // The tool's answer went back to the model: the team's case, never the other team's.
        var toolRound = _model.Requests.Last();
        Assert.Contains($"case:{redPast}", toolRound, StringComparison.Ordinal);
        Assert.DoesNotContain(bluePast, toolRound, StringComparison.Ordinal);
    }
}
