using System.Text.Json.Serialization;

namespace FaultMaven.Server.Contracts;

/// <summary>Pasted text or a browser page capture.</summary>
/// <param name="Content">The text.</param>
/// <param name="Filename">A file name that hints at the type (<c>app.log</c>).</param>
/// <param name="SourceUrl">The page the text was captured from.</param>
/// <param name="PageTitle">That page's title.</param>
public sealed record DataPasteRequest(
    string? Content,
    string? Filename,
    [property: JsonPropertyName("source_url")] string? SourceUrl,
    [property: JsonPropertyName("page_title")] string? PageTitle);

/// <summary>An upload with its full analysis.</summary>
/// <param name="Upload">Metadata and classification.</param>
/// <param name="Analysis">The typed analysis and its findings.</param>
public sealed record DataUploadDetail(Core.Data.DataUpload Upload, Core.Data.Analysis.DataAnalysis Analysis);

/// <summary>An upload's stored text and what was redacted in it.</summary>
/// <param name="Id">The upload id.</param>
/// <param name="Text">The redacted text.</param>
/// <param name="Redactions">Each replacement: type, operator and its range in <paramref name="Text"/> (UTF-16 offsets, end exclusive).</param>
public sealed record DataContentResponse(string Id, string Text, IReadOnlyList<RedactedRange> Redactions);

/// <summary>A window of an upload's stored text: <paramref name="Lines"/> from line <paramref name="From"/> of <paramref name="TotalLines"/>.</summary>
public sealed record DataLinesResponse(string Id, long From, long TotalLines, IReadOnlyList<string> Lines);

/// <summary>One replacement in stored text.</summary>
public sealed record RedactedRange(string Type, string Operator, int Start, int End);
