using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Agent;

/// <summary>One upload of a case as the investigation sees it: what it is, what its analysis found, and where its redacted text is.</summary>
/// <param name="Upload">The stored upload.</param>
/// <param name="Analysis">Its type-specific analysis.</param>
/// <param name="ContentPath">The redacted text on disk, to quote exact lines from.</param>
public sealed record CaseEvidence(DataUpload Upload, DataAnalysis Analysis, string ContentPath)
{
    /// <summary>Gets the name the evidence is shown by: its file name, page title or id.</summary>
    public string Name => Upload.FileName ?? Upload.PageTitle ?? Upload.Id;
}
