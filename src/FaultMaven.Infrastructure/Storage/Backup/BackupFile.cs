namespace FaultMaven.Infrastructure.Storage.Backup;

/// <summary>One file of a backup: its path relative to the data directory ('/'-separated), size and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
