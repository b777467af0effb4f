using System.Globalization;
using System.Text.Json;

namespace FaultMaven.Testing;

/// <summary>A throwaway Prometheus (Debian's <c>prometheus</c>) scraping one target every second as the job <c>job</c>.</summary>
public sealed class PrometheusServer : ExternalServer
{
    private PrometheusServer()
    {
    }

    /// <summary>Gets the server's base address.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>Starts a server scraping <paramref name="target"/> (<c>host:port</c>, path <c>/metrics</c>) as <paramref name="job"/>.</summary>
    public static async Task<PrometheusServer> StartNewAsync(string target, string job)
    {
        var server = Create();
        await server.StartScrapingAsync(target, job);
        return server;
    }

    /// <summary>Starts a server scraping its own <c>/metrics</c> as <paramref name="job"/>.</summary>
    public static async Task<PrometheusServer> StartSelfScrapingAsync(string job)
    {
        var server = Create();
        await server.StartScrapingAsync($"127.0.0.1:{server.Port.ToString(CultureInfo.InvariantCulture)}", job);
        return server;
    }

    /// <summary>Creates a server, not yet started, whose port and address are already known: for set-ups where the scraped target
    /// must be told Prometheus' address before Prometheus can be told the target's.</summary>
    public static PrometheusServer Create() => new();

    /// <summary>Starts the server scraping <paramref name="target"/> as <paramref name="job"/> every <paramref name="scrapeSeconds"/>,
    /// evaluating <paramref name="rules"/> (a rule file's text) every second and sending what fires to <paramref name="alertmanager"/>.</summary>
    public async Task StartScrapingAsync(string target, string job, string? rules = null, Uri? alertmanager = null, int scrapeSeconds = 1)
    {
        // The scrape timeout is the interval: a target slower than that to answer (a server on a loaded machine) is a missed sample.
        var config = new System.Text.StringBuilder($"""
            global:
              scrape_interval: {scrapeSeconds.ToString(CultureInfo.InvariantCulture)}s
              scrape_timeout: {scrapeSeconds.ToString(CultureInfo.InvariantCulture)}s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: {job}
                static_configs:
                  - targets: ['{target}']

            """);
        if (rules is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(Directory.Path, "rules.yml"), rules);
            config.Append("rule_files: ['rules.yml']\n");
        }

        if (alertmanager is not null)
        {
            config.Append($"""
                alerting:
                  alertmanagers:
                    - static_configs:
                        - targets: ['{alertmanager.Authority}']

                """);
        }

        await File.WriteAllTextAsync(Path.Combine(Directory.Path, "prometheus.yml"), config.ToString());
        await StartAsync();
    }

    /// <summary>Waits until an instant query of <paramref name="query"/> returns at least one series. Prometheus listens before its
    /// storage is open and answers 503 until then: that is "not yet", like an empty result.</summary>
    public async Task WaitForSamplesAsync(string query, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await HasSamplesAsync(client, query, cancellationToken))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Prometheus has no samples of {query} after {timeout.TotalSeconds} s.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private static async Task<bool> HasSamplesAsync(HttpClient client, string query, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync($"api/v1/query?query={Uri.EscapeDataString(query)}", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return json.RootElement.GetProperty("data").GetProperty("result").GetArrayLength() > 0;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }

    protected override (string File, IReadOnlyList<string> Arguments) Command() => (
        Find("prometheus", "/usr/bin", "/usr/local/bin")
            ?? throw new InvalidOperationException("prometheus is not installed (test.sh installs it: apt-get install prometheus)."),
        ["--config.file=" + Path.Combine(Directory.Path, "prometheus.yml"), "--storage.tsdb.path=" + Path.Combine(Directory.Path, "data"),
         $"--web.listen-address=127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}", "--log.level=warn"]);
}
