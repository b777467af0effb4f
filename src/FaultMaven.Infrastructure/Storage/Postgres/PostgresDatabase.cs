using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Authentication;
using FaultMaven.Core.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>The shared database of scaled-out instances: a pooled data source over <c>FM_POSTGRES</c>, migrated at start-up (every
/// instance may start at once; an advisory lock lets one migrate while the others wait). A server that cannot be reached fails the
/// request at once as <see cref="StorageUnavailableException"/> (503); the next request tries again, so the instance recovers by itself.</summary>
internal sealed class PostgresDatabase : IHostedService, IAsyncDisposable
{
    public const string StoreName = "postgresql";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _server;
    private readonly ILogger<PostgresDatabase> _logger;
    private readonly OnceGate _migration;

    public PostgresDatabase(string connectionString, ILogger<PostgresDatabase> logger)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // A dead server is reported within seconds rather than after Npgsql's 15 s default; a user's explicit value wins.
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = 5;
        }

        // Npgsql's default of 100 connections per instance, times several instances, swamps a small PostgreSQL with backends
        // (measured: timeouts under load on 2 cores); waiting for one of 20 in the process is cheaper. A user's explicit value wins.
        if (!connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = 20;
        }

        builder.ApplicationName ??= "faultmaven";
        _server = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
        _logger = logger;
        _migration = new OnceGate(MigrateAsync);
    }

    /// <summary>Gets the server and database, for logs (never the password).</summary>
    public string Describe() => _server;

    /// <summary>Runs <paramref name="work"/> on a pooled connection.</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            return await work(connection);
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            throw Unavailable(ex);
        }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction, committed when it returns.</summary>
    public Task<T> TransactAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken) => RunAsync(
        async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        },
        cancellationToken);

    /// <summary>Checks the database answers; used by the readiness probe.</summary>
    public Task PingAsync(CancellationToken cancellationToken) => RunAsync(
        async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM schema_migrations", connection);
            return await command.ExecuteScalarAsync(cancellationToken);
        },
        cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => EnsureMigratedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        _migration.Dispose();
    }

    private Task EnsureMigratedAsync(CancellationToken cancellationToken) => _migration.EnsureAsync(cancellationToken);

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("storage.migrate");
            var stopwatch = Stopwatch.StartNew();
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            var applied = await PostgresSchema.MigrateAsync(connection, cancellationToken);
            _logger.PostgresReady(Describe(), applied, stopwatch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            throw Unavailable(ex);
        }
    }

    private StorageUnavailableException Unavailable(Exception ex)
    {
        // Connections opened before the server went away are dead; drop them so the next request dials afresh. Not when the pool
        // was merely exhausted (a timeout waiting for a connection): those connections are alive and busy.
        if (ex.InnerException is not TimeoutException)
        {
            _dataSource.Clear();
        }

        _logger.StorageFailed(ex, StoreName);
        // Npgsql reports a refused certificate as "Exception while performing SSL handshake"; say what failed and what to check.
        var cause = ex is NpgsqlException { InnerException: AuthenticationException tls }
            ? new AuthenticationException($"the TLS handshake failed ({tls.Message}); check SSL Mode and Root Certificate in FM_POSTGRES: VerifyFull needs the CA that signed the server's certificate and the host name it was issued for", ex)
            : ex;
        return new StorageUnavailableException(StoreName, cause, _server);
    }

    // Connection-level failures (refused, reset, timed out, server shutting down) are outages; a constraint or syntax error is a bug
    // and stays a 500.
    private static bool IsUnavailable(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState is "57P01" or "57P02" or "57P03" or "53300" || pg.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException or AuthenticationException,
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };
}
