namespace FaultMaven.Core.Data;

/// <summary>An upload's stored text cannot be read back as it was written: it is encrypted and no key or another key is configured,
/// or the file was changed on disk. Nothing of it is returned.</summary>
public sealed class StoredTextException(string message) : IOException(message);
