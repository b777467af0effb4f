using System.Globalization;
using System.Text;
using FaultMaven.Server.Tests.Endpoints;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>Where an alert got to on its way from a rule to a case, for a failing end-to-end test to print: what Prometheus saw (the
/// scraped series, the rule's compared side over the last minutes, the rule's health, its alerts, what its notifier sent), what
/// Alertmanager holds and sent on, and what the intake received (its requests by status, the cases). Each part is read
/// on its own: one that cannot be read says why and the others still show.</summary>
internal sealed class AlertPathDiagnosis(
    PrometheusServer prometheus, AlertmanagerServer alertmanager, Uri server, CaseReader reader, string alertName, string comparedSide, string series)
{
    private const int MaxPartChars = 4000;

    public async Task<string> DescribeAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var before = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 300).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder($"Where {alertName} got to (UTC {DateTimeOffset.UtcNow:HH:mm:ss}):\n");
        async Task Part(string title, Func<Task<string>> read)
        {
            string value;
            try
            {
                value = await read();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Text.Json.JsonException)
            {
                value = $"(not read: {ex.Message})";
            }

            text.Append("--- ").Append(title).Append(": ").Append(value.Length <= MaxPartChars ? value : "…" + value[^MaxPartChars..]).Append('\n');
        }

        Task<string> Get(Uri baseAddress, string path) => http.GetStringAsync(new Uri(baseAddress, path));
        await Part("Prometheus targets", () => Get(prometheus.BaseAddress, "api/v1/targets"));
        await Part("Prometheus, the scraped series over 5 min", () => Get(prometheus.BaseAddress, "api/v1/query?query=" + Uri.EscapeDataString(series + "[5m]")));
        await Part("Prometheus, the rule's compared side over 5 min", () => Get(prometheus.BaseAddress,
            $"api/v1/query_range?query={Uri.EscapeDataString(comparedSide)}&start={before}&end={now}&step=10"));
        await Part("Prometheus rules (health, last error, state)", () => Get(prometheus.BaseAddress, "api/v1/rules"));
        await Part("Prometheus alerts", () => Get(prometheus.BaseAddress, "api/v1/alerts"));
        await Part("Prometheus notifier", async () => Lines(await Get(prometheus.BaseAddress, "metrics"), "prometheus_notifications_"));
        await Part("Prometheus log", () => Task.FromResult(prometheus.Output));
        await Part("Alertmanager alerts", () => Get(alertmanager.BaseAddress, "/api/v2/alerts"));
        await Part("Alertmanager notifications", async () => Lines(await Get(alertmanager.BaseAddress, "/metrics"), "alertmanager_notifications", "alertmanager_alerts_received"));
        await Part("Alertmanager log", () => Task.FromResult(alertmanager.Output));
        await Part("Intake requests", async () => Lines(await Get(server, "metrics"), "http_server_request_duration_seconds_count{").Split('\n')
            .Where(l => l.Contains("integrations/alertmanager", StringComparison.Ordinal)).DefaultIfEmpty("(none)").Aggregate((a, b) => a + "\n" + b));
        await Part("Cases", async () => (await reader.GetAsync($"/api/v1/cases?q={alertName}")).GetRawText());
        return text.ToString();
    }

    private static string Lines(string exposition, params string[] prefixes) =>
        string.Join('\n', exposition.Split('\n').Where(l => prefixes.Any(p => l.StartsWith(p, StringComparison.Ordinal))));
}
