namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>Where the pseudonyms of each case live between requests, so <c>&lt;EMAIL_1&gt;</c> means the same address for the whole case.</summary>
public interface IPseudonymScopes
{
    /// <summary>Gets the pseudonym map of a scope (a case id), empty when the scope is new.</summary>
    ValueTask<PseudonymMap> GetAsync(string scope, CancellationToken cancellationToken);

    /// <summary>Persists the pseudonyms the map gave out since it was loaded.</summary>
    ValueTask SaveAsync(string scope, PseudonymMap map, CancellationToken cancellationToken);
}
