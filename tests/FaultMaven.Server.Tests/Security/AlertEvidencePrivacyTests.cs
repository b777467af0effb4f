using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Server.Tests.Endpoints;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>An alert whose name holds a key and an address (a templated alert name quoting a log line) opens a case whose evidence file
/// is named after the alert: the name is redacted before '@', '.' and spaces become '_', so neither value reaches the API nor any file
/// of the data directory, for Alertmanager and every mapped webhook tool.</summary>
public sealed class AlertEvidencePrivacyTests : IAsyncLifetime
{
    private const string WebhookToken = "wh-token-0123456789abcdef";
    private const string AlertmanagerToken = "am-token-0123456789abcdef";
    private const string KeyBody = "51HqT9xK2LmN8pQ4rS7vW1yZ3bC6dF0gJ5";
    private const string Key = "sk_live_" + KeyBody;
    private const string Email = "oncall.alice@corp-mail.example.org";
    private const string AlertName = $"Leaked {Key} for {Email}";

    private SecuredServer _server = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await SecuredServer.StartAsync(new Dictionary<string, string?>
    {
        ["FM_WEBHOOK_TOKEN"] = WebhookToken,
        ["FM_ALERTMANAGER_TOKEN"] = AlertmanagerToken,
    }, cancellationToken: Cancel);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_key_and_an_address_in_an_alert_name_reach_neither_the_api_nor_the_data_directory()
    {
        var cases = new CaseReader(_server.Admin);
        var ids = new List<string>
        {
            await CaseReader.CaseOfAsync(await PostAsync("/api/v1/integrations/alertmanager", AlertmanagerToken, Alertmanager())),
            await CaseReader.CaseOfAsync(await PostAsync("/api/v1/integrations/webhook/grafana", WebhookToken, Grafana())),
            await CaseReader.CaseOfAsync(await PostAsync("/api/v1/integrations/webhook/pagerduty", WebhookToken, PagerDuty())),
            await CaseReader.CaseOfAsync(await PostAsync("/api/v1/integrations/webhook/datadog", WebhookToken, Datadog())),
        };

        var everything = new StringBuilder();
        everything.Append(await _server.Admin.GetStringAsync("/api/v1/cases", Cancel));
        foreach (var id in ids)
        {
            // The question and its answer: the investigation, and with it the upload, is done.
            await cases.TurnsUntilAsync(id, 2);
            var data = await cases.GetAsync($"/api/v1/cases/{id}/data");
            var upload = Assert.Single(data.GetProperty("items").EnumerateArray());
            // Named after the redacted alert name: the address is the case's token there.
            Assert.Contains("_EMAIL_1_", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
            everything.Append(data).Append(await cases.GetAsync($"/api/v1/cases/{id}/data/{upload.GetProperty("id").GetString()}"));
            foreach (var path in new[] { $"/api/v1/cases/{id}", $"/api/v1/cases/{id}/turns" })
            {
                everything.Append(await _server.Admin.GetStringAsync(path, Cancel));
            }
        }

        foreach (var file in Directory.EnumerateFiles(_server.Server.DataDirectory, "*", SearchOption.AllDirectories))
        {
            everything.Append(Encoding.UTF8.GetString(await ReadSharedAsync(file)));
        }

        var all = everything.ToString();
        // The key's random part and the address's parts, in any form the name could be mangled into.
        foreach (var secret in new[] { KeyBody, "oncall.alice", "oncall_alice", "corp-mail" })
        {
            Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string token, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _server.Anonymous.SendAsync(request, Cancel);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, Cancel);
        return copy.ToArray();
    }

    private static string Alertmanager() => JsonSerializer.Serialize(new
    {
        version = "4",
        groupKey = "{}:{alertname=\"leak\"}",
        status = "firing",
        receiver = "faultmaven",
        groupLabels = new Dictionary<string, string> { ["alertname"] = AlertName },
        commonLabels = new Dictionary<string, string> { ["alertname"] = AlertName, ["service"] = "checkout" },
        commonAnnotations = new Dictionary<string, string>(),
        externalURL = "http://alertmanager.example.com",
        alerts = new[]
        {
            new
            {
                status = "firing",
                labels = new Dictionary<string, string> { ["alertname"] = AlertName, ["service"] = "checkout" },
                annotations = new Dictionary<string, string>(),
                startsAt = "2026-05-02T10:00:00Z",
                endsAt = "0001-01-01T00:00:00Z",
                fingerprint = "a1b2c3d4",
            },
        },
    });

    private static string Grafana() => JsonSerializer.Serialize(new
    {
        receiver = "faultmaven",
        status = "firing",
        orgId = 1,
        alerts = new[]
        {
            new
            {
                status = "firing",
                labels = new Dictionary<string, string> { ["alertname"] = AlertName, ["service"] = "checkout" },
                annotations = new Dictionary<string, string>(),
                startsAt = "2026-05-02T10:00:00Z",
                endsAt = "0001-01-01T00:00:00Z",
                fingerprint = "3f2a9c1d",
            },
        },
        groupLabels = new Dictionary<string, string> { ["alertname"] = AlertName },
        commonLabels = new Dictionary<string, string> { ["alertname"] = AlertName },
        version = "1",
        groupKey = "grafana-leak",
        title = $"[FIRING] {AlertName}",
        state = "alerting",
    });

    private static string PagerDuty() => JsonSerializer.Serialize(new
    {
        @event = new
        {
            id = "01DEADBEEF",
            event_type = "incident.triggered",
            resource_type = "incident",
            occurred_at = "2026-05-02T09:58:00Z",
            data = new
            {
                id = "Q1LEAKX3TG7HKBV",
                type = "incident",
                number = 77,
                status = "triggered",
                title = AlertName,
                service = new { id = "PSVC01", summary = "payments-api" },
                urgency = "high",
                created_at = "2026-05-02T09:58:00Z",
            },
        },
    });

    private static string Datadog() => JsonSerializer.Serialize(new
    {
        id = "7413",
        alert_id = "98766",
        aggregate = "leak1",
        title = $"[Triggered] {AlertName}",
        body = "Error rate above 5%",
        transition = "Triggered",
        priority = "P2",
        service = "orders",
        tags = "env:prod,service:orders",
        date = "1777000000000",
    });
}
