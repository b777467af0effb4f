using System.Net;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

public sealed class SessionEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_Get_Heartbeat_Delete_RoundTrip()
    {
        using var created = await _client.PostJsonAsync("/api/v1/sessions", new { clientKind = "browser-extension", userLabel = "alice", metadata = new { browser = "chromium 156" } }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = await created.ReadJsonAsync(Token);
        var id = session.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/sessions/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("browser-extension", session.GetProperty("clientKind").GetString());
        Assert.Equal("chromium 156", session.GetProperty("metadata").GetProperty("browser").GetString());

        var fetched = await (await _client.GetAsync($"/api/v1/sessions/{id}", Token)).ReadJsonAsync(Token);
        Assert.Equal("alice", fetched.GetProperty("userLabel").GetString());

        var beat = await (await _client.PostAsync($"/api/v1/sessions/{id}/heartbeat", null, Token)).ReadJsonAsync(Token);
        Assert.True(beat.GetProperty("expiresAt").GetDateTimeOffset() >= session.GetProperty("expiresAt").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/sessions/{id}", Token)).StatusCode);
        await ApiAssert.AssertProblemAsync(await _client.GetAsync($"/api/v1/sessions/{id}", Token), 404, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task List_PagesWithTotal()
    {
        for (var i = 0; i < 3; i++)
        {
            (await _client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token)).EnsureSuccessStatusCode();
        }

        var page = await (await _client.GetAsync("/api/v1/sessions?limit=2&offset=1", Token)).ReadJsonAsync(Token);

        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 3);
        Assert.Equal(1, page.GetProperty("offset").GetInt32());
        Assert.Equal(2, page.GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/sessions/ses_missing", "GET")]
    [InlineData("/api/v1/sessions/ses_missing/heartbeat", "POST")]
    [InlineData("/api/v1/sessions/ses_missing", "DELETE")]
    public async Task UnknownId_IsNotFoundProblem(string path, string method)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Token);

        var problem = await ApiAssert.AssertProblemAsync(response, 404, ProblemTypes.NotFound);
        Assert.Contains("ses_missing", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    [InlineData("offset=-1")]
    public async Task List_OutOfRangePaging_IsValidationProblem(string query)
    {
        var problem = await ApiAssert.AssertProblemAsync(await _client.GetAsync($"/api/v1/sessions?{query}", Token), 400, ProblemTypes.Validation);

        Assert.True(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task List_NonNumericPaging_IsBadRequestProblem()
    {
        await ApiAssert.AssertProblemAsync(await _client.GetAsync("/api/v1/sessions?limit=ten", Token), 400, ProblemTypes.BadRequest);
    }

    [Theory]
    [InlineData("{\"clientKind\":")]
    [InlineData("not json")]
    [InlineData("{\"clientKind\":\"toaster\"}")]
    [InlineData("{\"metadata\":{\"k\":1}}")]
    public async Task Create_MalformedBody_IsInvalidBodyProblem(string body)
    {
        await ApiAssert.AssertProblemAsync(await _client.PostAsync("/api/v1/sessions", ApiAssert.Json(body), Token), 400, ProblemTypes.InvalidBody);
    }

    [Fact]
    public async Task Create_WrongContentType_IsUnsupportedMediaTypeProblem()
    {
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain");

        await ApiAssert.AssertProblemAsync(await _client.PostAsync("/api/v1/sessions", content, Token), 415, ProblemTypes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Create_OversizeBody_IsPayloadTooLargeProblemAndStoresNothing()
    {
        var before = (await (await _client.GetAsync("/api/v1/sessions?limit=1", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32();
        var label = new string('x', ServerFixture.MaxBodyBytes + 1);

        var problem = await ApiAssert.AssertProblemAsync(await _client.PostJsonAsync("/api/v1/sessions", new { userLabel = label }, Token), 413, ProblemTypes.PayloadTooLarge);

        Assert.Contains("FM_MAX_REQUEST_BODY_BYTES", problem.GetProperty("detail").GetString());
        var after = (await (await _client.GetAsync("/api/v1/sessions?limit=1", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Create_LabelTooLong_IsValidationProblem()
    {
        await ApiAssert.AssertProblemAsync(await _client.PostJsonAsync("/api/v1/sessions", new { userLabel = new string('x', 201) }, Token), 400, ProblemTypes.Validation);
    }

    [Fact]
    public async Task UnknownRoute_And_WrongMethod_AreProblems()
    {
        await ApiAssert.AssertProblemAsync(await _client.GetAsync("/api/v1/nothing-here", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await _client.PutAsync("/api/v1/sessions", ApiAssert.Json("{}"), Token), 405, ProblemTypes.MethodNotAllowed);
    }
}
