using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using FaultMaven.Server.Integrations;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>Other alerting tools' webhooks (Grafana, PagerDuty, Datadog and a custom field mapping) against a real server with
/// FM_AUTH=required: each opens a case per alert group like Alertmanager's, records resolution, ignores re-deliveries, refuses bad
/// input with problem details; the answer of each investigation is posted, redacted and linked, to a chat webhook served by a real
/// local HTTP server that speaks the incoming-webhook protocol.</summary>
public sealed class AlertWebhookTests : IAsyncLifetime
{
    private const string Token = "wh-token-0123456789abcdef";
    private const string AlertmanagerToken = "am-token-0123456789abcdef";
    private const string CustomMapping = """
        {"group":"incident.key","status":"incident.state","resolved":["closed"],"name":"incident.title","severity":"incident.level",
         "service":"incident.component","description":"incident.details","startsAt":"incident.opened","labels":"incident.tags"}
        """;

    private readonly ConcurrentQueue<JsonElement> _chat = new();
    private WebApplication _chatServer = null!;
    private SecuredServer _server = null!;

    private CaseReader Cases => new(_server.Admin);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _chatServer = LoopbackApp.Create();
        _chatServer.MapPost("/services/T000/B000/secret", async (HttpRequest request) =>
        {
            _chat.Enqueue((await JsonDocument.ParseAsync(request.Body)).RootElement.Clone());
            return Results.Text("ok");
        });
        var chat = await _chatServer.StartOnLoopbackAsync(Cancel);
        _server = await SecuredServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_WEBHOOK_TOKEN"] = Token,
            ["FM_ALERTMANAGER_TOKEN"] = AlertmanagerToken,
            ["FM_WEBHOOK_MAPPING"] = CustomMapping,
            ["FM_NOTIFY_WEBHOOK_URL"] = new Uri(chat, "services/T000/B000/secret").ToString(),
            ["FM_PUBLIC_URL"] = "https://faultmaven.example.com/",
            ["FM_MAX_REQUEST_BODY_BYTES"] = "65536",
        }, cancellationToken: Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _chatServer.DisposeAsync();
    }

    [Fact]
    public async Task Grafana_Firing_OpensACase_AndTheAnswerIsPostedToChat_WithItsLink()
    {
        var id = await CaseReader.CaseOfAsync(await PostAsync("grafana", Grafana("grafana-g1", "firing", "CheckoutLatencyHigh")));

        var @case = await Cases.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal("CheckoutLatencyHigh (service=checkout, severity=warning)", @case.GetProperty("title").GetString());
        var turns = await Cases.TurnsUntilAsync(id, 2);
        Assert.StartsWith("Alert CheckoutLatencyHigh is firing for service=checkout", turns[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        var upload = Assert.Single((await Cases.GetAsync($"/api/v1/cases/{id}/data")).GetProperty("items").EnumerateArray());
        Assert.StartsWith("grafana-CheckoutLatencyHigh-", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);

        var message = await ChatMessageAsync(id);
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains("Root cause:", text, StringComparison.Ordinal);
        Assert.Contains($"<https://faultmaven.example.com/cases/{id}|Open case {id}>", text, StringComparison.Ordinal);
        Assert.Equal("section", message.GetProperty("blocks")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task AlertNameWithEscapesAndBidiOverrides_ReachesTheTurnsWithoutThem()
    {
        const string Name = "Disk\u202eLluF\u202c\u001b[2J\u0007Full";
        var id = await CaseReader.CaseOfAsync(await PostAsync("grafana", Grafana("grafana-g-bidi", "firing", Name)));
        await Cases.TurnsUntilAsync(id, 2);
        Assert.Equal(id, await CaseReader.CaseOfAsync(await PostAsync("grafana", Grafana("grafana-g-bidi", "resolved", Name))));

        var turns = await Cases.TurnsUntilAsync(id, 3);
        Assert.StartsWith("Alert DiskLluFFull is firing", turns[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Grafana: DiskLluFFull resolved", turns[2].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grafana_Resolved_IsRecordedOnTheCase()
    {
        var id = await CaseReader.CaseOfAsync(await PostAsync("grafana", Grafana("grafana-g2", "firing", "DiskAlmostFull")));
        await Cases.TurnsUntilAsync(id, 2);

        Assert.Equal(id, await CaseReader.CaseOfAsync(await PostAsync("grafana", Grafana("grafana-g2", "resolved", "DiskAlmostFull"))));

        var turns = await Cases.TurnsUntilAsync(id, 3);
        Assert.StartsWith("Grafana: DiskAlmostFull resolved", turns[2].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagerDuty_TriggeredThenAcknowledged_IsOneCaseAndOneInvestigation_ThenResolved()
    {
        var id = await CaseReader.CaseOfAsync(await PostAsync("pagerduty", PagerDuty("incident.triggered", "triggered")));
        Assert.StartsWith("[#1234] Payments API 5xx", (await Cases.GetAsync($"/api/v1/cases/{id}")).GetProperty("title").GetString(), StringComparison.Ordinal);
        await Cases.TurnsUntilAsync(id, 2);

        // The same incident, acknowledged: the same alert in the same state, so nothing new is asked.
        Assert.Equal(id, await CaseReader.CaseOfAsync(await PostAsync("pagerduty", PagerDuty("incident.acknowledged", "acknowledged"))));
        await Task.Delay(500, Cancel);
        Assert.Equal(2, (await Cases.TurnsAsync(id)).Count);

        Assert.Equal(id, await CaseReader.CaseOfAsync(await PostAsync("pagerduty", PagerDuty("incident.resolved", "resolved"))));
        var turns = await Cases.TurnsUntilAsync(id, 3);
        Assert.StartsWith("PagerDuty: [#1234] Payments API 5xx", turns[2].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Datadog_TemplatePayload_ReadsItsTagsAndTransitions()
    {
        var triggered = Datadog("Triggered");
        var id = await CaseReader.CaseOfAsync(await PostAsync("datadog", triggered));

        var question = (await Cases.TurnsUntilAsync(id, 2))[0].GetProperty("content").GetString()!;
        Assert.Contains("env=prod", question, StringComparison.Ordinal);
        Assert.Contains("service=orders", question, StringComparison.Ordinal);

        Assert.Equal(id, await CaseReader.CaseOfAsync(await PostAsync("datadog", Datadog("Recovered"))));
        Assert.StartsWith("Datadog: ", (await Cases.TurnsUntilAsync(id, 3))[2].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomMapping_ReadsTheToolsOwnShape()
    {
        var body = JsonSerializer.Serialize(new
        {
            incident = new
            {
                key = "INC-77",
                state = "open",
                title = "QueueConsumerLag",
                level = "sev2",
                component = "billing-worker",
                details = "consumer lag above 10k messages",
                opened = 1_777_000_000, // Unix seconds
                tags = new[] { "team:billing", "region=eu-west-1", "canary" },
            },
        });
        var id = await CaseReader.CaseOfAsync(await PostAsync("custom", body));

        Assert.Equal("QueueConsumerLag (service=billing-worker, severity=sev2)", (await Cases.GetAsync($"/api/v1/cases/{id}")).GetProperty("title").GetString());
        var question = (await Cases.TurnsUntilAsync(id, 2))[0].GetProperty("content").GetString()!;
        Assert.Contains("consumer lag above 10k messages", question, StringComparison.Ordinal);
        Assert.Contains("region=eu-west-1", question, StringComparison.Ordinal);
        Assert.Contains("since 2026-04-24", question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("custom", "{not json")]
    [InlineData("custom", "[1, 2]")]
    [InlineData("custom", """{"incident":{"state":"open","title":"no key"}}""")]
    [InlineData("grafana", """{"status":"firing","groupKey":"g","alerts":"none"}""")]
    [InlineData("grafana", """{"status":"firing","groupKey":"g","alerts":[]}""")]
    [InlineData("pagerduty", """{"event":{"event_type":"incident.triggered"}}""")]
    public async Task Malformed_Is400_AndNothingIsStored(string tool, string json)
    {
        using var response = await PostAsync(tool, json);

        await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Equal(0, (await Cases.GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("custom", new byte[] { 0xE9, 0xFF })]
    [InlineData("grafana", new byte[] { 0xC3 })]
    public async Task InvalidUtf8InAString_Is400_NotAServerError(string tool, byte[] bad)
    {
        var json = tool == "custom"
            ? Encoding.UTF8.GetBytes("{\"incident\":{\"key\":\"k\",\"state\":\"open\",\"title\":\"caf").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}}"))
            : Encoding.UTF8.GetBytes("{\"status\":\"firing\",\"groupKey\":\"g").Concat(bad).Concat(Encoding.UTF8.GetBytes("\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"X\"}}]}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/integrations/webhook/{tool}") { Content = new ByteArrayContent(json.ToArray()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _server.Anonymous.SendAsync(request, Cancel);

        await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Equal(0, (await Cases.GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ALoneSurrogateEscape_Is400_NotAServerError()
    {
        using var response = await PostAsync("custom", """{"incident":{"key":"k\ud800","state":"open","title":"t\udc00"}}""");

        await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Equal(0, (await Cases.GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnAlertmanagerGroupKeyNamingAnotherToolsGroup_OpensItsOwnCase_NotTheToolsCase()
    {
        var grafanaCase = await CaseReader.CaseOfAsync(await PostAsync("grafana", Grafana("collide", "firing", "DiskAlmostFull")));

        var alertmanager = JsonSerializer.Serialize(new
        {
            version = "4", groupKey = "grafana:collide", status = "firing", receiver = "webhook:Grafana",
            groupLabels = new { alertname = "Injected" }, commonLabels = new { alertname = "Injected" }, commonAnnotations = new { summary = "from Alertmanager" },
            externalURL = "http://alertmanager:9093",
            alerts = new[] { new { status = "firing", labels = new { alertname = "Injected" }, annotations = new { summary = "from Alertmanager" }, startsAt = "2026-05-02T10:00:00Z", endsAt = "0001-01-01T00:00:00Z", fingerprint = "f1" } },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/integrations/alertmanager") { Content = Body(alertmanager) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AlertmanagerToken);
        var alertmanagerCase = await CaseReader.CaseOfAsync(await _server.Anonymous.SendAsync(request, Cancel));

        Assert.NotEqual(grafanaCase, alertmanagerCase);
        Assert.DoesNotContain(await Cases.TurnsUntilAsync(grafanaCase, 2), t => t.GetProperty("content").GetString()!.Contains("Injected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMissingField_IsNamedInTheProblem()
    {
        using var response = await PostAsync("custom", """{"incident":{"state":"open"}}""");

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("incident.key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTool_Is404_AndAWrongToken_Is401()
    {
        await ApiAssert.AssertProblemAsync(await PostAsync("opsgenie", Grafana("x", "firing", "X")), 404, ProblemTypes.NotFound);
        // Without the token, which tools are set up is not told: 401, not 404.
        using (var probe = new HttpRequestMessage(HttpMethod.Post, "/api/v1/integrations/webhook/opsgenie") { Content = Body("{}") })
        {
            await ApiAssert.AssertProblemAsync(await _server.Anonymous.SendAsync(probe, Cancel), 401, ProblemTypes.Unauthorized);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/integrations/webhook/grafana") { Content = Body(Grafana("x", "firing", "X")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-token-0123456789");
        using var response = await _server.Anonymous.SendAsync(request, Cancel);
        await ApiAssert.AssertProblemAsync(response, 401, ProblemTypes.Unauthorized);
        Assert.Equal(0, (await Cases.GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("""{"status":"a.b"}""", "needs 'group'")]
    [InlineData("""{"group":"a..b"}""", "must be a path")]
    [InlineData("""{"group":"a","colour":"b"}""", "Unknown mapping field 'colour'")]
    [InlineData("""{"group":"a","resolved":"closed"}""", "array of strings")]
    [InlineData("not json", "not JSON")]
    public void ABadMapping_StopsStartUp_WithItsReason(string mapping, string reason)
    {
        using var app = FaultMavenApplication.Create([], new Dictionary<string, string?>
        {
            ["FM_WEBHOOK_TOKEN"] = Token,
            ["FM_WEBHOOK_MAPPING"] = mapping,
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<WebhookOptions>>().Value);

        Assert.Contains("FM_WEBHOOK_MAPPING is not valid", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANotifyWebhookThatIsNoUrl_StopsStartUp_WithoutEchoingIt()
    {
        using var app = FaultMavenApplication.Create([], new Dictionary<string, string?>
        {
            ["FM_NOTIFY_WEBHOOK_URL"] = "hooks.slack.example/T1/B2/sekrit",
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<NotifyOptions>>().Value);

        Assert.Contains("FM_NOTIFY_WEBHOOK_URL is not valid", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sekrit", error.Message, StringComparison.Ordinal);
    }

    private static string Grafana(string groupKey, string status, string alertName) => JsonSerializer.Serialize(new
    {
        receiver = "faultmaven",
        status,
        orgId = 1,
        alerts = new[]
        {
            new
            {
                status,
                labels = new Dictionary<string, string> { ["alertname"] = alertName, ["service"] = "checkout", ["severity"] = "warning", ["grafana_folder"] = "Shop" },
                annotations = new Dictionary<string, string> { ["summary"] = "p99 latency above 2 s for 10 minutes" },
                startsAt = "2026-05-02T10:00:00Z",
                endsAt = status == "resolved" ? "2026-05-02T10:40:00Z" : "0001-01-01T00:00:00Z",
                generatorURL = "https://grafana.example.com/alerting/grafana/abc/view",
                fingerprint = "3f2a9c1d",
                values = new Dictionary<string, double> { ["B"] = 2.4 },
            },
        },
        groupLabels = new Dictionary<string, string> { ["alertname"] = alertName },
        commonLabels = new Dictionary<string, string> { ["alertname"] = alertName },
        externalURL = "https://grafana.example.com/",
        version = "1",
        groupKey,
        title = $"[{status.ToUpperInvariant()}] {alertName}",
        state = status == "resolved" ? "ok" : "alerting",
        message = "p99 latency above 2 s",
    });

    private static string PagerDuty(string eventType, string status) => JsonSerializer.Serialize(new
    {
        @event = new
        {
            id = Guid.NewGuid().ToString("N"), // every delivery is a new event
            event_type = eventType,
            resource_type = "incident",
            occurred_at = DateTimeOffset.UtcNow.ToString("O"),
            data = new
            {
                id = "Q1ZWAX3TG7HKBV",
                type = "incident",
                html_url = "https://acme.pagerduty.com/incidents/Q1ZWAX3TG7HKBV",
                number = 1234,
                status,
                title = "[#1234] Payments API 5xx above 3%",
                service = new { id = "PSVC01", summary = "payments-api" },
                urgency = "high",
                created_at = "2026-05-02T09:58:00Z",
            },
        },
    });

    private static string Datadog(string transition) => JsonSerializer.Serialize(new
    {
        id = "7412",
        alert_id = "98765",
        aggregate = "a1b2c3d4e5",
        title = $"[{transition}] Orders error rate high on orders",
        body = "Error rate above 5% over the last 5 minutes",
        transition,
        priority = "P2",
        service = "orders",
        tags = "env:prod,service:orders,team:commerce",
        date = "1777000000000", // Unix milliseconds
        link = "https://app.datadoghq.com/monitors/98765",
    });

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<HttpResponseMessage> PostAsync(string tool, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/integrations/webhook/{tool}") { Content = Body(json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await _server.Anonymous.SendAsync(request, Cancel);
    }

    private async Task<JsonElement> ChatMessageAsync(string caseId)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            var found = _chat.FirstOrDefault(m => m.GetProperty("text").GetString()!.Contains(caseId, StringComparison.Ordinal));
            if (found.ValueKind == JsonValueKind.Object)
            {
                return found;
            }

            await Task.Delay(100, Cancel);
        }

        throw new TimeoutException($"no chat message names case {caseId}");
    }
}
