using System.Globalization;

namespace FaultMaven.Testing;

/// <summary>A throwaway Prometheus Alertmanager (Debian's <c>prometheus-alertmanager</c>) with one receiver: a webhook to
/// <c>url</c> with a bearer token, grouping by alert name with waits of a second, clustering off.</summary>
public sealed class AlertmanagerServer : ExternalServer
{
    private AlertmanagerServer()
    {
    }

    /// <summary>Gets the server's base address.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Starts a server whose only receiver posts to <paramref name="webhookUrl"/> with <paramref name="token"/>.</summary>
    public static async Task<AlertmanagerServer> StartNewAsync(string webhookUrl, string token)
    {
        var server = new AlertmanagerServer();
        await File.WriteAllTextAsync(Path.Combine(server.Directory.Path, "alertmanager.yml"), $"""
            route:
              receiver: faultmaven
              group_by: [alertname]
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: faultmaven
                webhook_configs:
                  - url: {webhookUrl}
                    send_resolved: true
                    http_config:
                      authorization:
                        type: Bearer
                        credentials: {token}
            """);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts a server whose one receiver sends nothing on: for tests that post alerts to its API and list them back.</summary>
    public static async Task<AlertmanagerServer> StartNewAsync()
    {
        var server = new AlertmanagerServer();
        await File.WriteAllTextAsync(Path.Combine(server.Directory.Path, "alertmanager.yml"), """
            route:
              receiver: silent
            receivers:
              - name: silent
            """);
        await server.StartAsync();
        return server;
    }

    protected override (string File, IReadOnlyList<string> Arguments) Command() => (
        Find("prometheus-alertmanager", "/usr/bin", "/usr/local/bin") ?? Find("alertmanager", "/usr/bin", "/usr/local/bin")
            ?? throw new InvalidOperationException("prometheus-alertmanager is not installed (test.sh installs it: apt-get install prometheus-alertmanager)."),
        ["--config.file=" + Path.Combine(Directory.Path, "alertmanager.yml"), "--storage.path=" + Path.Combine(Directory.Path, "data"),
         $"--web.listen-address=127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}", "--cluster.listen-address=", "--log.level=warn"]);
}
