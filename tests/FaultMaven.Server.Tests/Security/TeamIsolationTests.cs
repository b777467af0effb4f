using System.Net;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Cases and sessions belong to their creator's team: another team's case does not exist (404) wherever a case id is taken,
/// lists show the caller's team only, viewers read but do not write, and admins see everything. Run on both store kinds.</summary>
public abstract class TeamIsolationTests : IAsyncLifetime
{
    private const string Log = """
        2026-03-01T10:00:00Z INFO  checkout started
        2026-03-01T10:00:05Z ERROR checkout could not connect to redis:6379: connection refused
        2026-03-01T10:00:06Z ERROR checkout could not connect to redis:6379: connection refused
        """;

    private SecuredServer _server = null!;
    private HttpClient _alice = null!;
    private HttpClient _bob = null!;
    private HttpClient _vera = null!;
    private string _aliceId = null!;
    private string _caseId = null!;
    private string _sessionId = null!;
    private string _dataId = null!;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();

    public async ValueTask InitializeAsync()
    {
        _server = await SecuredServer.StartAsync(await SettingsAsync(), cancellationToken: Token);
        (_alice, _aliceId) = await _server.UserAsync("alice", "engineer", "red", Token);
        (_bob, _) = await _server.UserAsync("bob", "engineer", "blue", Token);
        (_vera, _) = await _server.UserAsync("vera", "viewer", "red", Token);

        _sessionId = await SecuredServer.IdOfAsync(await _alice.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token), Token);
        _caseId = await SecuredServer.IdOfAsync(await _alice.PostJsonAsync("/api/v1/cases", new { title = "red checkout outage", sessionId = _sessionId }, Token), Token);
        _dataId = await SecuredServer.IdOfAsync(await _alice.PostJsonAsync($"/api/v1/cases/{_caseId}/data", new { content = Log, filename = "checkout.log" }, Token), Token);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_case_records_its_creator_and_team()
    {
        var found = await (await _alice.GetAsync($"/api/v1/cases/{_caseId}", Token)).ReadJsonAsync(Token);

        Assert.Equal(_aliceId, found.GetProperty("owner").GetString());
        Assert.Equal("red", found.GetProperty("team").GetString());
    }

