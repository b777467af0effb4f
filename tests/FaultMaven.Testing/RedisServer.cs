namespace FaultMaven.Testing;

/// <summary>A throwaway redis-server with persistence on (append-only file, fsync on every write), as production runs it.</summary>
public sealed class RedisServer : ExternalServer
{
    private RedisServer(TestCertificates? certificates)
    {
        Certificates = certificates;
    }

    /// <summary>Gets the CA and server certificate when the server speaks TLS only; null otherwise.</summary>
    public TestCertificates? Certificates { get; }

    /// <summary>Gets the FM_REDIS value for this server.</summary>
    public string Configuration => Certificates is null ? $"127.0.0.1:{Port}" : $"127.0.0.1:{Port},ssl=true,sslHost=localhost";

    /// <summary>Starts a new server; with <paramref name="tls"/> its port speaks TLS only (<c>tls-port</c>), with a certificate for
    /// localhost from a throwaway CA (<see cref="Certificates"/>).</summary>
    public static async Task<RedisServer> StartNewAsync(bool tls = false)
    {
        var server = new RedisServer(tls ? TestCertificates.Create("FaultMaven Test Redis CA") : null);
        await server.StartAsync();
        return server;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Certificates?.Dispose();
    }

    protected override (string File, IReadOnlyList<string> Arguments) Command() => (
        Find("redis-server", "/usr/bin", "/usr/local/bin") ?? throw new InvalidOperationException("redis-server is not installed (test.sh installs it: apt-get install redis-server)."),
        [.. Listen(), "--bind", "127.0.0.1", "--dir", Directory.Path,
         "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no", "--protected-mode", "no", "--loglevel", "warning"]);

    private IEnumerable<string> Listen()
    {
        var port = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Certificates is null
            ? ["--port", port]
            : ["--port", "0", "--tls-port", port, "--tls-cert-file", Certificates.CertificatePath, "--tls-key-file", Certificates.KeyPath,
               "--tls-ca-cert-file", Certificates.AuthorityPath, "--tls-auth-clients", "no"];
    }
}
