using FaultMaven.Core.Agent;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Sources;

/// <summary>What the live sources' tools (the model's and MCP's) do with a reading: it becomes an upload of the case, analysed like
/// any other, so the answer can cite it.</summary>
internal static class ReadingsIntoCases
{
    /// <summary>Stores <paramref name="fetched"/> in case <paramref name="caseId"/> and returns the upload with its analysis (null when
    /// the analysis is not there), or the fetch's or the upload's failure.</summary>
    public static async Task<Outcome<(DataUpload Upload, DataAnalysis? Analysis)>> StoreReadingAsync(this DataService data, string caseId, Outcome<TurnAttachment> fetched, CancellationToken cancellationToken)
    {
        if (!fetched.Succeeded)
        {
            return fetched.Failure;
        }

        await using var content = fetched.Value.Content;
        var uploaded = await data.UploadAsync(caseId, content, fetched.Value.Source, cancellationToken);
        if (!uploaded.Succeeded)
        {
            return uploaded.Failure;
        }

        var analysis = await data.GetAnalysisAsync(caseId, uploaded.Value.Upload.Id, cancellationToken);
        return (uploaded.Value.Upload, analysis.Succeeded ? analysis.Value : null);
    }
}
