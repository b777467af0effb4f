namespace FaultMaven.Infrastructure.Storage;

/// <summary>A store could not be reached or used; the request may succeed later.</summary>
public sealed class StorageUnavailableException(string store, Exception innerException)
    : Exception($"The {store} store is unavailable.", innerException)
{
    /// <summary>Gets the name of the store that failed, e.g. <c>sqlite</c>.</summary>
    public string Store { get; } = store;
}
