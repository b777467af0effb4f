using FaultMaven.Core.Common;

namespace FaultMaven.Core.Security;

/// <summary>Where API keys live (their SHA-256 hashes, never the keys): SQLite when embedded, PostgreSQL when scaled out.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key with the hex SHA-256 of its secret.</summary>
    Task CreateAsync(ApiKey key, string hash, CancellationToken cancellationToken = default);

    /// <summary>Returns the key whose secret hashes to <paramref name="hash"/> with its stored hash, or null.</summary>
    Task<(ApiKey Key, string Hash)?> FindByHashAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>Returns the key, or null.</summary>
    Task<ApiKey?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists keys, newest first, revoked ones included.</summary>
    Task<Page<ApiKey>> ListAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Marks the key revoked at <paramref name="at"/>; false if there is no such key or it was already revoked.</summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records that the key was used at <paramref name="at"/>.</summary>
    Task TouchAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);
}
