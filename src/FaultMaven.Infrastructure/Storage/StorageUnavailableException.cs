namespace FaultMaven.Infrastructure.Storage;

/// <summary>A store could not be reached or used; the request may succeed later. The message names the server and the cause, for
/// logs and the start-up error line; clients see only the store's name. (The cause is its first clause: StackExchange.Redis appends a long
/// connection report after a semicolon.)</summary>
public sealed class StorageUnavailableException(string store, Exception innerException, string? server = null)
    : Exception($"The {store} store{(server is null ? "" : " at " + server)} is unavailable: {innerException?.Message.Split(';')[0]}", innerException)
{
    /// <summary>Gets the name of the store that failed, e.g. <c>sqlite</c>.</summary>
    public string Store { get; } = store;
}
