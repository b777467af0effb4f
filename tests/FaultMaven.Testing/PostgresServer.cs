using System.Diagnostics;
using Npgsql;

namespace FaultMaven.Testing;

/// <summary>A throwaway PostgreSQL cluster (initdb into a temp directory, trust authentication on loopback). As root it runs as the
/// <c>postgres</c> user, which PostgreSQL requires. Each test can take its own database with <see cref="CreateDatabaseAsync"/>.</summary>
public sealed class PostgresServer : ExternalServer
{
    private const string User = "faultmaven";
    private static int _databases;

    private PostgresServer()
    {
    }

    /// <summary>Initialises and starts a new cluster.</summary>
    public static async Task<PostgresServer> StartNewAsync()
    {
        var server = new PostgresServer();
        server.Initialise();
        await server.StartAsync();
        return server;
    }

    /// <summary>Creates an empty database and returns its FM_POSTGRES connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"fm{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    /// <summary>Gets a connection string to <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true";

    // SIGINT is PostgreSQL's fast shutdown: open transactions are rolled back, committed ones are on disk.
    protected override int StopSignal => 2;

    protected override (string File, IReadOnlyList<string> Arguments) Command() => AsPostgresUser(
        Binary("postgres"),
        ["-D", DataPath, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", DataPath, "-c", "listen_addresses=127.0.0.1",
         "-c", "max_connections=200", "-c", "shared_buffers=32MB"]);

    protected override async Task<bool> IsReadyAsync()
    {
        if (!await base.IsReadyAsync())
        {
            return false;
        }

        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false;Timeout=2");
            await connection.OpenAsync();
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or IOException)
        {
            return false;
        }
    }

    private string DataPath => Path.Combine(Directory.Path, "cluster");

    private void Initialise()
    {
        if (Environment.UserName == "root")
        {
            Run("chown", ["-R", "postgres:postgres", Directory.Path]);
        }

        // An ICU English collation, as most production databases have: text does not sort byte by byte there.
        var (file, arguments) = AsPostgresUser(Binary("initdb"), ["-D", DataPath, "-U", User, "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US"]);
        Run(file, arguments);
    }

    private static void Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output} {error.Result}");
        }
    }

    // PostgreSQL refuses to run as root; setpriv switches user and then execs, so the process we signal is the server itself.
    private static (string File, IReadOnlyList<string> Arguments) AsPostgresUser(string file, IReadOnlyList<string> arguments) =>
        Environment.UserName == "root"
            ? ("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", file, .. arguments])
            : (file, arguments);

    private static string Binary(string name)
    {
        var versions = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).ToArray()
            : [];
        return Find(name, [.. versions.Select(v => Path.Combine(v, "bin"))])
            ?? throw new InvalidOperationException($"PostgreSQL's {name} is not installed (test.sh installs it: apt-get install postgresql).");
    }
}
