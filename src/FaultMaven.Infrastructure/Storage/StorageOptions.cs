using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Where the embedded stores keep their files.</summary>
public sealed class StorageOptions
{
    /// <summary>The directory for the SQLite database and uploaded files; created if missing.</summary>
    /// <value>The default is <c>./.faultmaven</c>, relative to the working directory.</value>
    [ConfigurationKeyName("FM_DATA_DIR")]
    [Required(AllowEmptyStrings = false, ErrorMessage = "FM_DATA_DIR must name a directory.")]
    public string DataDirectory { get; set; } = "./.faultmaven";

    /// <summary>A StackExchange.Redis configuration string (<c>host:port,password=…</c>); set, sessions, the shared cache,
    /// idempotency keys and change notifications live in Redis instead of the process.</summary>
    [ConfigurationKeyName("FM_REDIS")]
    public string? Redis { get; set; }

    /// <summary>An Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>); set, cases, uploads, knowledge and the
    /// audit trail live in PostgreSQL instead of SQLite.</summary>
    [ConfigurationKeyName("FM_POSTGRES")]
    public string? Postgres { get; set; }

    /// <summary>The base64 256-bit key that seals pseudonyms' real values in PostgreSQL, the same on every instance.</summary>
    [ConfigurationKeyName("FM_PRIVACY_KEY")]
    public string? PrivacyKey { get; set; }

    /// <summary>The base64 256-bit key that encrypts uploads' stored text at rest, the same on every instance; unset, text is
    /// stored plain.</summary>
    [ConfigurationKeyName("FM_ENCRYPTION_KEY")]
    public string? EncryptionKey { get; set; }

    /// <summary>Gets the full path of the SQLite database file.</summary>
    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "faultmaven.db");
}
