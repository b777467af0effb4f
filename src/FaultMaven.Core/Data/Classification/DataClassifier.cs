using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Decides what a text is — log, stack trace, metrics, configuration, Kubernetes output, HAR, source code or prose —
/// from its first <see cref="SampleChars"/> characters, its file name and the URL it was captured from. Every kind is scored
/// from its own structural evidence; the file name and URL add weight but rarely decide alone. Thread-safe.</summary>
public sealed partial class DataClassifier
{
    /// <summary>How much of the text the classifier reads.</summary>
    public const int SampleChars = 64 * 1024;

    private const int MaxLines = 400;
    private static readonly char[] CsvSeparators = [',', ';', '\t'];
    private const double Unrecognised = 0.3;

    private readonly TimestampParser _time = new(DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>Classifies a text from its beginning (<paramref name="sample"/>, at most <see cref="SampleChars"/> are read).</summary>
    /// <param name="sample">The beginning of the text, decoded.</param>
    /// <param name="fileName">The file name, when there is one.</param>
    /// <param name="sourceUrl">The page or API the text was captured from, when known.</param>
    /// <param name="complete">Whether <paramref name="sample"/> is the whole text (lets a JSON document be parsed whole).</param>
    public DataClassification Classify(string sample, string? fileName = null, string? sourceUrl = null, bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Length > SampleChars)
        {
            sample = sample[..SampleChars];
            complete = false;
        }

        var lines = Lines(sample);
        if (lines.Count == 0)
        {
            return new DataClassification(DataType.Unknown, null, 1, ["content: empty or only whitespace"]);
        }

        var text = new Sample(sample, lines, complete);
        List<Candidate> candidates =
        [
            HttpArchive(text), Kubernetes(text), Metrics(text), StackTrace(text), Log(text), Config(text), SourceCode(text), Documentation(text),
        ];
        AddHints(candidates, FileNameHints(fileName));
        AddHints(candidates, UrlHints(sourceUrl));

        var ranked = candidates.Where(c => c.Score > 0).OrderByDescending(c => c.Score).ToList();
        if (ranked.Count == 0 || ranked[0].Score < Unrecognised)
        {
            var signals = ranked.Count == 0 ? ["content: no structure of any known kind"] : ranked[0].Signals.Append($"best guess {ranked[0].Type.Name()} scored only {ranked[0].Score:F2}").ToList();
            return new DataClassification(DataType.Unknown, null, 1 - (ranked.Count == 0 ? 0 : ranked[0].Score), signals);
        }

        var best = ranked[0];
        var runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
        var confidence = Math.Round(Math.Min(1, best.Score) * best.Score / (best.Score + runnerUp * 0.5), 3);
        return new DataClassification(best.Type, best.Format, confidence, best.Signals);
    }

    private static List<string> Lines(string sample)
    {
        var lines = new List<string>();
        foreach (var line in sample.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                lines.Add(line.TrimEnd().ToString());
                if (lines.Count == MaxLines)
                {
                    break;
                }
            }
        }

