namespace FaultMaven.Infrastructure.Storage.Backup;

/// <summary>A backup or restore that cannot go ahead: a bad archive, a target in use or not empty, a missing database. The message is
/// one line for the user; nothing in the data directory was changed.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
