namespace FaultMaven.Testing;

/// <summary>A throwaway redis-server with persistence on (append-only file, fsync on every write), as production runs it.</summary>
public sealed class RedisServer : ExternalServer
{
    /// <summary>Gets the FM_REDIS value for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Starts a new server.</summary>
    public static async Task<RedisServer> StartNewAsync()
    {
        var server = new RedisServer();
        await server.StartAsync();
        return server;
    }

    protected override (string File, IReadOnlyList<string> Arguments) Command() => (
        Find("redis-server", "/usr/bin", "/usr/local/bin") ?? throw new InvalidOperationException("redis-server is not installed (test.sh installs it: apt-get install redis-server)."),
        ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", Directory.Path,
         "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no", "--protected-mode", "no", "--loglevel", "warning"]);
}
