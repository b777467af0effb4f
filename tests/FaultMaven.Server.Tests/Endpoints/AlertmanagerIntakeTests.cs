using System.Net.Http.Json;
using System.Text.Json;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>A real Alertmanager routes a fired alert to the intake endpoint of a real server (FM_AUTH=required): a case appears with
/// the notification as evidence and the investigation's answer.</summary>
public sealed class AlertmanagerIntakeTests
{
    private const string Token = "am-token-0123456789abcdef-real";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FiredAlert_ReachesFaultMavenThroughAlertmanager_AndOpensAnInvestigatedCase()
    {
        await using var server = await SecuredServer.StartAsync(new Dictionary<string, string?> { ["FM_ALERTMANAGER_TOKEN"] = Token }, cancellationToken: Cancel);
        await using var alertmanager = await AlertmanagerServer.StartNewAsync(new Uri(server.Server.BaseAddress, "/api/v1/integrations/alertmanager").ToString(), Token);
        using var client = new HttpClient { BaseAddress = alertmanager.BaseAddress };

        using var fired = await client.PostAsJsonAsync("/api/v2/alerts", new[]
        {
            new
            {
                labels = new Dictionary<string, string> { ["alertname"] = "CheckoutErrors", ["service"] = "checkout", ["severity"] = "critical" },
                annotations = new Dictionary<string, string> { ["summary"] = "checkout answers 5xx" },
                startsAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
                generatorURL = "http://prometheus.invalid/graph",
            },
        }, Cancel);
        Assert.True(fired.IsSuccessStatusCode, $"Alertmanager refused the alert: {(int)fired.StatusCode}");

        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        List<JsonElement> turns = [];
        string? id = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var cases = await (await server.Admin.GetAsync("/api/v1/cases?q=CheckoutErrors", Cancel)).ReadJsonAsync(Cancel);
            if (cases.GetProperty("items").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } found)
            {
                id = found.GetProperty("id").GetString();
                turns = [.. (await (await server.Admin.GetAsync($"/api/v1/cases/{id}/turns", Cancel)).ReadJsonAsync(Cancel)).GetProperty("items").EnumerateArray()];
                if (turns.Count >= 2)
                {
                    break;
                }
            }

            await Task.Delay(200, Cancel);
        }

        Assert.NotNull(id);
        Assert.Equal(["user", "assistant"], turns.Select(t => t.GetProperty("role").GetString()));
        Assert.StartsWith("Alert CheckoutErrors is firing for service=checkout", turns[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        var upload = Assert.Single((await (await server.Admin.GetAsync($"/api/v1/cases/{id}/data", Cancel)).ReadJsonAsync(Cancel)).GetProperty("items").EnumerateArray());
        Assert.Equal("alert", upload.GetProperty("classification").GetProperty("type").GetString());
    }
}
