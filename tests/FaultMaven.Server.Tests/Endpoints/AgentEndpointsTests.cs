using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>The agent API against a real server: turns as JSON, multipart and server-sent events, the investigation state,
/// one-shot queries, and bad input.</summary>
public sealed class AgentEndpointsTests : IAsyncLifetime
{
    private const string CrashLog = "2026-05-02T10:00:00Z INFO  worker starting\n2026-05-02T10:00:01Z ERROR worker: environment variable QUEUE_URL is not set\n";
    private InProcessServer? _server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private HttpClient Client => _server!.Client;

    public async ValueTask InitializeAsync() =>
        _server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_MAX_UPLOAD_BYTES"] = "65536" }, cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server!.DisposeAsync();

    [Fact]
    public async Task JsonTurn_WithPastedLog_Answers_StoresStateAndBothTurns()
    {
        var id = await CreateCaseAsync();
        using var response = await Client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { message = "why is the worker down?", files = new[] { new { content = CrashLog, filename = "worker.log" } } }, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.ReadJsonAsync(Token);
        Assert.Equal("offline analysis", reply.GetProperty("engine").GetString());
        Assert.Equal("configuration_error", reply.GetProperty("category").GetString());
        Assert.Contains("QUEUE_URL", reply.GetProperty("root_cause").GetString(), StringComparison.Ordinal);
        var upload = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString();
        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == upload && c.GetProperty("startLine").GetInt32() == 2);

        var investigation = await (await Client.GetAsync($"/api/v1/cases/{id}/investigation", Token)).ReadJsonAsync(Token);
        Assert.Equal("solution", investigation.GetProperty("phase").GetString());
        Assert.Equal(reply.GetProperty("investigation").GetProperty("hypotheses")[0].GetProperty("statement").GetString(),
            investigation.GetProperty("hypotheses")[0].GetProperty("statement").GetString());

