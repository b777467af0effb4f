using System.Diagnostics;
using System.Diagnostics.Metrics;
using FaultMaven.Core.Common;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Sessions;

/// <summary>Opens, finds, keeps alive and closes client sessions. The user label and the metadata are redacted before they are
/// stored, like every field a client sends: secrets removed, personal data pseudonymised.</summary>
public sealed class SessionService(
    ISessionStore store,
    TimeProvider timeProvider,
    IOptions<SessionOptions> options,
    ILogger<SessionService> logger,
    Redactor? redactor = null)
{
    private static readonly Counter<long> Created = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.sessions.created", description: "Sessions opened.");

    private static readonly Counter<long> Expired = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.sessions.expired", description: "Expired sessions removed by the sweeper.");

    private readonly SessionOptions _options = options.Value;
    private readonly Redactor _redactor = redactor ?? Redactor.Default;

    /// <summary>Opens a new session that expires after the configured TTL unless used.</summary>
    public async Task<Outcome<Session>> CreateAsync(CreateSessionCommand command, CancellationToken cancellationToken = default)
    {
        if (Validate(command) is { } failure)
        {
            return failure;
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("session.create");
        var now = timeProvider.GetUtcNow();
        var pseudonyms = new PseudonymMap();
        var session = new Session(
            Ids.New("ses", timeProvider),
            command.ClientKind,
            string.IsNullOrWhiteSpace(command.UserLabel) ? null : _redactor.Redact(command.UserLabel.Trim(), pseudonyms).Text,
            RedactMetadata(command.Metadata, pseudonyms),
            now,
            now,
            now + _options.Ttl,
            CallerContext.Caller.Id,
            CallerContext.Caller.Team);
        await store.CreateAsync(session, cancellationToken);
        activity?.SetTag("faultmaven.session.id", session.Id);
        Created.Add(1, new KeyValuePair<string, object?>("client.kind", session.ClientKind.ToString()));
        logger.SessionCreated(session.Id, session.ClientKind);
        return session;
    }

    /// <summary>Returns a live session, or null if it does not exist or has expired.</summary>
    public Task<Session?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        store.GetAsync(id, timeProvider.GetUtcNow(), cancellationToken);

    /// <summary>Lists live sessions, newest first.</summary>
    public Task<Page<Session>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        store.ListAsync(timeProvider.GetUtcNow(), page, cancellationToken);

    /// <summary>Lists live sessions within <paramref name="scope"/> (null: every team's), newest first.</summary>
    public Task<Page<Session>> ListAsync(OwnerScope? scope, PageRequest page, CancellationToken cancellationToken = default) =>
        store.ListAsync(timeProvider.GetUtcNow(), scope, page, cancellationToken);

    /// <summary>Records that the client is still there and slides the session's expiry forward.</summary>
    public async Task<Session?> HeartbeatAsync(string id, CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("session.heartbeat");
        activity?.SetTag("faultmaven.session.id", id);
        var now = timeProvider.GetUtcNow();
        return await store.TouchAsync(id, now, now + _options.Ttl, cancellationToken);
    }

    /// <summary>Closes a session; false if there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("session.delete");
        activity?.SetTag("faultmaven.session.id", id);
        var deleted = await store.DeleteAsync(id, cancellationToken);
        if (deleted)
        {
            logger.SessionDeleted(id);
        }

        return deleted;
    }

    /// <summary>Removes every expired session and returns how many were removed.</summary>
    public async Task<int> SweepExpiredAsync(CancellationToken cancellationToken = default)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("session.sweep");
        var removed = await store.DeleteExpiredAsync(timeProvider.GetUtcNow(), cancellationToken);
        activity?.SetTag("faultmaven.sessions.removed", removed);
        if (removed > 0)
        {
            Expired.Add(removed);
            logger.SessionsSwept(removed);
        }

        return removed;
    }

    // A value is read with its key in front (`password=hunter2`), so that a secret named only by its key is found; the key's own
    // redaction is kept apart, since keys are what clients look metadata up by.
    private Dictionary<string, string> RedactMetadata(IReadOnlyDictionary<string, string>? metadata, PseudonymMap pseudonyms)
    {
        var redacted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            var redactedKey = _redactor.Redact(key, pseudonyms).Text;
            var pair = _redactor.Redact($"{key}={value}", pseudonyms).Text;
            redacted[redactedKey] = pair.StartsWith(redactedKey + "=", StringComparison.Ordinal)
                ? pair[(redactedKey.Length + 1)..]
                : _redactor.Redact(value, pseudonyms).Text;
        }

        return redacted;
    }

    private static Failure? Validate(CreateSessionCommand command)
    {
        if (!Enum.IsDefined(command.ClientKind))
        {
            return new Failure(FailureKind.Invalid, "clientKind must be one of api, cli, browser-extension.");
        }

        if (command.UserLabel is { Length: > SessionOptions.MaxUserLabelLength })
        {
            return new Failure(FailureKind.Invalid, $"userLabel must be at most {SessionOptions.MaxUserLabelLength} characters.");
        }

        if (command.Metadata is not { } metadata)
        {
            return null;
        }

        if (metadata.Count > SessionOptions.MaxMetadataEntries)
        {
            return new Failure(FailureKind.Invalid, $"metadata may hold at most {SessionOptions.MaxMetadataEntries} entries.");
        }

        foreach (var (key, value) in metadata)
        {
            if (key.Length is 0 or > SessionOptions.MaxMetadataKeyLength)
            {
                return new Failure(FailureKind.Invalid, $"metadata keys must be 1 to {SessionOptions.MaxMetadataKeyLength} characters.");
            }

            if (value is null || value.Length > SessionOptions.MaxMetadataValueLength)
            {
                return new Failure(FailureKind.Invalid, $"metadata value of '{key}' must be a string of at most {SessionOptions.MaxMetadataValueLength} characters.");
            }
        }

        return null;
    }
}
