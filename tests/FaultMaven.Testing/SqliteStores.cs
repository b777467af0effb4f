using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Sessions;
using FaultMaven.Infrastructure.Llm.Middleware;
using FaultMaven.Infrastructure.Storage;
using FaultMaven.Infrastructure.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaultMaven.Testing;

/// <summary>The embedded SQLite stores over a fresh database file, for service and store tests.</summary>
public sealed class SqliteStores : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteDatabase _database;

    public SqliteStores()
    {
        _database = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = _directory.Path }), NullLogger<SqliteDatabase>.Instance);
        Sessions = new SqliteSessionStore(_database);
        Cases = new SqliteCaseStore(_database, TimeProvider.System);
        Pseudonyms = new SqlitePseudonymScopes(_database, Options.Create(new StorageOptions { DataDirectory = _directory.Path }));
    }

    /// <summary>Gets the directory holding the database file and the privacy key.</summary>
    public string DataDirectory => _directory.Path;

    public IPseudonymScopes Pseudonyms { get; }

    public ISessionStore Sessions { get; }

    public ICaseStore Cases { get; }

    public void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
    }
}
