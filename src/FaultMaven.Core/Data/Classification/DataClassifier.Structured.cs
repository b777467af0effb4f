using System.Text.Json;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Structured documents: HAR, JSON, YAML, TOML, INI, .env, XML.</summary>
public sealed partial class DataClassifier
{
    private static Candidate HttpArchive(Sample text)
    {
        var head = text.Text.AsSpan().TrimStart();
        if (head.StartsWith("{") && text.Text.Contains("\"entries\"", StringComparison.Ordinal)
            && text.Text.Contains("\"log\"", StringComparison.Ordinal)
            && (text.Text.Contains("\"request\"", StringComparison.Ordinal) || text.Text.Contains("\"creator\"", StringComparison.Ordinal)))
        {
            return new(DataType.HttpArchive, "har", 0.95, ["content: a JSON object with log.entries and requests (HAR)"]);
        }

        return Candidate.None(DataType.HttpArchive);
    }

    private static Candidate Config(Sample text)
    {
        var content = text.Lines.Where(l => !IsComment(l)).ToList();
        if (content.Count == 0)
        {
            return Candidate.None(DataType.Config);
        }

        var head = text.Text.AsSpan().TrimStart();
        if ((head.StartsWith("{") || head.StartsWith("[")) && IsJsonDocument(text))
        {
            return new(DataType.Config, "json", text.Lines.Count > 1 ? 0.7 : 0.5, ["content: one JSON document"]);
        }

        var env = content.Count(l => EnvLine().IsMatch(l));
        if (env >= content.Count * 0.8)
        {
            return new(DataType.Config, "env", 0.55 + 0.3 * env / content.Count, [$"content: {env} of {content.Count} lines are NAME=value assignments (.env)"]);
        }

        var sections = content.Count(l => SectionLine().IsMatch(l));
        var assignments = content.Count(l => AssignmentLine().IsMatch(l));
        if (sections > 0 && sections + assignments >= content.Count * 0.8)
        {
            var toml = content.Any(l => TomlValue().IsMatch(l)) || content.Any(l => l.StartsWith("[[", StringComparison.Ordinal));
            return new(DataType.Config, toml ? "toml" : "ini", 0.8, [$"content: {sections} [section] headers and {assignments} key = value lines"]);
        }

        if (head.StartsWith("<?xml") || head.StartsWith("<configuration"))
        {
            return new(DataType.Config, "xml", 0.6, ["content: an XML document"]);
        }

        var yaml = content.Count(l => YamlLine().IsMatch(l));
        var kubernetes = ManifestApiVersion().IsMatch(text.Text) && ManifestKind().IsMatch(text.Text);
        if (yaml >= content.Count * 0.7 && content.Count >= 2 && !kubernetes)
        {
            var nested = content.Any(l => l.StartsWith(' ') || l.StartsWith('-'));
            return new(DataType.Config, "yaml", (nested ? 0.55 : 0.45) + 0.3 * yaml / content.Count, [$"content: {yaml} of {content.Count} lines are YAML keys or list items"]);
        }

        if (assignments >= content.Count * 0.8 && content.Count >= 2)
        {
            return new(DataType.Config, "properties", 0.6, [$"content: {assignments} of {content.Count} lines are key = value"]);
        }

        return Candidate.None(DataType.Config);
    }

    private static bool IsComment(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        return trimmed.StartsWith("#") || trimmed.StartsWith(";") || trimmed.StartsWith("//");
    }

    private static bool IsJsonDocument(Sample text)
    {
        if (!text.Complete)
        {
            // Only the beginning was read: an object or array spread over lines, not one object per line.
            return text.Lines.Count > 2 && text.Lines.Count(l => l.TrimStart().StartsWith('{') && l.TrimEnd().EndsWith('}')) < text.Lines.Count / 2;
        }

        try
        {
            using var document = JsonDocument.Parse(text.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=(?:""[^""]*""|'[^']*'|[^\s]*)\s*(?:#.*)?$")]
    private static partial Regex EnvLine();

    [GeneratedRegex(@"^\s*\[{1,2}[\w .:""'/-]+\]{1,2}\s*$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^\s*[\w.""'-]+\s*[=:]\s*\S")]
    private static partial Regex AssignmentLine();

    [GeneratedRegex(@"^\s*[\w.-]+\s*=\s*(?:""[^""]*""|'[^']*'|\[.*\]|true|false|\{.*\}|\d+(?:\.\d+)?)\s*(?:#.*)?$")]
    private static partial Regex TomlValue();

    [GeneratedRegex(@"^\s*(?:-\s+)?[\w.""'/-]+:(?:\s|$)|^\s*-\s+\S|^---\s*$")]
    private static partial Regex YamlLine();
}
