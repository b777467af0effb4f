using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>The Alertmanager webhook against a real server with FM_AUTH=required: it needs its own token and no API key, opens a
/// case per alert group with the notification as evidence and an investigation in the background, appends later notifications,
/// records resolved ones, ignores retries, and answers bad input with problem details.</summary>
public sealed class IntegrationEndpointsTests : IAsyncLifetime
{
    private const string Token = "am-token-0123456789abcdef";
    private const string Path = "/api/v1/integrations/alertmanager";

    private SecuredServer _server = null!;

    private CaseReader Cases => new(_server.Admin);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await SecuredServer.StartAsync(
        new Dictionary<string, string?> { ["FM_ALERTMANAGER_TOKEN"] = Token, ["FM_MAX_REQUEST_BODY_BYTES"] = "65536" }, cancellationToken: Cancel);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Firing_OpensCaseWithTheAlertAsEvidence_AndAnswersInTheBackground()
    {
        using var response = await PostAsync(Notification("group-a", "firing", "HighErrorRate"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var intake = await response.ReadJsonAsync(Cancel);
        var id = intake.GetProperty("caseId").GetString()!;
        Assert.True(intake.GetProperty("opened").GetBoolean());
        Assert.True(intake.GetProperty("investigating").GetBoolean());
        Assert.Equal($"/api/v1/cases/{id}", response.Headers.Location?.OriginalString);

        var @case = await Cases.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal("HighErrorRate (service=checkout, namespace=shop, severity=critical)", @case.GetProperty("title").GetString());

        var turns = await Cases.TurnsUntilAsync(id, 2);
        Assert.Equal(["user", "assistant"], turns.Select(t => t.GetProperty("role").GetString()));
        Assert.StartsWith("Alert HighErrorRate is firing for service=checkout", turns[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        var upload = Assert.Single((await Cases.GetAsync($"/api/v1/cases/{id}/data")).GetProperty("items").EnumerateArray());
        Assert.StartsWith("alertmanager-HighErrorRate-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Equal("alert", upload.GetProperty("classification").GetProperty("type").GetString());
    }

    [Fact]
    public async Task SecondFiring_OfTheSameGroup_AppendsToTheOpenCase()
    {
        var id = await CaseReader.CaseOfAsync(await PostAsync(Notification("group-b", "firing", "DiskFull")));
        await Cases.TurnsUntilAsync(id, 2);

        using var second = await PostAsync(Notification("group-b", "firing", "DiskFull", instances: 2));
        var intake = await second.ReadJsonAsync(Cancel);
        Assert.Equal(id, intake.GetProperty("caseId").GetString());
        Assert.False(intake.GetProperty("opened").GetBoolean());

        await Cases.TurnsUntilAsync(id, 4);
        Assert.Equal(2, (await Cases.GetAsync($"/api/v1/cases/{id}/data")).GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await Cases.GetAsync("/api/v1/cases?q=DiskFull")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Resolved_IsRecordedOnTheCase_WithoutAnInvestigation()
    {
        var id = await CaseReader.CaseOfAsync(await PostAsync(Notification("group-c", "firing", "PodCrashLooping")));
        await Cases.TurnsUntilAsync(id, 2);

        using var resolved = await PostAsync(Notification("group-c", "resolved", "PodCrashLooping"));
        var intake = await resolved.ReadJsonAsync(Cancel);
        Assert.Equal(id, intake.GetProperty("caseId").GetString());
        Assert.False(intake.GetProperty("investigating").GetBoolean());

        var turns = await Cases.TurnsUntilAsync(id, 3);
        Assert.StartsWith("Alertmanager: PodCrashLooping resolved", turns[2].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("resolved at 2026-05-02 10:30:00Z", turns[2].GetProperty("content").GetString(), StringComparison.Ordinal);
        // Nothing answers it: no fourth turn comes.
        await Task.Delay(500, Cancel);
        Assert.Equal(3, (await Cases.TurnsAsync(id)).Count);
        Assert.Single((await Cases.GetAsync($"/api/v1/cases/{id}/data")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Retry_OfTheSamePayload_CreatesNothingNew()
    {
        var body = Notification("group-d", "firing", "LatencyHigh");
        var tasks = Enumerable.Range(0, 3).Select(_ => PostAsync(body)).ToList();
        var ids = new HashSet<string>();
        foreach (var task in tasks)
        {
            using var response = await task;
            ids.Add(await CaseReader.CaseOfAsync(response));
        }

        var id = Assert.Single(ids);
        await Cases.TurnsUntilAsync(id, 2);
        using var later = await PostAsync(body);
        Assert.Equal(id, await CaseReader.CaseOfAsync(later));
        await Task.Delay(500, Cancel);

        Assert.Equal(2, (await Cases.TurnsAsync(id)).Count);
        Assert.Single((await Cases.GetAsync($"/api/v1/cases/{id}/data")).GetProperty("items").EnumerateArray());
        Assert.Equal(1, (await Cases.GetAsync("/api/v1/cases?q=LatencyHigh")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BasicAuth_WithTheTokenAsPassword_IsAccepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Body(Notification("group-e", "firing", "BasicAuthAlert")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alertmanager:" + Token)));
        using var response = await _server.Anonymous.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token-0123456789")]
    [InlineData("Bearer " + SecuredServer.BootstrapKey)]
    [InlineData("Basic YWxlcnRtYW5hZ2VyOndyb25n")]
    public async Task WrongOrMissingToken_Is401(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Body(Notification("group-f", "firing", "Nope")) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _server.Anonymous.SendAsync(request, Cancel);
        await ApiAssert.AssertProblemAsync(response, 401, ProblemTypes.Unauthorized);
        Assert.Equal(0, (await Cases.GetAsync("/api/v1/cases?q=Nope")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"version":"3","groupKey":"g","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"A"}}]}""")]
    [InlineData("""{"version":"4","groupKey":"g","status":"firing","alerts":[]}""")]
    [InlineData("""{"version":"4","groupKey":"g","status":"burning","alerts":[{"status":"firing","labels":{"alertname":"A"}}]}""")]
    [InlineData("""{"version":"4","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"A"}}]}""")]
    [InlineData("""{"version":"4","groupKey":"g-null","status":"firing","alerts":[{"status":"firing"},null]}""")]
    public async Task Malformed_Is400(string json)
    {
        using var response = await PostAsync(json);
        await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        // Refused before anything is stored: no empty case is left behind.
        Assert.Equal(0, (await Cases.GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task EachReplicaOfAnHaPair_SendingTheSameAlerts_IsOneNotification()
    {
        var first = Notification("group-ha", "firing", "QueueBacklog");
        var second = first.Replace("http://alertmanager:9093", "http://alertmanager-1:9093", StringComparison.Ordinal);
        var id = await CaseReader.CaseOfAsync(await PostAsync(first));
        Assert.Equal(id, await CaseReader.CaseOfAsync(await PostAsync(second)));

        await Cases.TurnsUntilAsync(id, 2);
        await Task.Delay(500, Cancel);
        Assert.Equal(2, (await Cases.TurnsAsync(id)).Count);
        Assert.Single((await Cases.GetAsync($"/api/v1/cases/{id}/data")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task EscapedCharacters_DoNotHideSecretsFromTheRedactor()
    {
        // Go's JSON encoder (Alertmanager's) writes < > & as \u003c \u003e \u0026; a sender may escape anything.
        var json = Notification("group-esc", "firing", "Escapes").Replace(
            "5xx ratio above 5%", "owner Ana \\u003cana\\u0040example.com\\u003e key \\u0041KIAZ7Q3MX5TLP2WNR4K token=abc\\u0026def123456", StringComparison.Ordinal);
        var id = await CaseReader.CaseOfAsync(await PostAsync(json));
        await Cases.TurnsUntilAsync(id, 2);

        var upload = (await Cases.GetAsync($"/api/v1/cases/{id}/data")).GetProperty("items")[0].GetProperty("id").GetString();
        var text = (await Cases.GetAsync($"/api/v1/cases/{id}/data/{upload}/content")).GetProperty("text").GetString()!;
        Assert.DoesNotContain("example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("KIAZ7Q3MX5TLP2WNR4K", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", text, StringComparison.Ordinal);
        Assert.Contains("<EMAIL_1>", text, StringComparison.Ordinal);
        // Still JSON after redaction, and the same person has the same token in the question.
        using var stored = JsonDocument.Parse(text);
        Assert.Contains("<EMAIL_1>", (await Cases.TurnsAsync(id))[0].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlertStorm_IsRefusedWith503_OnceInvestigationsQueueUp()
    {
        // A model that takes a minute to answer: 64 investigations are taken in hand (two running, the rest waiting) and the storm's
        // rest is refused for Alertmanager to send again, before any case is opened for it.
        await using var model = await ScriptedLlmServer.StartAsync(Cancel);
        model.Otherwise = LlmStep.Slow(TimeSpan.FromMinutes(1), "{\"root_cause\": \"late\"}");
        await using var server = await SecuredServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_ALERTMANAGER_TOKEN"] = Token,
            ["FM_OPENAI_API_KEY"] = "sk-test",
            ["FM_OPENAI_URL"] = model.OpenAIEndpoint.ToString(),
            ["FM_RATE_LIMIT_CREATE_PER_MINUTE"] = "0",
            ["FM_RATE_LIMIT_PER_MINUTE"] = "0",
        }, cancellationToken: Cancel);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 70; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Body(Notification($"storm-{i}", "firing", "Storm")) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            using var response = await server.Anonymous.SendAsync(request, Cancel);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                await ApiAssert.AssertProblemAsync(response, 503, ProblemTypes.ServiceUnavailable);
            }
        }

        Assert.Equal(64, statuses.Count(s => s == HttpStatusCode.Accepted));
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.ServiceUnavailable));
        Assert.Equal(64, (await (await server.Admin.GetAsync("/api/v1/cases?q=Storm", Cancel)).ReadJsonAsync(Cancel)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ConcurrentNotificationsOfAGroup_AreAnsweredInTurn_NoneLost()
    {
        var bodies = Enumerable.Range(1, 6).Select(i => Notification("group-race", "firing", "ErrorBurst", instances: i)).ToList();
        var ids = new HashSet<string>();
        foreach (var response in await Task.WhenAll(bodies.Select(PostAsync)))
        {
            ids.Add(await CaseReader.CaseOfAsync(response));
            response.Dispose();
        }

        var id = Assert.Single(ids);
        var turns = await Cases.TurnsUntilAsync(id, 12);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? "user" : "assistant"), turns.Select(t => t.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task HugeBody_Is413()
    {
        using var response = await PostAsync(Notification("group-g", "firing", new string('x', 70_000)));
        await ApiAssert.AssertProblemAsync(response, 413, ProblemTypes.PayloadTooLarge);
    }

    [Fact]
    public async Task UnsetToken_Is404()
    {
        await using var off = await InProcessServer.StartAsync(cancellationToken: Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Body(Notification("group-h", "firing", "Off")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await off.Client.SendAsync(request, Cancel);
        await ApiAssert.AssertProblemAsync(response, 404, ProblemTypes.NotFound);
    }

    private static string Notification(string groupKey, string status, string alertName, int instances = 1)
    {
        var alerts = Enumerable.Range(1, instances).Select(i => new
        {
            status,
            labels = new Dictionary<string, string> { ["alertname"] = alertName, ["service"] = "checkout", ["namespace"] = "shop", ["severity"] = "critical", ["instance"] = $"checkout-{i}:8080" },
            annotations = new Dictionary<string, string> { ["summary"] = "5xx ratio above 5%" },
            startsAt = "2026-05-02T10:00:00Z",
            endsAt = status == "resolved" ? "2026-05-02T10:30:00Z" : "0001-01-01T00:00:00Z",
            generatorURL = "http://prometheus:9090/graph?g0.expr=up",
            fingerprint = $"f{i:x8}",
        });
        return JsonSerializer.Serialize(new
        {
            version = "4",
            groupKey = $"{{}}:{{alertname=\"{groupKey}\"}}",
            truncatedAlerts = 0,
            status,
            receiver = "faultmaven",
            groupLabels = new Dictionary<string, string> { ["alertname"] = alertName },
            commonLabels = new Dictionary<string, string> { ["alertname"] = alertName, ["service"] = "checkout", ["namespace"] = "shop", ["severity"] = "critical" },
            commonAnnotations = new Dictionary<string, string> { ["summary"] = "5xx ratio above 5%" },
            externalURL = "http://alertmanager:9093",
            alerts,
        });
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Body(json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await _server.Anonymous.SendAsync(request, Cancel);
    }

}
