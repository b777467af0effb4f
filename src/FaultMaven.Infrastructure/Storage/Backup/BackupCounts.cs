namespace FaultMaven.Infrastructure.Storage.Backup;

/// <summary>Records in a backup's database snapshot.</summary>
public sealed record BackupCounts(long Cases, long Turns, long Uploads, long KnowledgeDocuments);
