using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Agent;

/// <summary>One upload of a case as the investigation sees it: what it is, what its analysis found, and its redacted text.</summary>
/// <param name="Upload">The stored upload.</param>
/// <param name="Analysis">Its type-specific analysis.</param>
/// <param name="Text">The stored redacted text, to quote exact lines from.</param>
public sealed record CaseEvidence(DataUpload Upload, DataAnalysis Analysis, StoredText Text)
{
    /// <summary>Gets the name the evidence is shown by: its file name, page title or id.</summary>
    public string Name => Upload.FileName ?? Upload.PageTitle ?? Upload.Id;
}
