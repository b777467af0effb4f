
namespace FaultMaven.Core.Data.Classification;

/// <summary>What the file name and the source URL add to the content evidence.</summary>
public sealed partial class DataClassifier
{
    private static void AddHints(List<Candidate> candidates, IEnumerable<Hint> hints)
    {
        foreach (var hint in hints)
        {
            var index = candidates.FindIndex(c => c.Type == hint.Type);
            var current = candidates[index];
            // A hint strengthens what the content suggests; with no content evidence it carries a weaker guess of its own.
            var score = current.Score > 0 ? current.Score + hint.Weight : hint.Weight;
            candidates[index] = current with
            {
                Score = score,
                Format = current.Format ?? hint.Format,
                Signals = [.. current.Signals, hint.Signal],
            };
        }
    }

    private static IEnumerable<Hint> FileNameHints(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            yield break;
        }

        var name = Path.GetFileName(fileName.Trim()).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            name = name[..^3];
        }

        var extension = Path.GetExtension(name);
        var signal = $"file name: {name}";
        if (name is ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || extension == ".env")
        {
            yield return new(DataType.Config, "env", 0.35, signal);
            yield break;
        }

        var hint = extension switch
        {
            ".log" or ".out" or ".err" or ".syslog" => new Hint(DataType.Log, null, 0.3, signal),
            ".har" => new Hint(DataType.HttpArchive, "har", 0.5, signal),
            ".prom" => new Hint(DataType.Metrics, "prometheus", 0.3, signal),
            ".csv" or ".tsv" => new Hint(DataType.Metrics, "csv", 0.15, signal),
            ".yaml" or ".yml" => new Hint(DataType.Config, "yaml", 0.1, signal),
            ".json" => new Hint(DataType.Config, "json", 0.1, signal),
            ".toml" => new Hint(DataType.Config, "toml", 0.3, signal),
            ".ini" or ".cfg" or ".conf" or ".properties" => new Hint(DataType.Config, extension == ".properties" ? "properties" : "ini", 0.3, signal),
            ".py" or ".java" or ".cs" or ".go" or ".js" or ".ts" or ".rb" or ".rs" or ".c" or ".cpp" or ".h" or ".sh" or ".php" or ".kt" or ".scala"
                => new Hint(DataType.SourceCode, extension.TrimStart('.'), 0.35, signal),
            ".md" or ".markdown" or ".rst" or ".adoc" => new Hint(DataType.Documentation, "markdown", 0.3, signal),
            ".trace" or ".stacktrace" or ".stack" => new Hint(DataType.StackTrace, null, 0.3, signal),
            _ => null,
        };
        if (hint is not null)
        {
            yield return hint;
        }
    }

    private static IEnumerable<Hint> UrlHints(string? sourceUrl)
    {
        if (string.IsNullOrWhiteSpace(sourceUrl) || !Uri.TryCreate(sourceUrl, UriKind.Absolute, out var url))
        {
            yield break;
        }

        var where = (url.Host + url.AbsolutePath).ToLowerInvariant();
        var signal = $"source URL: {url.Host}{url.AbsolutePath}";
        if (where.Contains("grafana") || where.Contains("/graph") || where.Contains("prometheus"))
        {
            yield return new(DataType.Metrics, null, 0.15, signal);
        }
        else if (where.Contains("kibana") || where.Contains("/logs") || where.Contains("loki") || where.Contains("splunk"))
        {
            yield return new(DataType.Log, null, 0.15, signal);
        }
        else if (where.Contains("sentry") || where.Contains("/issues/"))
        {
            yield return new(DataType.StackTrace, null, 0.1, signal);
        }
        else if (where.Contains("confluence") || where.Contains("wiki") || where.Contains("notion.") || where.Contains("/docs") || where.Contains("runbook"))
        {
            yield return new(DataType.Documentation, null, 0.2, signal);
        }
        else if (where.Contains("/blob/") || where.Contains("/-/blob/"))
        {
            yield return new(DataType.SourceCode, null, 0.15, signal);
        }
    }
}
