using System.Net;
using FaultMaven.Core.Cases;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Issue 18: <c>POST /cases/{id}/knowledge</c> published one team's case to every team's knowledge base. A postmortem is now
/// its case's team's: another team neither finds, lists, reads nor deletes it; only an admin may publish it to every team
/// (<c>?scope=global</c>). Two API keys of two teams, on both store kinds.</summary>
public abstract class KnowledgeTeamIsolationTests : IAsyncLifetime
{
    private const string Query = "/api/v1/knowledge/search?q=checkout%20redis%20connection%20refused%20outage";

    private SecuredServer _server = null!;
    private HttpClient _alice = null!;
    private HttpClient _bob = null!;
    private string _documentId = null!;
    private string _caseId = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(await SettingsAsync()) { ["FM_KB_WRITERS"] = "engineer,admin" };
        _server = await SecuredServer.StartAsync(settings, cancellationToken: Token);
        (_alice, _) = await _server.UserAsync("alice", "engineer", "red", Token);
        (_bob, _) = await _server.UserAsync("bob", "engineer", "blue", Token);

        _caseId = await SecuredServer.IdOfAsync(await _alice.PostJsonAsync("/api/v1/cases", new { title = "red checkout outage: redis connection refused" }, Token), Token);
        await _alice.PostJsonAsync($"/api/v1/cases/{_caseId}/turns", new { role = "user", content = "checkout cannot connect to redis:6379, connection refused" }, Token);
        var store = _server.Server.Services.GetRequiredService<ICaseStore>();
        var current = (await store.GetAsync(_caseId, Token))!;
        Assert.True(await store.UpdateAsync(current with { Status = CaseStatus.Resolved }, current.Version, Token));

        var published = await _alice.PostAsync($"/api/v1/cases/{_caseId}/knowledge", null, Token);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        _documentId = (await published.ReadJsonAsync(Token)).GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Issue18_A_teams_postmortem_is_found_by_that_team_and_not_by_another()
    {
        Assert.Contains(_documentId, await FoundAsync(_alice));
        Assert.DoesNotContain(_documentId, await FoundAsync(_bob));
        Assert.Contains(_documentId, await FoundAsync(_server.Admin));

        Assert.Contains(_documentId, await ListedAsync(_alice));
        Assert.DoesNotContain(_documentId, await ListedAsync(_bob));
        Assert.Equal(HttpStatusCode.OK, (await _alice.GetAsync($"/api/v1/knowledge/documents/{_documentId}", Token)).StatusCode);
        await ApiAssert.AssertProblemAsync(await _bob.GetAsync($"/api/v1/knowledge/documents/{_documentId}", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await _bob.GetAsync($"/api/v1/knowledge/documents/{_documentId}/chunks/0", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await _bob.DeleteAsync($"/api/v1/knowledge/documents/{_documentId}", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(
            await _bob.PutAsync($"/api/v1/knowledge/documents/{_documentId}", ApiAssert.Json("{\"text\":\"# mine now\"}"), Token), 404, ProblemTypes.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _alice.GetAsync($"/api/v1/knowledge/documents/{_documentId}", Token)).StatusCode);
    }

    [Fact]
    public async Task Issue18_Every_teams_documents_are_still_found_by_every_team()
    {
        var imported = await _server.Admin.PostJsonAsync("/api/v1/knowledge/documents", new { text = "# Redis connection refused\nCheck the checkout outage runbook: restart redis.", title = "Redis runbook" }, Token);
        var runbook = (await imported.ReadJsonAsync(Token)).GetProperty("id").GetString()!;

        Assert.Contains(runbook, await FoundAsync(_alice));
        Assert.Contains(runbook, await FoundAsync(_bob));
        Assert.Contains(runbook, await ListedAsync(_bob));
    }

    [Fact]
    public async Task Issue18_Publishing_to_every_team_needs_an_admin()
    {
        await ApiAssert.AssertProblemAsync(await _alice.PostAsync($"/api/v1/cases/{_caseId}/knowledge?scope=global", null, Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await _alice.PostAsync($"/api/v1/cases/{_caseId}/knowledge?scope=everyone", null, Token), 400, ProblemTypes.Validation);
        Assert.DoesNotContain(_documentId, await FoundAsync(_bob));

        Assert.Equal(HttpStatusCode.Created, (await _server.Admin.PostAsync($"/api/v1/cases/{_caseId}/knowledge?scope=global", null, Token)).StatusCode);

        Assert.Contains(_documentId, await FoundAsync(_bob));
        Assert.Contains(_documentId, await ListedAsync(_bob));
    }

    private static async Task<List<string>> FoundAsync(HttpClient client)
    {
        var found = await (await client.GetAsync(Query, Token)).ReadJsonAsync(Token);
        return [.. found.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("documentId").GetString()!)];
    }

    private static async Task<List<string>> ListedAsync(HttpClient client)
    {
        var page = await (await client.GetAsync("/api/v1/knowledge/documents?limit=100", Token)).ReadJsonAsync(Token);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}

/// <summary>On the embedded stores (SQLite).</summary>
public sealed class SqliteKnowledgeTeamIsolationTests : KnowledgeTeamIsolationTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}

/// <summary>On the server stores (PostgreSQL and Redis, real servers).</summary>
public sealed class ServerKnowledgeTeamIsolationTests(ServerStores servers) : KnowledgeTeamIsolationTests
{
    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => await servers.NewSettingsAsync();
}