    [Fact]
    public async Task Another_teams_case_is_404_on_every_route_that_takes_its_id()
    {
        var c = $"/api/v1/cases/{_caseId}";
        var requests = new List<HttpRequestMessage>
        {
            new(HttpMethod.Get, c),
            new(HttpMethod.Patch, c) { Content = ApiAssert.Json("{\"title\":\"mine now\"}") },
            new(HttpMethod.Delete, c),
            new(HttpMethod.Get, $"{c}/turns"),
            new(HttpMethod.Get, $"{c}/similar"),
            new(HttpMethod.Post, $"{c}/turns") { Content = ApiAssert.Json("{\"role\":\"user\",\"content\":\"hello\"}") },
            new(HttpMethod.Post, $"{c}/turns") { Content = ApiAssert.Json("{\"message\":\"why did checkout fail?\"}") },
            new(HttpMethod.Get, $"{c}/investigation"),
            new(HttpMethod.Get, $"{c}/usage"),
            new(HttpMethod.Get, $"{c}/data"),
            new(HttpMethod.Post, $"{c}/data") { Content = ApiAssert.Json("{\"content\":\"x\",\"filename\":\"x.log\"}") },
            new(HttpMethod.Get, $"{c}/data/{_dataId}"),
            new(HttpMethod.Get, $"{c}/data/{_dataId}/content"),
            new(HttpMethod.Delete, $"{c}/data/{_dataId}"),
        };
        var stream = new HttpRequestMessage(HttpMethod.Post, $"{c}/turns") { Content = ApiAssert.Json("{\"message\":\"why?\"}") };
        stream.Headers.Accept.ParseAdd("text/event-stream");
        requests.Add(stream);

        foreach (var request in requests)
        {
            var response = await _bob.SendAsync(request, Token);
            var body = await response.Content.ReadAsStringAsync(Token);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {body}");
            Assert.Contains(ProblemTypes.NotFound, body);
        }

        // Nothing of it changed, and it is still there for its team.
        var found = await (await _alice.GetAsync(c, Token)).ReadJsonAsync(Token);
        Assert.Equal("red checkout outage", found.GetProperty("title").GetString());
        Assert.Equal(0, found.GetProperty("turnCount").GetInt32());
        Assert.Equal(1, (await (await _alice.GetAsync($"{c}/data", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Lists_show_the_callers_team_only()
    {
        var bobsCase = await SecuredServer.IdOfAsync(await _bob.PostJsonAsync("/api/v1/cases", new { title = "blue" }, Token), Token);

        var bobs = await (await _bob.GetAsync("/api/v1/cases", Token)).ReadJsonAsync(Token);
        var reds = await (await _vera.GetAsync("/api/v1/cases", Token)).ReadJsonAsync(Token);
        var all = await (await _server.Admin.GetAsync("/api/v1/cases", Token)).ReadJsonAsync(Token);

        Assert.Equal([bobsCase], Ids(bobs));
        Assert.Equal(1, bobs.GetProperty("total").GetInt32());
        Assert.Equal([_caseId], Ids(reds));
        Assert.Contains(_caseId, Ids(all));
        Assert.Contains(bobsCase, Ids(all));
        Assert.Empty(Ids(await (await _bob.GetAsync($"/api/v1/cases?sessionId={_sessionId}", Token)).ReadJsonAsync(Token)));
    }

    [Fact]
    public async Task Another_teams_session_is_404_and_absent_from_lists()
    {
        var s = $"/api/v1/sessions/{_sessionId}";

        await ApiAssert.AssertProblemAsync(await _bob.GetAsync(s, Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await _bob.PostAsync($"{s}/heartbeat", null, Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await _bob.DeleteAsync(s, Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await _bob.PostJsonAsync("/api/v1/cases", new { sessionId = _sessionId }, Token), 400, ProblemTypes.Validation);
        Assert.DoesNotContain(_sessionId, Ids(await (await _bob.GetAsync("/api/v1/sessions", Token)).ReadJsonAsync(Token)));
        Assert.Contains(_sessionId, Ids(await (await _vera.GetAsync("/api/v1/sessions", Token)).ReadJsonAsync(Token)));
        Assert.Equal(HttpStatusCode.OK, (await _vera.GetAsync(s, Token)).StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_the_teams_cases_but_cannot_write()
    {
        var c = $"/api/v1/cases/{_caseId}";
        Assert.Equal(HttpStatusCode.OK, (await _vera.GetAsync(c, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _vera.GetAsync($"{c}/data/{_dataId}", Token)).StatusCode);

        await ApiAssert.AssertProblemAsync(await _vera.PostJsonAsync("/api/v1/cases", new { title = "x" }, Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await _vera.PatchAsync(c, ApiAssert.Json("{\"title\":\"x\"}"), Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await _vera.DeleteAsync(c, Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await _vera.PostJsonAsync($"{c}/data", new { content = "x" }, Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await _vera.PostJsonAsync($"{c}/turns", new { message = "why?" }, Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await _vera.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token), 403, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task A_teammate_works_the_case_but_only_its_creator_or_an_admin_deletes_it()
    {
        var (carol, _) = await _server.UserAsync("carol", "engineer", "red", Token);
        var c = $"/api/v1/cases/{_caseId}";

        Assert.Equal(HttpStatusCode.OK, (await carol.PatchAsync(c, ApiAssert.Json("{\"status\":\"investigating\"}"), Token)).StatusCode);
        await ApiAssert.AssertProblemAsync(await carol.DeleteAsync($"{c}/data/{_dataId}", Token), 403, ProblemTypes.Forbidden);
        await ApiAssert.AssertProblemAsync(await carol.DeleteAsync(c, Token), 403, ProblemTypes.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await _server.Admin.DeleteAsync(c, Token)).StatusCode);
    }

    [Fact]
    public async Task An_engineer_cannot_write_the_knowledge_base_and_an_admin_import_records_who()
    {
        var document = new { title = "Redis refused", text = "# Redis refused\n\n## Remediation\n\n1. Restart redis.\n" };

        await ApiAssert.AssertProblemAsync(await _alice.PostJsonAsync("/api/v1/knowledge/documents", document, Token), 403, ProblemTypes.Forbidden);
        var imported = await (await _server.Admin.PostJsonAsync("/api/v1/knowledge/documents", document, Token)).ReadJsonAsync(Token);
        var id = imported.GetProperty("id").GetString()!;
        await ApiAssert.AssertProblemAsync(await _alice.DeleteAsync($"/api/v1/knowledge/documents/{id}", Token), 403, ProblemTypes.Forbidden);

        var shown = await (await _alice.GetAsync($"/api/v1/knowledge/documents/{id}", Token)).ReadJsonAsync(Token);
        Assert.Contains("bootstrap-admin", shown.GetProperty("importedBy").GetString());
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail_with_who_and_from_where()
    {
        using (var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/cases/{_caseId}") { Content = ApiAssert.Json("{\"title\":\"renamed\"}") })
        {
            request.Headers.Add("X-Correlation-ID", "audit-test-1");
            (await _alice.SendAsync(request, Token)).EnsureSuccessStatusCode();
        }

        Assert.Equal(HttpStatusCode.NoContent, (await _alice.DeleteAsync($"/api/v1/cases/{_caseId}/data/{_dataId}", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _alice.DeleteAsync($"/api/v1/sessions/{_sessionId}", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _alice.DeleteAsync($"/api/v1/cases/{_caseId}", Token)).StatusCode);

        var page = await (await _server.Admin.GetAsync($"/api/v1/audit?actor={_aliceId}&limit=50", Token)).ReadJsonAsync(Token);
        var events = page.GetProperty("items").EnumerateArray().ToList();
        var actions = events.Select(e => e.GetProperty("action").GetString()).Reverse().ToList();
        Assert.Equal(["session.created", "case.created", "upload.created", "case.updated", "upload.deleted", "session.deleted", "case.deleted"], actions);
        Assert.All(events, e =>
        {
            Assert.Equal(_aliceId, e.GetProperty("actorId").GetString());
            Assert.Equal("alice", e.GetProperty("actorName").GetString());
            Assert.Equal("127.0.0.1", e.GetProperty("clientIp").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("correlationId").GetString()));
        });
        var renamed = events.Single(e => e.GetProperty("action").GetString() == "case.updated");
        Assert.Equal("audit-test-1", renamed.GetProperty("correlationId").GetString());
        Assert.Equal(_caseId, renamed.GetProperty("target").GetString());
        var deleted = events.Single(e => e.GetProperty("action").GetString() == "upload.deleted");
        Assert.Equal(_dataId, deleted.GetProperty("target").GetString());
        Assert.Equal(_caseId, deleted.GetProperty("detail").GetProperty("case").GetString());

        var uploads = await (await _server.Admin.GetAsync("/api/v1/audit?action=upload.", Token)).ReadJsonAsync(Token);
        Assert.All(uploads.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("upload.", e.GetProperty("action").GetString()));
        Assert.Equal(2, uploads.GetProperty("total").GetInt32());
        var onCase = await (await _server.Admin.GetAsync($"/api/v1/audit?target={_caseId}", Token)).ReadJsonAsync(Token);
        Assert.Equal(3, onCase.GetProperty("total").GetInt32());
        var keys = await (await _server.Admin.GetAsync("/api/v1/audit?action=api-key.created&actor=bootstrap-admin", Token)).ReadJsonAsync(Token);
        Assert.Equal(3, keys.GetProperty("total").GetInt32());
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        Assert.Equal(0, (await (await _server.Admin.GetAsync($"/api/v1/audit?since={future}", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Attachments_of_an_agent_turn_are_audited_as_uploads_with_the_turn()
    {
        var reply = await (await _alice.PostJsonAsync($"/api/v1/cases/{_caseId}/turns", new { message = "why?", files = new[] { new { content = Log + "2026-03-01T10:00:09Z ERROR checkout gave up\n", filename = "more.log" } } }, Token)).ReadJsonAsync(Token);
        var upload = reply.GetProperty("uploads")[0].GetString()!;

        var page = await (await _server.Admin.GetAsync($"/api/v1/audit?actor={_aliceId}&target={upload}", Token)).ReadJsonAsync(Token);
        var audited = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("upload.created", audited.GetProperty("action").GetString());
        Assert.Equal(_caseId, audited.GetProperty("detail").GetProperty("case").GetString());
        var turns = await (await _server.Admin.GetAsync($"/api/v1/audit?action=case.turn&target={_caseId}", Token)).ReadJsonAsync(Token);
        Assert.Equal(2, turns.GetProperty("total").GetInt32());
    }

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}

/// <summary>On the embedded stores (SQLite).</summary>
public sealed class SqliteTeamIsolationTests : TeamIsolationTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}

/// <summary>On the server stores (PostgreSQL and Redis, real servers).</summary>
public sealed class ServerTeamIsolationTests(ServerStores servers) : TeamIsolationTests
{
    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => await servers.NewSettingsAsync();
}