        return lines;
    }

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

    private static Candidate Kubernetes(Sample text)
    {
        // kubectl tables: an upper-case header whose columns are kubectl's, in whatever order -o wide/custom-columns gave them.
        foreach (var line in text.Lines.Take(5))
        {
            var columns = TableColumns().Split(line.Trim());
            if (columns.Length < 3 || !columns.All(c => TableHeaderWord().IsMatch(c)))
            {
                continue;
            }

            if (columns.Contains("REASON") && columns.Contains("OBJECT") && columns.Contains("MESSAGE"))
            {
                return new(DataType.Kubernetes, "get-events", 0.95, [$"content: a kubectl get events table ({string.Join(' ', columns)})"]);
            }

            if (columns.Contains("NAME") && (columns.Contains("READY") && columns.Contains("STATUS") || columns.Contains("RESTARTS")))
            {
                return new(DataType.Kubernetes, "get-pods", 0.95, [$"content: a kubectl get pods table ({string.Join(' ', columns)})"]);
            }

            if (columns[0] is "NAME" || columns[0] is "NAMESPACE" && columns[1] is "NAME")
            {
                return new(DataType.Kubernetes, "get", 0.8, [$"content: a kubectl get table ({string.Join(' ', columns)})"]);
            }
        }

        var podRows = text.Lines.Count(l => PodRow().IsMatch(l));
        if (podRows > 0 && podRows >= text.Lines.Count * 0.5)
        {
            return new(DataType.Kubernetes, "get-pods", 0.85, [$"content: {podRows} rows with a ready count and a pod phase (kubectl get pods without headers)"]);
        }

        var apiVersion = ManifestApiVersion().Count(text.Text);
        var kind = ManifestKind().Count(text.Text);
        if (apiVersion > 0 && kind > 0)
        {
            var json = text.Text.AsSpan().TrimStart().StartsWith("{");
            return new(DataType.Kubernetes, json ? "manifest-json" : "manifest", 0.95, [$"content: {kind} Kubernetes object(s) with apiVersion and kind"]);
        }

        var describeKeys = text.Lines.Count(l => DescribeKey().IsMatch(l));
        var hasEvents = text.Lines.Any(l => l is "Events:" || l.StartsWith("Events:", StringComparison.Ordinal));
        if (describeKeys >= 3 && text.Lines.Any(l => l.StartsWith("Name:", StringComparison.Ordinal)))
        {
            return new(DataType.Kubernetes, "describe", hasEvents ? 0.9 : 0.75, [$"content: kubectl describe output ({describeKeys} of its section keys{(hasEvents ? ", an Events table" : "")})"]);
        }

        return Candidate.None(DataType.Kubernetes);
    }

    private static Candidate Metrics(Sample text)
    {
        var prometheus = text.Lines.Count(l => PrometheusLine().IsMatch(l));
        var samples = text.Lines.Count(l => !l.StartsWith('#') && PrometheusLine().IsMatch(l));
        if (samples > 0 && prometheus >= text.Lines.Count * 0.8)
        {
            return new(DataType.Metrics, "prometheus", 0.6 + 0.35 * prometheus / text.Lines.Count, [$"content: {prometheus} of {text.Lines.Count} lines are Prometheus exposition (# HELP/# TYPE, name{{labels}} value)"]);
        }

        if (text.Text.Contains("\"resultType\"", StringComparison.Ordinal) && PrometheusApiResult().IsMatch(text.Text))
        {
            return new(DataType.Metrics, "prometheus-json", 0.92, ["content: a Prometheus query API result (resultType matrix/vector)"]);
        }

        if (JsonSeries().IsMatch(text.Text))
        {
            return new(DataType.Metrics, "json", 0.8, ["content: JSON holding [timestamp, value] pairs or datapoints"]);
        }

        return CsvSeries(text);
    }

    private static Candidate CsvSeries(Sample text)
    {
        if (text.Lines.Count < 3)
        {
            return Candidate.None(DataType.Metrics);
        }

        var separator = CsvSeparators.MaxBy(c => text.Lines[0].Count(ch => ch == c));
        var header = SplitCsv(text.Lines[0], separator);
        if (header.Length < 2)
        {
            return Candidate.None(DataType.Metrics);
        }

        var rows = text.Lines.Skip(1).Select(l => SplitCsv(l, separator)).ToList();
        var shaped = rows.Count(r => r.Length == header.Length);
        if (shaped < rows.Count * 0.8)
        {
            return Candidate.None(DataType.Metrics);
        }

        var timeHeader = header.Any(h => TimeColumn().IsMatch(h.Trim().Trim('"')));
        var numeric = rows.Where(r => r.Length == header.Length).Sum(r => r.Skip(1).Count(f => double.TryParse(f.Trim().Trim('"'), System.Globalization.CultureInfo.InvariantCulture, out _)));
        var cells = shaped * (header.Length - 1);
        var numericShare = cells == 0 ? 0 : (double)numeric / cells;
        if (numericShare < 0.6)
        {
            return Candidate.None(DataType.Metrics);
        }

        var score = timeHeader ? 0.6 + 0.3 * numericShare : 0.35 + 0.2 * numericShare;
        return new(DataType.Metrics, "csv", score, [$"content: a {header.Length}-column table with {numericShare:P0} numeric values{(timeHeader ? " and a time column" : "")}"]);
    }

    /// <summary>Splits one CSV row, honouring double quotes (CloudWatch names columns "CPUUtilization (Average, Percent)").</summary>
    internal static string[] SplitCsv(string line, char separator)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == separator && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static Candidate StackTrace(Sample text)
    {
        var java = text.Lines.Count(l => JavaFrame().IsMatch(l));
        var python = text.Lines.Count(l => PythonFrame().IsMatch(l)) + (text.Text.Contains("Traceback (most recent call last):", StringComparison.Ordinal) ? 2 : 0);
        var go = text.Lines.Count(l => GoFrame().IsMatch(l)) + (GoPanic().IsMatch(text.Text) ? 2 : 0);
        var node = text.Lines.Count(l => NodeFrame().IsMatch(l));
        var frames = java + python + go + node;
        var stamped = text.Lines.Count(l => StampedLine().IsMatch(l));
        if (frames >= 2)
        {
            var share = Math.Min(1, (double)frames / text.Lines.Count);
            var format = new[] { ("java", java), ("python", python), ("go", go), ("javascript", node) }.MaxBy(p => p.Item2).Item1;
            if (format == "java" && DotNetFrame().IsMatch(text.Text))
            {
                format = "dotnet";
            }

            // Frames among time-stamped lines are a log with exceptions in it, not a trace on its own.
            var score = (0.55 + 0.4 * share) * (stamped > frames ? 0.5 : 1);
            return new(DataType.StackTrace, format, score, [$"content: {frames} stack frame lines of {text.Lines.Count} ({format})", $"content: {stamped} time-stamped lines"]);
        }

        if (text.Lines.Count <= 3 && stamped == 0 && ErrorHeadline().IsMatch(text.Lines[0]))
        {
            return new(DataType.StackTrace, "error-message", 0.8, ["content: a short error message (exception or error prefix) without a log header"]);
        }

        if (text.Lines.Count <= 3 && stamped == 0 && ErrorMessage().IsMatch(text.Text))
        {
            return new(DataType.StackTrace, "error-message", 0.55, ["content: a short error message without a log header"]);
        }

        return Candidate.None(DataType.StackTrace);
    }

    private Candidate Log(Sample text)
    {
        var (layout, share) = LayoutDetector.Detect(text.Lines, _time);
        var stamped = text.Lines.Count(l => StampedLine().IsMatch(l));
        var stampedShare = (double)stamped / text.Lines.Count;
        if (layout != LogLayouts.Plain && share >= 0.3)
        {
            // logfmt reads any key=value file and a JSON layout any single JSON object; one or two lines without a
            // timestamp are a pasted message rather than a log.
            var logKeys = text.Lines.Count(l => LogfmtKeys().IsMatch(l));
            var weak = layout.Name is "logfmt" && stampedShare < 0.3 && logKeys < text.Lines.Count / 2
                || text.Lines.Count <= 2 && stamped == 0
                || CsvSeries(text).Score >= 0.8;
            var score = (0.5 + 0.45 * share) * (weak ? 0.5 : 1);
            return new(DataType.Log, layout.Name, score, [$"content: {share:P0} of lines read as {layout.Name} log lines", $"content: {stamped} of {text.Lines.Count} lines start with a timestamp"]);
        }

        if (stampedShare >= 0.5 && CsvSeries(text).Score < 0.8)
        {
            return new(DataType.Log, "plain", 0.45 + 0.4 * stampedShare, [$"content: {stamped} of {text.Lines.Count} lines start with a timestamp"]);
        }

        return Candidate.None(DataType.Log);
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

    private static Candidate SourceCode(Sample text)
    {
        var languages = new (string Name, Regex Pattern)[]
        {
            ("python", PythonCode()), ("go", GoCode()), ("java", JavaCode()), ("csharp", CSharpCode()),
            ("javascript", JavaScriptCode()), ("c", CCode()), ("rust", RustCode()), ("shell", ShellCode()),
        };
        var best = languages.Select(l => (l.Name, Count: text.Lines.Count(line => l.Pattern.IsMatch(line)))).MaxBy(l => l.Count);
        var codeish = text.Lines.Count(l => CodeLine().IsMatch(l));
        if (best.Count == 0 && codeish < text.Lines.Count * 0.4)
        {
            return Candidate.None(DataType.SourceCode);
        }

        var share = (double)(best.Count + codeish) / text.Lines.Count;
        var score = Math.Min(0.9, (best.Count > 0 ? 0.4 : 0.2) + 0.5 * share);
        return new(DataType.SourceCode, best.Count > 0 ? best.Name : null, score, [$"content: {best.Count} {best.Name} declarations, {codeish} lines ending in braces, semicolons or colons"]);
    }

    private static Candidate Documentation(Sample text)
    {
        var headings = text.Lines.Count(l => MarkdownHeading().IsMatch(l));
        var prose = text.Lines.Count(IsProse);
        var share = (double)prose / text.Lines.Count;
        if (prose == 0 && headings == 0)
        {
            return Candidate.None(DataType.Documentation);
        }

        var score = 0.25 + 0.45 * share + (headings > 0 ? 0.15 : 0);
        var markdown = headings > 0 || text.Text.Contains("](", StringComparison.Ordinal) || text.Text.Contains("```", StringComparison.Ordinal);
        return new(DataType.Documentation, markdown ? "markdown" : "text", score, [$"content: {prose} of {text.Lines.Count} lines are sentences{(headings > 0 ? $", {headings} Markdown headings" : "")}"]);
    }

    private static bool IsProse(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 6)
        {
            return false;
        }

        var plain = words.Count(w => w.Trim('.', ',', ':', ';', '(', ')', '!', '?', '"', '*', '`').All(char.IsLetter));
        return plain >= words.Length * 0.7;
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

    private sealed record Sample(string Text, IReadOnlyList<string> Lines, bool Complete);

    private sealed record Candidate(DataType Type, string? Format, double Score, IReadOnlyList<string> Signals)
    {
        public static Candidate None(DataType type) => new(type, null, 0, []);
    }

    private sealed record Hint(DataType Type, string? Format, double Weight, string Signal);

    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex TableColumns();

    [GeneratedRegex(@"^[A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9-]*)?$")]
    private static partial Regex TableHeaderWord();

    [GeneratedRegex(@"\s\d+/\d+\s+(?:Running|Pending|CrashLoopBackOff|ImagePullBackOff|ErrImagePull|Completed|Error|OOMKilled|Terminating|ContainerCreating|Init:\S+|Evicted|Unknown)\s")]
    private static partial Regex PodRow();

    [GeneratedRegex(@"^\s*(?:""apiVersion""\s*:\s*""|apiVersion:\s*)[a-z0-9.-]*/?v\d\w*", RegexOptions.Multiline)]
    private static partial Regex ManifestApiVersion();

    [GeneratedRegex(@"^\s*(?:""kind""\s*:\s*""|kind:\s*)[A-Z][A-Za-z]{1,40}", RegexOptions.Multiline)]
    private static partial Regex ManifestKind();

    [GeneratedRegex(@"^(?:Name|Namespace|Priority|Node|Start Time|Labels|Annotations|Status|IP|IPs|Controlled By|Containers|Conditions|Volumes|QoS Class|Node-Selectors|Tolerations|Events|Selector|Replicas|StrategyType|Type|Port|Endpoints):(?:\s|$)")]
    private static partial Regex DescribeKey();

    [GeneratedRegex(@"^(?:#\s+(?:HELP|TYPE)\s+[A-Za-z_:][\w:]*(?:\s.*)?|[A-Za-z_:][\w:]*(?:\{[^}]*\})?\s+[-+]?(?:\d[\d.eE+-]*|NaN|Inf)(?:\s+\d+)?)$")]
    private static partial Regex PrometheusLine();

    [GeneratedRegex(@"""resultType""\s*:\s*""(?:matrix|vector|scalar)""")]
    private static partial Regex PrometheusApiResult();

    [GeneratedRegex(@"""(?:values|datapoints|points)""\s*:\s*\[\s*\[\s*""?[\d.]+|""(?:timestamp|time|ts)""\s*:\s*""?[\d-]{4,}[^,}]*,\s*""value""\s*:\s*""?-?[\d.]")]
    private static partial Regex JsonSeries();

    [GeneratedRegex(@"^(?:time|timestamp|date|datetime|ts|@timestamp|time_?stamp|period|minute|hour|_time)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeColumn();

    [GeneratedRegex(@"^\s+at\s+[\w$.<>/`\[\],+-]+\(.*\)(?:\s+in\s+.+)?\s*$|^\s*---\s+End of (?:inner exception )?stack trace|^(?:Caused by: |Exception in thread )|^\s+\.\.\. \d+ (?:more|common frames omitted)")]
    private static partial Regex JavaFrame();

    [GeneratedRegex(@"\)\s+in\s+\S+:line\s+\d+|^\s*---\s+End of (?:inner exception )?stack trace", RegexOptions.Multiline)]
    private static partial Regex DotNetFrame();

    [GeneratedRegex(@"^\s+File "".+"", line \d+")]
    private static partial Regex PythonFrame();

    [GeneratedRegex(@"^goroutine \d+ \[|^\s+/\S+\.go:\d+|^[\w./*()-]+\(.*\)$")]
    private static partial Regex GoFrame();

    [GeneratedRegex(@"^panic: |^fatal error: ", RegexOptions.Multiline)]
    private static partial Regex GoPanic();

    [GeneratedRegex(@"^\s+at (?:async )?(?:[\w$.<>\[\] ]+ \()?(?:file://|node:|/|[A-Za-z]:\\)?[^()]*:\d+:\d+\)?$")]
    private static partial Regex NodeFrame();

    [GeneratedRegex(@"^\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\d{2}/\w{3}/\d{4}:\d{2}|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}|\d{2}:\d{2}:\d{2}[.,]\d|\d{10,13}\b|\d{6} \d{6}|\d{2}/\d{2}/\d{2,4} \d{2}:\d{2})")]
    private static partial Regex StampedLine();

    [GeneratedRegex(@"\b(?:[A-Z]\w*(?:Exception|Error)|error|failed|fatal|refused|timed? ?out|denied|panic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorMessage();

    [GeneratedRegex(@"^(?:[\w.]+(?:Exception|Error)\b|(?:ERROR|FATAL|fatal|error|Error|panic)\s*:)")]
    private static partial Regex ErrorHeadline();

    [GeneratedRegex(@"^(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=(?:""[^""]*""|'[^']*'|[^\s]*)\s*(?:#.*)?$")]
    private static partial Regex EnvLine();

    [GeneratedRegex(@"(?:^|\s)(?:time|ts|level|lvl|msg|message)=")]
    private static partial Regex LogfmtKeys();

    [GeneratedRegex(@"^\s*\[{1,2}[\w .:""'/-]+\]{1,2}\s*$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^\s*[\w.""'-]+\s*[=:]\s*\S")]
    private static partial Regex AssignmentLine();

    [GeneratedRegex(@"^\s*[\w.-]+\s*=\s*(?:""[^""]*""|'[^']*'|\[.*\]|true|false|\{.*\}|\d+(?:\.\d+)?)\s*(?:#.*)?$")]
    private static partial Regex TomlValue();

    [GeneratedRegex(@"^\s*(?:-\s+)?[\w.""'/-]+:(?:\s|$)|^\s*-\s+\S|^---\s*$")]
    private static partial Regex YamlLine();

    [GeneratedRegex(@"^(?:def |class \w+[(:]|import \w|from [\w.]+ import |if __name__ ==|\s+def \w+\(|async def )")]
    private static partial Regex PythonCode();

    [GeneratedRegex(@"^(?:package \w+$|func [\w(]|import \(|\s*if err != nil)")]
    private static partial Regex GoCode();

    [GeneratedRegex(@"^(?:package [\w.]+;|import [\w.*]+;|\s*(?:public|private|protected)\s+(?:static\s+)?(?:final\s+)?[\w<>\[\]]+\s+\w+\s*\()")]
    private static partial Regex JavaCode();

    [GeneratedRegex(@"^(?:using [\w.]+;|namespace [\w.]+|\s*(?:public|internal|private)\s+(?:sealed\s+|static\s+|partial\s+|async\s+)*(?:class|record|interface|Task|void|string|int)\b)")]
    private static partial Regex CSharpCode();

    [GeneratedRegex(@"^(?:import .+ from |export (?:default |const |function |class )|const \w+ = (?:require\(|async|\()|function \w+\(|module\.exports)")]
    private static partial Regex JavaScriptCode();

    [GeneratedRegex(@"^(?:#include [<""]|int main\(|static \w+ \w+\(|#define \w+)")]
    private static partial Regex CCode();

    [GeneratedRegex(@"^(?:\s*(?:pub )?fn \w+|use [\w:]+;|impl(?:<.*>)? \w+|\s*let mut )")]
    private static partial Regex RustCode();

    [GeneratedRegex(@"^(?:#!/(?:usr/)?bin/(?:env )?(?:ba|z)?sh|set -e|\s*(?:if|while) \[\[? .*\]\]?; then)")]
    private static partial Regex ShellCode();

    [GeneratedRegex(@"(?:[{};]|\)\s*:|=>\s*\{?)\s*$|^\s*[}\])]+[;,)]*\s*$")]
    private static partial Regex CodeLine();

    [GeneratedRegex(@"^#{1,6} \S|^={3,}$|^-{3,}$")]
    private static partial Regex MarkdownHeading();
}
