using FaultMaven.Core.Common;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Data;

/// <summary>Keeps uploads' metadata, analyses and redaction reports; the redacted text itself lives in files under the data directory.
/// Rows go with their case.</summary>
public interface IDataStore
{
    /// <summary>Stores a processed upload.</summary>
    Task AddAsync(DataUpload upload, DataAnalysis analysis, IReadOnlyList<Redaction> redactions, CancellationToken cancellationToken = default);

    /// <summary>Gets an upload of a case; null when there is none.</summary>
    Task<DataUpload?> GetAsync(string caseId, string id, CancellationToken cancellationToken = default);

    /// <summary>Gets the upload of a case with the given content hash, if the same bytes came before.</summary>
    Task<DataUpload?> FindByContentAsync(string caseId, string sha256, CancellationToken cancellationToken = default);

    /// <summary>Gets the analysis of an upload.</summary>
    Task<DataAnalysis?> GetAnalysisAsync(string caseId, string id, CancellationToken cancellationToken = default);

    /// <summary>Reads the redaction report of an upload (offsets into the stored text) entry by entry, in memory that does not grow
    /// with its size; empty when there is none.</summary>
    IAsyncEnumerable<Redaction> ReadRedactionsAsync(string caseId, string id, CancellationToken cancellationToken = default);

    /// <summary>Lists a case's uploads, newest first.</summary>
    Task<Page<DataUpload>> ListAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Deletes an upload; false when there was none.</summary>
    Task<bool> DeleteAsync(string caseId, string id, CancellationToken cancellationToken = default);

    /// <summary>Gets the ids of every stored upload of a case that exists, for the clean-up of content files whose row or case is gone.</summary>
    Task<IReadOnlySet<string>> ListIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the ids of case <paramref name="caseId"/>'s uploads, so their text can be removed with the case.</summary>
    Task<IReadOnlySet<string>> ListIdsOfCaseAsync(string caseId, CancellationToken cancellationToken = default);
}
