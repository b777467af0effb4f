using System.Net;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>A case's version is its ETag; a change made against a version that is no longer current is refused with 412, so two
/// people editing one case do not overwrite each other. Bodies with fields the API does not know are refused, naming the field.</summary>
public sealed class CaseConcurrencyTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_And_Patch_CarryTheVersionAsETag()
    {
        var id = await CreateAsync();

        using var got = await _client.GetAsync($"/api/v1/cases/{id}", Token);
        Assert.Equal("\"1\"", got.Headers.ETag?.ToString());
        using var patched = await PatchAsync(id, "{\"title\":\"renamed\"}", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("\"2\"", patched.Headers.ETag?.ToString());
        Assert.Equal(2, (await patched.ReadJsonAsync(Token)).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Patch_WithStaleIfMatch_Is412AndChangesNothing()
    {
        var id = await CreateAsync();
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(id, "{\"title\":\"first writer\"}", ifMatch: "\"1\"")).StatusCode);

        using var stale = await PatchAsync(id, "{\"title\":\"second writer\",\"status\":\"investigating\"}", ifMatch: "\"1\"");

        var problem = await ApiAssert.AssertProblemAsync(stale, 412, ProblemTypes.PreconditionFailed);
        Assert.Contains("version 2", problem.GetProperty("detail").GetString());
        var current = await GetAsync(id);
        Assert.Equal("first writer", current.GetProperty("title").GetString());
        Assert.Equal("open", current.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Patch_WithStaleBodyVersion_Is412_CurrentOneApplies()
    {
        var id = await CreateAsync();
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(id, "{\"title\":\"moved on\"}")).StatusCode);

        await ApiAssert.AssertProblemAsync(await PatchAsync(id, "{\"status\":\"investigating\",\"version\":1}"), 412, ProblemTypes.PreconditionFailed);
        using var current = await PatchAsync(id, "{\"status\":\"investigating\",\"version\":2}");

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal("\"3\"", current.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Patch_WithoutPrecondition_WorksAsBefore()
    {
        var id = await CreateAsync();
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(id, "{\"title\":\"a\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(id, "{\"title\":\"b\"}", ifMatch: "*")).StatusCode);
        Assert.Equal("b", (await GetAsync(id)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("\"one\"")]
    [InlineData("1")]
    [InlineData("\"1\", \"2\"")]
    public async Task Patch_WithIfMatchThatCannotMatch_Is412(string ifMatch)
    {
        var id = await CreateAsync();

        await ApiAssert.AssertProblemAsync(await PatchAsync(id, "{\"title\":\"x\"}", ifMatch), 412, ProblemTypes.PreconditionFailed);
        Assert.Equal("concurrency", (await GetAsync(id)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Patch_WithHeaderAndBodyDisagreeing_Is400()
    {
        var id = await CreateAsync();

        await ApiAssert.AssertProblemAsync(await PatchAsync(id, "{\"title\":\"x\",\"version\":2}", "\"1\""), 400, ProblemTypes.Validation);
    }

    [Fact]
    public async Task Patch_ConcurrentWritersOnOneVersion_OnlyOneWins()
    {
        var id = await CreateAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => PatchAsync(id, $"{{\"title\":\"writer {i}\"}}", "\"1\"")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Equal(2, (await GetAsync(id)).GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData("/api/v1/cases", "POST", "{\"title\":\"x\",\"titel\":\"typo\"}", "titel")]
    [InlineData("/api/v1/sessions", "POST", "{\"clientKind\":\"cli\",\"admin\":true}", "admin")]
    [InlineData("case", "PATCH", "{\"stauts\":\"resolved\"}", "stauts")]
    public async Task Body_WithUnknownField_Is400NamingIt(string path, string method, string body, string field)
    {
        if (path == "case")
        {
            path = $"/api/v1/cases/{await CreateAsync()}";
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = ApiAssert.Json(body) };
        using var response = await _client.SendAsync(request, Token);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.UnknownField);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"'{field}'", detail);
        Assert.DoesNotContain("FaultMaven.", detail);
    }

    private async Task<string> CreateAsync()
    {
        using var created = await _client.PostJsonAsync("/api/v1/cases", new { title = "concurrency" }, Token);
        Assert.Equal("\"1\"", created.Headers.ETag?.ToString());
        return (await created.ReadJsonAsync(Token)).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> GetAsync(string id) => await (await _client.GetAsync($"/api/v1/cases/{id}", Token)).ReadJsonAsync(Token);

    private Task<HttpResponseMessage> PatchAsync(string id, string body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/cases/{id}") { Content = ApiAssert.Json(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return _client.SendAsync(request, Token);
    }
}
