using System.Diagnostics;
using Npgsql;

namespace FaultMaven.Testing;

/// <summary>A throwaway PostgreSQL cluster (initdb into a temp directory, trust authentication on loopback). As root it runs as the
/// <c>postgres</c> user, which PostgreSQL requires. Each test can take its own database with <see cref="CreateDatabaseAsync"/>.</summary>
public sealed class PostgresServer : ExternalServer
{
    private const string User = "faultmaven";
    private static int _databases;

    private PostgresServer(TestCertificates? certificates)
    {
        Certificates = certificates;
    }

    /// <summary>Gets the CA and server certificate when the server was started with TLS (<c>ssl=on</c>); null otherwise.</summary>
    public TestCertificates? Certificates { get; }

    /// <summary>Initialises and starts a new cluster; with <paramref name="tls"/> it also accepts TLS connections (<c>ssl=on</c>) with a
    /// server certificate for 127.0.0.1 signed by a throwaway CA (<see cref="Certificates"/>), as <c>SSL Mode=VerifyFull</c> needs.</summary>
    public static async Task<PostgresServer> StartNewAsync(bool tls = false)
    {
        var server = new PostgresServer(tls ? TestCertificates.Create("FaultMaven Test PostgreSQL CA") : null);
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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Certificates?.Dispose();
    }

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
        if (Certificates is not null)
        {
            EnableTls(Certificates);
        }
    }

    // PostgreSQL reads its certificate and key from the data directory and refuses a key others can read; plain connections are still
    // accepted (the client's SSL Mode decides), as most managed servers do.
    private void EnableTls(TestCertificates certificates)
    {
        File.Copy(certificates.CertificatePath, Path.Combine(DataPath, "server.crt"));
        File.Copy(certificates.KeyPath, Path.Combine(DataPath, "server.key"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(DataPath, "server.key"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.AppendAllText(Path.Combine(DataPath, "postgresql.conf"), "\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n");
        if (Environment.UserName == "root")
        {
            Run("chown", ["postgres:postgres", Path.Combine(DataPath, "server.crt"), Path.Combine(DataPath, "server.key"), Path.Combine(DataPath, "postgresql.conf")]);
        }
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
