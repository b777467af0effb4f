using System.Text.RegularExpressions;
using FaultMaven.Core.Knowledge.Chunking;

namespace FaultMaven.Bench.RecallLab;

/// <summary>Texts embedded for the variants that need vectors the product does not store.</summary>
internal static partial class Variants
{
    public static List<string> Texts(string kind, List<LabDocument> documents, List<LabQuery> queries, ChunkingOptions chunking) => kind switch
    {
        // Queries as passages: no retrieval instruction before them (a pasted log excerpt is closer to a passage than to a question).
        "queries-passage" => queries.Select(q => Truncate(q.Text)).ToList(),
        // One short vector per document: its title with compound names split into words.
        "titles" => documents.Select(d => SplitWords(d.Title)).ToList(),
        // Chunks without the title and heading prefix the product puts before them.
        "chunks-bare" => documents.SelectMany(d => MarkdownChunker.Chunk(d.Text, chunking).Select(c => Truncate(c.Text))).ToList(),
        _ => throw new ArgumentException($"unknown kind {kind}"),
    };

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];

    /// <summary>KubePodCrashLooping → Kube Pod Crash Looping; kube_pod_info → kube pod info.</summary>
    public static string SplitWords(string title) => CamelBoundary().Replace(title.Replace('_', ' ').Replace('-', ' '), " ");

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex CamelBoundary();
}
