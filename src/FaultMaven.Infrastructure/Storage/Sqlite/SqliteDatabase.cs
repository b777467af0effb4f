using System.Diagnostics;
using FaultMaven.Core.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>The embedded database: one SQLite file in WAL mode, migrated at start-up, checkpointed at shutdown.</summary>
internal sealed class SqliteDatabase : IHostedService, IDisposable
{
    private readonly string _connectionString;
    private readonly string _path;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly OnceGate _migration;
    private readonly string _dataDirectory;
    private DataDirectoryLock? _directoryLock;

    // SQLite has one writer at a time; queueing writers here (FIFO, async) instead of in SQLite's sleeping busy
    // handler keeps tail latency proportional to the queue rather than to back-off sleeps.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteDatabase(IOptions<StorageOptions> options, ILogger<SqliteDatabase> logger)
    {
        _path = options.Value.DatabasePath;
        _dataDirectory = options.Value.DataDirectory;
        _logger = logger;
        _migration = new OnceGate(MigrateAsync);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            // Writers wait for each other this long (busy timeout) before a request fails.
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Opens a pooled connection, migrating the schema first if this process has not yet done so.</summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await SecureDeleteAsync(connection, cancellationToken);
            return await work(connection);
        }
        catch (SqliteException ex) when (IsUnavailable(ex))
        {
            throw new StorageUnavailableException("sqlite", ex);
        }
    }

    /// <summary>Runs a write: like <see cref="RunAsync"/>, one writer of this process at a time.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(work, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Folds the WAL into the database and empties it, after a delete: the deleted rows' old pages are otherwise kept in the
    /// WAL until it is next reset. Best effort: while readers hold the WAL it waits at most a second and leaves it for later.</summary>
    public async Task CheckpointAsync()
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false, DefaultTimeout = 1 };
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (SqliteException ex)
        {
            _logger.StorageCheckpointFailed(ex, _path);
        }
    }

    // Freed pages are overwritten with zeros: a deleted case's text must not stay readable in the file's free pages. The setting
    // belongs to the connection, and pooled connections are shared by reads and writes, so every opening sets it.
    private static async Task SecureDeleteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Checks the database answers; used by the readiness probe.</summary>
    public Task PingAsync(CancellationToken cancellationToken) => RunAsync(
        async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            return await command.ExecuteScalarAsync(cancellationToken);
        },
        cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => EnsureMigratedAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_migration.Done)
        {
            return;
        }

        try
        {
            // Fold the WAL back into the main file so a stopped server leaves one self-contained database.
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await command.ExecuteNonQueryAsync(cancellationToken);
            SqliteConnection.ClearPool(connection);
            _logger.StorageClosed(_path);
        }
        catch (SqliteException ex)
        {
            // Committed transactions are already durable in the WAL; shutdown goes on.
            _logger.StorageCheckpointFailed(ex, _path);
        }
    }

    public void Dispose()
    {
        _directoryLock?.Dispose();
        _migration.Dispose();
        _writeGate.Dispose();
    }

    private Task EnsureMigratedAsync(CancellationToken cancellationToken) => _migration.EnsureAsync(cancellationToken);

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Held while this process uses the directory, so that fm restore cannot replace it underneath.
            _directoryLock ??= DataDirectoryLock.Shared(_dataDirectory);
            using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("storage.migrate");
            var stopwatch = Stopwatch.StartNew();
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            var applied = await SqliteSchema.MigrateAsync(connection, cancellationToken);
            _logger.StorageOpened(_path, applied, stopwatch.ElapsedMilliseconds);
        }
        catch (SqliteException ex)
        {
            throw new StorageUnavailableException("sqlite", ex);
        }
    }

    private static bool IsUnavailable(SqliteException ex) => (ex.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => true,     // SQLITE_BUSY, SQLITE_LOCKED: writers held the lock past the busy timeout
        10 or 13 => true,   // SQLITE_IOERR, SQLITE_FULL
        14 or 26 => true,   // SQLITE_CANTOPEN, SQLITE_NOTADB
        8 => true,          // SQLITE_READONLY
        _ => false,
    };
}
