using FaultMaven.Core.Data.Classification;

namespace FaultMaven.Core.Data;

/// <summary>One piece of evidence attached to a case: where it came from, what it is, what was redacted and what the analysis found.</summary>
public sealed record DataUpload
{
    /// <summary>Gets the upload id (<c>dat_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the case it belongs to.</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the file name, when uploaded as a file.</summary>
    public string? FileName { get; init; }

    /// <summary>Gets the page or API it was captured from.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Gets the title of that page.</summary>
    public string? PageTitle { get; init; }

    /// <summary>Gets the size of the bytes received.</summary>
    public long SizeBytes { get; init; }

    /// <summary>Gets the SHA-256 of the bytes received (lower-case hex): the cache key.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Gets what the classifier decided.</summary>
    public required DataClassification Classification { get; init; }

    /// <summary>Gets the analysis summary for a person.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets how many findings the analysis has.</summary>
    public int FindingCount { get; init; }

    /// <summary>Gets how many values of each type were redacted before anything was stored.</summary>
    public required IReadOnlyDictionary<string, long> Redactions { get; init; }

    /// <summary>Gets the length of the stored (redacted) text in characters.</summary>
    public long Characters { get; init; }

    /// <summary>Gets the number of lines of the stored text.</summary>
    public long Lines { get; init; }

    /// <summary>Gets the encoding the input was decoded with.</summary>
    public required string Encoding { get; init; }

    /// <summary>Gets whether the input was gzip-compressed.</summary>
    public bool Compressed { get; init; }

    /// <summary>Gets problems with the input that did not stop it.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Gets when it was received.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
