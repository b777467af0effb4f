using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>The Slack app against a real server (FM_AUTH=required) and a real local HTTP server speaking Slack's Web API
/// (chat.postMessage, private file downloads, response URLs). Requests are signed here as Slack signs them; a mention opens a case
/// and is answered in its thread, replies ask further, shared files become evidence, retries and the app's own messages are not
/// answered twice, and unsigned, stale or forged requests are refused.</summary>
public sealed class SlackAppTests : IAsyncLifetime
{
    private const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string BotToken = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
    private const string AppUser = "U0FMAPP";
    private const string LogFile = "2026-05-02T10:00:01Z ERROR checkout upstream payments timed out after 30000 ms\n2026-05-02T10:00:02Z ERROR checkout upstream payments timed out after 30000 ms\n";

    private readonly ConcurrentQueue<JsonElement> _posted = new();
    private readonly ConcurrentQueue<JsonElement> _responses = new();
    private readonly ConcurrentQueue<string> _downloads = new();
    private int _ts = 1000;
    private WebApplication _slack = null!;
    private Uri _slackUrl = null!;
    private SecuredServer _server = null!;

    private CaseReader Cases => new(_server.Admin);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _slack = LoopbackApp.Create();
        _slack.MapPost("/api/chat.postMessage", async (HttpRequest request) =>
        {
            if (request.Headers.Authorization != "Bearer " + BotToken)
            {
                return Results.Json(new { ok = false, error = "invalid_auth" });
            }

            var message = (await JsonDocument.ParseAsync(request.Body)).RootElement.Clone();
            if (message.GetProperty("channel").GetString() == "CNOTIN")
            {
                return Results.Json(new { ok = false, error = "not_in_channel" });
            }

            _posted.Enqueue(message);
            return Results.Json(new { ok = true, channel = message.GetProperty("channel").GetString(), ts = $"1777000000.{Interlocked.Increment(ref _ts):D6}" });
        });
        _slack.MapGet("/files-pri/T1-F1/checkout.log", (HttpRequest request) =>
        {
            _downloads.Enqueue(request.Path);
            return request.Headers.Authorization == "Bearer " + BotToken ? Results.Text(LogFile) : Results.StatusCode(403);
        });
        _slack.MapPost("/commands/T1/response-1", async (HttpRequest request) =>
        {
            _responses.Enqueue((await JsonDocument.ParseAsync(request.Body)).RootElement.Clone());
            return Results.Text("ok");
        });
        _slackUrl = await _slack.StartOnLoopbackAsync(Cancel);
        _server = await SecuredServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_SLACK_SIGNING_SECRET"] = SigningSecret,
            ["FM_SLACK_BOT_TOKEN"] = BotToken,
            ["FM_SLACK_API_URL"] = new Uri(_slackUrl, "api/").ToString(),
            ["FM_PUBLIC_URL"] = "https://faultmaven.example.com",
        }, cancellationToken: Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task UrlVerification_IsAnsweredWithItsChallenge()
    {
        using var response = await SendAsync("/api/v1/integrations/slack/events", """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (await response.ReadJsonAsync(Cancel)).GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task AMention_OpensACase_AndIsAnsweredInItsThread_WithTheRootCauseAndALink()
    {
        using var response = await SendAsync("/api/v1/integrations/slack/events", Event("Ev01", "app_mention", "C01", "1777000001.000100", $"<@{AppUser}> why is checkout returning 502s since 10:00?"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var reply = await PostedAsync(m => m.TryGetProperty("thread_ts", out var t) && t.GetString() == "1777000001.000100");
        Assert.Equal("C01", reply.GetProperty("channel").GetString());
        var text = reply.GetProperty("text").GetString()!;
        Assert.Contains("Root cause:", text, StringComparison.Ordinal);
        var caseId = CaseIdIn(text);
        var @case = await Cases.GetAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("why is checkout returning 502s since 10:00?", @case.GetProperty("title").GetString());
        Assert.Equal("why is checkout returning 502s since 10:00?", (await Cases.TurnsAsync(caseId))[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task AReplyInTheThread_AsksOnTheSameCase_AndItsSharedFileBecomesEvidence()
    {
        await SendAsync("/api/v1/integrations/slack/events", Event("Ev10", "app_mention", "C02", "1777000002.000100", $"<@{AppUser}> checkout is slow"));
        var caseId = CaseIdIn((await PostedAsync(m => m.TryGetProperty("thread_ts", out var t) && t.GetString() == "1777000002.000100")).GetProperty("text").GetString()!);

        var files = new[] { new { id = "F1", name = "checkout.log", size = LogFile.Length, url_private_download = new Uri(_slackUrl, "files-pri/T1-F1/checkout.log").ToString() } };
        using var reply = await SendAsync("/api/v1/integrations/slack/events",
            Event("Ev11", "message", "C02", "1777000002.000200", "here is the log", threadTs: "1777000002.000100", subtype: "file_share", files: files));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        await UntilAsync(async () => (await Cases.TurnsAsync(caseId)).Count >= 4);
        var upload = Assert.Single((await Cases.GetAsync($"/api/v1/cases/{caseId}/data")).GetProperty("items").EnumerateArray());
        Assert.Equal("checkout.log", upload.GetProperty("fileName").GetString());
        Assert.Equal(2, _posted.Count(m => m.TryGetProperty("thread_ts", out var t) && t.GetString() == "1777000002.000100"));
    }

    [Fact]
    public async Task BotMessages_Chatter_RetriesAndRepliesThatMentionTheApp_AreNotAnsweredTwice()
    {
        await SendAsync("/api/v1/integrations/slack/events", Event("Ev20", "app_mention", "C03", "1777000003.000100", $"<@{AppUser}> disk full on db-1?"));
        var caseId = CaseIdIn((await PostedAsync(m => m.TryGetProperty("thread_ts", out var t) && t.GetString() == "1777000003.000100")).GetProperty("text").GetString()!);

        // Slack's retry of the same event; the app's own reply; a message outside any thread; the message event of a mention.
        await SendAsync("/api/v1/integrations/slack/events", Event("Ev20", "app_mention", "C03", "1777000003.000100", $"<@{AppUser}> disk full on db-1?"));
        await SendAsync("/api/v1/integrations/slack/events", Event("Ev21", "message", "C03", "1777000003.000300", "Root cause: …", threadTs: "1777000003.000100", botId: "B01"));
        await SendAsync("/api/v1/integrations/slack/events", Event("Ev22", "message", "C03", "1777000003.000400", "lunch anyone?"));
        await SendAsync("/api/v1/integrations/slack/events", Event("Ev23", "message", "C03", "1777000003.000100", $"<@{AppUser}> disk full on db-1?"));
        await Task.Delay(1500, Cancel);

        Assert.Equal(2, (await Cases.TurnsAsync(caseId)).Count);
        Assert.Single(_posted, m => m.TryGetProperty("thread_ts", out var t) && t.GetString() == "1777000003.000100");
        Assert.Equal(1, (await Cases.GetAsync("/api/v1/cases")).GetProperty("items").EnumerateArray().Count(c => c.GetProperty("title").GetString() == "disk full on db-1?"));
    }

    [Fact]
    public async Task TheSlashCommand_PostsTheQuestion_AndAnswersInItsThread()
    {
        using var response = await SendAsync("/api/v1/integrations/slack/commands", Command("C04", "why are payments timing out?", "https://example.invalid/never-used"), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = await response.ReadJsonAsync(Cancel);
        Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
        Assert.StartsWith("Investigating", ack.GetProperty("text").GetString(), StringComparison.Ordinal);
        var question = await PostedAsync(m => m.GetProperty("channel").GetString() == "C04" && !m.TryGetProperty("thread_ts", out _));
        Assert.Equal("<@U0ASKER> asked: why are payments timing out?", question.GetProperty("text").GetString());
        var answer = await PostedAsync(m => m.GetProperty("channel").GetString() == "C04" && m.TryGetProperty("thread_ts", out _));
        Assert.Contains("Root cause:", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSlashCommandsPublicEcho_IsRedacted_AndAReplayedCommandRunsOnce()
    {
        var body = Command("C07", "why can't ana.k@example.org log in, key AKIAZ7Q3MX5TLP2WNR4K", "https://example.invalid/never-used");
        using (var first = await SendAsync("/api/v1/integrations/slack/commands", body, "application/x-www-form-urlencoded"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // The same signed body again, inside Slack's five-minute window.
        using (var replay = await SendAsync("/api/v1/integrations/slack/commands", body, "application/x-www-form-urlencoded"))
        {
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.StartsWith("This command was received already", (await replay.ReadJsonAsync(Cancel)).GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        var echo = await PostedAsync(m => m.GetProperty("channel").GetString() == "C07" && !m.TryGetProperty("thread_ts", out _));
        var text = echo.GetProperty("text").GetString()!;
        Assert.DoesNotContain("ana.k@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAZ7Q3MX5TLP2WNR4K", text, StringComparison.Ordinal);
        await PostedAsync(m => m.GetProperty("channel").GetString() == "C07" && m.TryGetProperty("thread_ts", out _));
        await Task.Delay(1000, Cancel);
        Assert.Equal(2, _posted.Count(m => m.GetProperty("channel").GetString() == "C07"));
    }

    [Fact]
    public async Task TheSlashCommand_WhereTheAppMayNotPost_AnswersThroughItsResponseUrl()
    {
        using var response = await SendAsync("/api/v1/integrations/slack/commands",
            Command("CNOTIN", "is redis down?", new Uri(_slackUrl, "commands/T1/response-1").ToString()), "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await UntilAsync(() => Task.FromResult(!_responses.IsEmpty));
        var answer = Assert.Single(_responses);
        Assert.Equal("in_channel", answer.GetProperty("response_type").GetString());
        Assert.Contains("Root cause:", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOffSlacksHost_IsNotFetched()
    {
        var elsewhere = new UriBuilder(new Uri(_slackUrl, "files-pri/T1-F1/checkout.log")) { Host = "localhost" }.Uri.ToString();
        var files = new[] { new { id = "F9", name = "checkout.log", size = 10, url_private_download = elsewhere } };
        await SendAsync("/api/v1/integrations/slack/events", Event("Ev30", "app_mention", "C05", "1777000005.000100", $"<@{AppUser}> look at this", files: files));

        var caseId = CaseIdIn((await PostedAsync(m => m.GetProperty("channel").GetString() == "C05")).GetProperty("text").GetString()!);
        Assert.Empty(_downloads);
        Assert.Equal(0, (await Cases.GetAsync($"/api/v1/cases/{caseId}/data")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"type":"event_callback","team_id":"T1","event_id":"Ev50","event":{"type":"app_mention","channel":"C07","ts":"1777000007.000100","user":"U1","text":"lone \ud800 surrogate"}}""", 400)]
    [InlineData("""{"type":"event_callback","team_id":"T1","event_id":"Ev51","event":{"type":"app_mention","channel":"C07","ts":"1777000007.000200","user":"U1","text":"x","files":[{"id":"F1","name":"a.log","size":"12"}]}}""", 200)]
    [InlineData("""{"type":"event_callback","team_id":"T1","event_id":"Ev52","event":{"type":"app_mention","channel":"C07","ts":"1777000007.000300","user":"U1","text":"x","files":[{"id":"F2","size":null,"url_private":null}]}}""", 200)]
    public async Task OddStringsAndFileSizes_AreNotServerErrors(string body, int status)
    {
        using var response = await SendAsync("/api/v1/integrations/slack/events", body);

        Assert.Equal(status, (int)response.StatusCode);
    }

        [Theory]
    [InlineData("forged", 0)]
    [InlineData("stale", -600)]
    [InlineData("future", 600)]
    [InlineData("none", 0)]
    public async Task UnsignedStaleOrForgedRequests_Are401_AndChangeNothing(string kind, int skewSeconds)
    {
        var body = Event("Ev40", "app_mention", "C06", "1777000006.000100", $"<@{AppUser}> forged question");
        var timestamp = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + skewSeconds).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/integrations/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (kind != "none")
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", kind == "forged" ? Sign("not-the-secret", timestamp, body) : Sign(SigningSecret, timestamp, body));
        }

        using var response = await _server.Anonymous.SendAsync(request, Cancel);

        await ApiAssert.AssertProblemAsync(response, 401, ProblemTypes.Unauthorized);
        await Task.Delay(300, Cancel);
        Assert.Empty(_posted);
        Assert.Equal(0, (await Cases.GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task WithTheAppOff_ItsUrlsAre404()
    {
        await using var off = await InProcessServer.StartAsync(cancellationToken: Cancel);
        using var request = Signed("/api/v1/integrations/slack/events", """{"type":"url_verification","challenge":"x"}""", "application/json");

        using var response = await off.Client.SendAsync(request, Cancel);

        await ApiAssert.AssertProblemAsync(response, 404, ProblemTypes.NotFound);
    }

    private static string Event(string id, string type, string channel, string ts, string text, string? threadTs = null, string? subtype = null, string? botId = null, object? files = null)
    {
        var item = new Dictionary<string, object?> { ["type"] = type, ["user"] = "U0ASKER", ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts };
        if (threadTs is not null)
        {
            item["thread_ts"] = threadTs;
        }

        if (subtype is not null)
        {
            item["subtype"] = subtype;
        }

        if (botId is not null)
        {
            item["bot_id"] = botId;
        }

        if (files is not null)
        {
            item["files"] = files;
        }

        return JsonSerializer.Serialize(new
        {
            token = "legacy",
            team_id = "T1",
            api_app_id = "A0FM",
            @event = item,
            type = "event_callback",
            event_id = id,
            event_time = 1777000000,
            authorizations = new[] { new { team_id = "T1", user_id = AppUser, is_bot = true } },
        });
    }

    private static string Command(string channel, string text, string responseUrl) =>
        string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "legacy", ["team_id"] = "T1", ["channel_id"] = channel, ["user_id"] = "U0ASKER", ["user_name"] = "asker",
            ["command"] = "/faultmaven", ["text"] = text, ["response_url"] = responseUrl, ["trigger_id"] = Guid.NewGuid().ToString("N"),
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    // Slack's v0 scheme, written here from its documentation rather than shared with the server's code.
    private static string Sign(string secret, string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    private static HttpRequestMessage Signed(string path, string body, string mediaType)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(SigningSecret, timestamp, body));
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string body, string mediaType = "application/json")
    {
        using var request = Signed(path, body, mediaType);
        return await _server.Anonymous.SendAsync(request, Cancel);
    }

    private static string CaseIdIn(string text)
    {
        const string marker = "https://faultmaven.example.com/cases/";
        var start = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        Assert.True(start >= marker.Length, $"no case link in: {text}");
        return text[start..text.IndexOf('|', start)];
    }

    private async Task<JsonElement> PostedAsync(Func<JsonElement, bool> match)
    {
        await UntilAsync(() => Task.FromResult(_posted.Any(match)));
        return _posted.First(match);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100, Cancel);
        }

        throw new TimeoutException("the condition did not hold within 30 s");
    }

}
