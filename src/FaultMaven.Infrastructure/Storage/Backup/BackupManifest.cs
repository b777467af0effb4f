namespace FaultMaven.Infrastructure.Storage.Backup;

/// <summary>What a backup archive holds, written as <c>manifest.json</c> beside the files.</summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Version">The archive layout's version; restore reads only the versions it knows.</param>
/// <param name="CreatedAt">When the database snapshot was taken.</param>
/// <param name="Counts">How many records the snapshot holds.</param>
/// <param name="IncludesPrivacyKey">Whether <c>privacy.key</c> (the key of pseudonyms' real values) is in the archive.</param>
/// <param name="Files">Every file of the archive but the manifest, with its size and SHA-256.</param>
public sealed record BackupManifest(string Format, int Version, DateTimeOffset CreatedAt, BackupCounts Counts, bool IncludesPrivacyKey, IReadOnlyList<BackupFile> Files)
{
    /// <summary>The format name every manifest carries.</summary>
    public const string FormatName = "faultmaven-backup";

    /// <summary>The layout version this build writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The manifest's name in the archive.</summary>
    public const string EntryName = "manifest.json";

    /// <summary>Gets the total size of the files in bytes.</summary>
    public long TotalBytes => Files.Sum(f => f.Bytes);
}
