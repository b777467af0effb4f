namespace FaultMaven.Server.Configuration;

/// <summary>A secret variable's <c>_FILE</c> form cannot be used: both forms are set, or the file is missing, unreadable, too large or
/// empty. The message names the variable and the path, never the secret.</summary>
public sealed class SecretFileException(string message) : Exception(message);
