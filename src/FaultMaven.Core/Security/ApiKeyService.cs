using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Security;

/// <summary>Creates, lists, revokes and checks API keys. A key is <c>fm_</c> and 256 random bits; only its SHA-256 is stored, which is
/// enough for a secret of that entropy, and the stored hash is compared in constant time.</summary>
public sealed class ApiKeyService(IApiKeyStore store, IAuditTrail audit, Redactor redactor, TimeProvider timeProvider, ILogger<ApiKeyService> logger)
{
    /// <summary>What every key starts with.</summary>
    public const string KeyPrefix = "fm_";

    /// <summary>The longest key name or team, in characters.</summary>
    public const int MaxNameLength = 100;

    // Last-used times are kept to the minute: a busy key does not write on every request.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private static readonly Counter<long> Authentications = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.auth.api_keys", description: "API key checks, by result (accepted, unknown, revoked).");

    /// <summary>Creates a key; the secret in the result is shown once and never stored.</summary>
    public async Task<Outcome<CreatedApiKey>> CreateAsync(string? name, CallerRole? role, string? team, CancellationToken cancellationToken = default)
    {
        name = name?.Trim();
        team = string.IsNullOrWhiteSpace(team) ? null : team.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            return new Failure(FailureKind.Invalid, $"name must be 1 to {MaxNameLength} printable characters.");
        }

        if (role is not { } given || !Enum.IsDefined(given))
        {
            return new Failure(FailureKind.Invalid, "role must be one of viewer, engineer, admin.");
        }

        if (team is { Length: > MaxNameLength } || team?.Any(char.IsControl) == true)
        {
            return new Failure(FailureKind.Invalid, $"team must be at most {MaxNameLength} printable characters.");
        }

        // The name is people's text, kept, listed and written into the audit trail (and as the actor of everything the key does): an
        // address or a secret typed into it is redacted like a case title. The team is not: it is matched, and is no one's data.
        name = redactor.Redact(name).Text;
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("api_key.create");
        var secret = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKey(Ids.New("key", timeProvider), name, given, team, secret[..7], timeProvider.GetUtcNow(), CallerContext.Caller.Id, null, null);
        await store.CreateAsync(key, Hash(secret), cancellationToken);
        await audit.RecordAsync("api-key.created", key.Id, new Dictionary<string, string> { ["name"] = name, ["role"] = Text(given), ["team"] = team ?? "" }, cancellationToken);
        activity?.SetTag("faultmaven.api_key.id", key.Id);
        logger.ApiKeyCreated(key.Id, given);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>Lists keys, newest first.</summary>
    public Task<Page<ApiKey>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) => store.ListAsync(page, cancellationToken);

    /// <summary>Revokes a key at once: the next request with it is refused.</summary>
    public async Task<Outcome<ApiKey>> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("api_key.revoke");
        activity?.SetTag("faultmaven.api_key.id", id);
        if (await store.GetAsync(id, cancellationToken) is not { } key)
        {
            return Failure.NotFound("API key", id);
        }

        if (!await store.RevokeAsync(id, timeProvider.GetUtcNow(), cancellationToken))
        {
            return new Failure(FailureKind.Conflict, $"API key '{id}' is already revoked.");
        }

        await audit.RecordAsync("api-key.revoked", id, new Dictionary<string, string> { ["name"] = key.Name }, cancellationToken);
        logger.ApiKeyRevoked(id);
        return (await store.GetAsync(id, cancellationToken))!;
    }

    /// <summary>Returns the live key that <paramref name="secret"/> is, or null for an unknown or revoked one.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var hash = Hash(secret);
        var found = await store.FindByHashAsync(hash, cancellationToken);
        if (found is not { } match || !HashesEqual(hash, match.Hash))
        {
            Authentications.Add(1, new KeyValuePair<string, object?>("result", "unknown"));
            return null;
        }

        if (match.Key.Revoked)
        {
            Authentications.Add(1, new KeyValuePair<string, object?>("result", "revoked"));
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (match.Key.LastUsedAt is not { } used || now - used >= TouchInterval)
        {
            await store.TouchAsync(match.Key.Id, now, cancellationToken);
        }

        Authentications.Add(1, new KeyValuePair<string, object?>("result", "accepted"));
        return match.Key;
    }

    /// <summary>The lower-case hex SHA-256 of a key.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares two hex hashes in constant time.</summary>
    public static bool HashesEqual(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Text(CallerRole role) => role.ToString().ToLowerInvariant();
}