        var turns = await (await Client.GetAsync($"/api/v1/cases/{id}/turns", Token)).ReadJsonAsync(Token);
        Assert.Equal(["user", "assistant"], turns.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("role").GetString()));
        Assert.Equal(upload, turns.GetProperty("items")[0].GetProperty("attachments")[0].GetString());

        // Answered on, the open case is now under investigation.
        Assert.Equal("investigating", (await (await Client.GetAsync($"/api/v1/cases/{id}", Token)).ReadJsonAsync(Token)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task MultipartTurn_TakesMessageAndFiles()
    {
        var id = await CreateCaseAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("why is the worker down?"), "message" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(CrashLog)), "file", "worker.log" },
        };
        using var response = await Client.PostAsync($"/api/v1/cases/{id}/turns", form, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("QUEUE_URL", (await response.ReadJsonAsync(Token)).GetProperty("root_cause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventStream_SendsState_Tokens_ThenTheReply()
    {
        var id = await CreateCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{id}/turns")
        {
            Content = JsonContent(new { message = "why?", files = new[] { new { content = CrashLog, filename = "worker.log" } } }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new List<(string Event, string Data)>();
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(Token)).EnumerateAsync(Token))
        {
            events.Add((item.EventType, item.Data));
        }

        var steps = events.TakeWhile(e => e.Event == "progress").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("step").GetString()).ToList();
        Assert.Equal(["upload", "evidence", "analysis"], steps);
        Assert.Equal("state", events[steps.Count].Event);
        Assert.Equal("reply", events[^1].Event);
        var tokens = events.Where(e => e.Event == "token").Select(e => JsonSerializer.Deserialize<string>(e.Data)).ToList();
        Assert.True(tokens.Count > 3);
        var reply = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal(reply.GetProperty("text").GetString(), string.Concat(tokens));
    }

    [Fact]
    public async Task EventStream_AFailedAttachment_IsAnErrorEvent()
    {
        var id = await CreateCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{id}/turns")
        {
            Content = JsonContent(new { message = "look", files = new[] { new { content = new string('x', 70_000), filename = "big.log" } } }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Token);

        var events = new List<(string Event, string Data)>();
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(Token)).EnumerateAsync(Token))
        {
            events.Add((item.EventType, item.Data));
        }

        var error = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal("error", events[^1].Event);
        Assert.Equal(413, error.GetProperty("status").GetInt32());
        Assert.Equal(ProblemTypes.PayloadTooLarge, error.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Query_OpensACaseOnTheFly()
    {
        using var response = await Client.PostJsonAsync("/api/v1/agent/query", new { message = "why is the worker down?\nsee log", files = new[] { new { content = CrashLog, filename = "worker.log" } } }, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caseId = (await response.ReadJsonAsync(Token)).GetProperty("caseId").GetString();
        var created = await (await Client.GetAsync($"/api/v1/cases/{caseId}", Token)).ReadJsonAsync(Token);
        Assert.Equal("why is the worker down?", created.GetProperty("title").GetString());
        Assert.Equal("solution", created.GetProperty("investigation").GetProperty("phase").GetString());
    }

    [Fact]
    public async Task BadInput_GetsProblems_AndChangesNothing()
    {
        var id = await CreateCaseAsync();
        await ApiAssert.AssertProblemAsync(await Client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { message = "  " }, Token), 400, ProblemTypes.Validation);
        await ApiAssert.AssertProblemAsync(await Client.PostAsync($"/api/v1/cases/{id}/turns", ApiAssert.Json("{\"message\": "), Token), 400, ProblemTypes.InvalidBody);
        await ApiAssert.AssertProblemAsync(await Client.PostJsonAsync("/api/v1/cases/case_missing/turns", new { message = "hi" }, Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await Client.GetAsync("/api/v1/cases/case_missing/investigation", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await Client.GetAsync("/api/v1/cases/case_missing/usage", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await Client.PostJsonAsync("/api/v1/agent/query", new { message = "" }, Token), 400, ProblemTypes.Validation);
        // A question longer than a turn holds is refused by the name the client gave it, with what to do instead.
        var essay = await ApiAssert.AssertProblemAsync(await Client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { message = new string('q', Core.Cases.Turn.MaxContentLength + 1) }, Token), 400, ProblemTypes.Validation);
        Assert.StartsWith("message must be at most 100,000 characters", essay.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ApiAssert.AssertProblemAsync(await Client.PostJsonAsync($"/api/v1/cases/{id}/data", new { content = " \n\t ", filename = "blank.txt" }, Token), 400, ProblemTypes.Validation);

        var big = new string('x', 70_000);
        var tooLarge = await ApiAssert.AssertProblemAsync(await Client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { message = "look", files = new[] { new { content = big, filename = "big.log" } } }, Token), 413, ProblemTypes.PayloadTooLarge);
        Assert.Contains("big.log", tooLarge.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var binary = new MultipartFormDataContent { { new StringContent("look"), "message" }, { new ByteArrayContent([0, 1, 2, 0, 0, 255, 0, 7]), "file", "core.bin" } };
        await ApiAssert.AssertProblemAsync(await Client.PostAsync($"/api/v1/cases/{id}/turns", binary, Token), 415, ProblemTypes.UnsupportedMediaType);

        var turns = await (await Client.GetAsync($"/api/v1/cases/{id}/turns", Token)).ReadJsonAsync(Token);
        Assert.Equal(0, turns.GetProperty("total").GetInt32());
        var investigation = await (await Client.GetAsync($"/api/v1/cases/{id}/investigation", Token)).ReadJsonAsync(Token);
        Assert.Equal("intake", investigation.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task ClosedCase_RefusesTurns()
    {
        var id = await CreateCaseAsync();
        (await Client.PatchAsync($"/api/v1/cases/{id}", JsonContent(new { status = "closed" }), Token)).EnsureSuccessStatusCode();

        await ApiAssert.AssertProblemAsync(await Client.PostJsonAsync($"/api/v1/cases/{id}/turns", new { message = "still there?" }, Token), 409, ProblemTypes.Conflict);
    }

    private async Task<string> CreateCaseAsync()
    {
        using var response = await Client.PostJsonAsync("/api/v1/cases", new { title = "worker down" }, Token);
        return (await response.ReadJsonAsync(Token)).GetProperty("id").GetString()!;
    }

    private static StringContent JsonContent(object body) => ApiAssert.Json(JsonSerializer.Serialize(body));
}
