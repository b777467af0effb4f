using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>One setting: its dotted path, its value as written, and its line.</summary>
public sealed record ConfigEntry(string Path, string Value, long Line);

/// <summary>The settings of a configuration upload.</summary>
/// <param name="Format">yaml, json, toml, ini, env or properties.</param>
/// <param name="Entries">Every scalar setting in file order.</param>
/// <param name="ParseError">Set when the file could not be parsed to the end; the entries before are kept.</param>
public sealed record ConfigAnalysis(string Format, IReadOnlyList<ConfigEntry> Entries, string? ParseError);

/// <summary>Parses configuration files into flat settings with line numbers and looks for what breaks services: empty or placeholder
/// secrets, endpoints on localhost, keys set twice, timeouts and pool limits that are suspiciously small, large or disabled.</summary>
public static partial class ConfigAnalyzer
{
    /// <summary>Analyses configuration text in the given <paramref name="format"/> (as the classifier named it).</summary>
    public static (ConfigAnalysis Result, IReadOnlyList<DataFinding> Findings, string Summary) Analyze(string text, string? format)
    {
        ArgumentNullException.ThrowIfNull(text);
        format ??= "properties";
        var entries = new List<ConfigEntry>();
        var duplicates = new List<ConfigEntry>();
        string? error = null;
        try
        {
            switch (format)
            {
                case "yaml":
                    ReadYaml(text, entries, duplicates);
                    break;
                case "json":
                    ReadJson(text, entries, duplicates);
                    break;
                default:
                    ReadLines(text, format, entries, duplicates);
                    break;
            }
        }
        catch (Exception ex) when (ex is YamlException or JsonException or InvalidOperationException)
        {
            // YamlDotNet reports some malformed input as an invalid operation of its scanner rather than a YamlException.
            error = ex is InvalidOperationException ? "malformed YAML" : ex.Message.Split('\n')[0];
        }

        var findings = new List<(string Kind, FindingSeverity Severity, string Title, long Line)>();
        // One finding per key however often it repeats: a file of one key set 400,000 times is one fact, not 400,000.
        foreach (var repeated in duplicates.GroupBy(d => d.Path, StringComparer.Ordinal))
        {
            var last = repeated.Last();
            var times = repeated.Count() + 1;
            findings.Add(("duplicate-key", FindingSeverity.Warning, $"{repeated.Key} is set {times} times; the value on line {last.Line} overrides the earlier ones", last.Line));
        }

        foreach (var entry in entries)
        {
            if (Check(entry) is { } finding)
            {
                findings.Add((finding.Kind, finding.Severity, finding.Title, entry.Line));
            }
        }

        if (error is not null)
        {
            findings.Insert(0, ("parse-error", FindingSeverity.Error, $"The {format} does not parse: {error}", entries.Count > 0 ? entries[^1].Line : 1));
        }

        var result = findings
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Line)
            .Take(MaxFindings)
            .Select((f, n) => new DataFinding($"config-{n + 1}", f.Kind, f.Severity, f.Title, EvidenceRange.Line(f.Line)))
            .ToList();
        var summary = $"{entries.Count} settings ({format})" + (result.Count == 0 ? "; nothing suspicious." : $"; {findings.Count} findings{(findings.Count > MaxFindings ? $" (the {MaxFindings} most severe kept)" : "")}: {string.Join("; ", result.Take(3).Select(f => f.Title))}.");
        // What is stored with the upload stays bounded whatever the file: the settings beyond the first few thousand are in its text.
        return (new ConfigAnalysis(format, entries.Count > MaxStoredEntries ? entries[..MaxStoredEntries] : entries, error), result, summary);
    }

    private const int MaxFindings = 200;
    private const int MaxStoredEntries = 5000;

    private static (string Kind, FindingSeverity Severity, string Title)? Check(ConfigEntry entry)
    {
        var key = entry.Path[(entry.Path.LastIndexOf('.') + 1)..];
        var value = entry.Value.Trim().Trim('"', '\'');
        if (SecretKey().IsMatch(key) && !KeyIsDescriptive().IsMatch(key))
        {
            if (value.Length == 0)
            {
                return ("empty-secret", FindingSeverity.Warning, $"{entry.Path} is empty");
            }

            // A value the redactor took out was a real secret, not a placeholder: say nothing rather than call it one.
            if (Placeholder().IsMatch(value) && !PiiTypes.IsRedactionMarker(value))
            {
                return ("placeholder-secret", FindingSeverity.Warning, $"{entry.Path} holds a placeholder ('{value}')");
            }
        }

        if (Localhost().IsMatch(value) && EndpointKey().IsMatch(entry.Path))
        {
            return ("localhost-endpoint", FindingSeverity.Warning, $"{entry.Path} points at {Localhost().Match(value).Value}: inside a container or another host that is the process itself");
        }

        if (TimeoutKey().IsMatch(key) && Duration(key, value) is { } timeout)
        {
            if (timeout == TimeSpan.Zero)
            {
                return ("timeout-disabled", FindingSeverity.Warning, $"{entry.Path} is 0: often means no timeout at all");
            }

            if (timeout < TimeSpan.FromMilliseconds(100))
            {
                return ("timeout-too-short", FindingSeverity.Warning, $"{entry.Path} is {Describe(timeout)}: shorter than a network round trip under load");
            }

            if (timeout > TimeSpan.FromMinutes(10))
            {
                return ("timeout-too-long", FindingSeverity.Info, $"{entry.Path} is {Describe(timeout)}: callers will hang that long on a dead peer");
            }
        }

        if (PoolKey().IsMatch(entry.Path) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size <= 1)
        {
            return ("pool-too-small", FindingSeverity.Warning, $"{entry.Path} is {size}: every request waits for {(size == 0 ? "a connection that never comes" : "the single connection")}");
        }

        if (key.Contains("level", StringComparison.OrdinalIgnoreCase) && value is "debug" or "DEBUG" or "trace" or "TRACE")
        {
            return ("verbose-logging", FindingSeverity.Info, $"{entry.Path} is {value}: verbose logging costs I/O in production");
        }

        return null;
    }

    /// <summary>Reads a timeout value: unit suffixes (ms, s, m, h), ISO-like "00:00:30", or a bare number in the key's unit
    /// (<c>timeoutMs</c>, <c>timeout_ms</c>) or, when the key names none, seconds below 1,000 and milliseconds above.</summary>
    private static TimeSpan? Duration(string key, string value)
    {
        if (TimeSpan.TryParseExact(value, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var clock))
        {
            return clock;
        }

        var match = DurationValue().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        if (unit.Length == 0)
        {
            unit = KeyInMilliseconds().IsMatch(key) ? "ms" : KeyInSeconds().IsMatch(key) ? "s" : number >= 1000 ? "ms" : "s";
        }

        return unit switch
        {
            "ms" => TimeSpan.FromMilliseconds(number),
            "s" or "sec" => TimeSpan.FromSeconds(number),
            "m" or "min" => TimeSpan.FromMinutes(number),
            "h" => TimeSpan.FromHours(number),
            _ => null,
        };
    }

    private static string Describe(TimeSpan value) => value.TotalSeconds >= 1 ? $"{value.TotalSeconds:0.##} s" : $"{value.TotalMilliseconds:0.##} ms";

    private static void ReadYaml(string text, List<ConfigEntry> entries, List<ConfigEntry> duplicates)
    {
        var parser = new Parser(new StringReader(text));
        var path = new Stack<(string Prefix, HashSet<string> Keys, bool Sequence, int Index)>();
        string? pendingKey = null;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart:
                    path.Push((Child(), [], false, 0));
                    pendingKey = null;
                    break;
                case SequenceStart:
                    path.Push((Child(), [], true, 0));
                    pendingKey = null;
                    break;
                case MappingEnd or SequenceEnd:
                    path.Pop();
                    pendingKey = null;
                    break;
                case Scalar scalar when path.Count > 0 && !path.Peek().Sequence && pendingKey is null:
                    pendingKey = scalar.Value;
                    var frame = path.Peek();
                    if (!frame.Keys.Add(scalar.Value))
                    {
                        duplicates.Add(new ConfigEntry(Join(frame.Prefix, scalar.Value), "", scalar.Start.Line));
                    }

                    break;
                case Scalar scalar:
                    entries.Add(new ConfigEntry(Child(), scalar.Value, scalar.Start.Line));
                    pendingKey = null;
                    break;
                case DocumentStart:
                    path.Clear();
                    break;
            }
        }

        // The path of the node that comes next: the pending key in a mapping, the next index in a sequence.
        string Child()
        {
            if (path.Count == 0)
            {
                return "";
            }

            var top = path.Pop();
            string child;
            if (top.Sequence)
            {
                child = Join(top.Prefix, top.Index.ToString(CultureInfo.InvariantCulture));
                top.Index++;
            }
            else
            {
                child = Join(top.Prefix, pendingKey ?? "");
            }

            path.Push(top);
            pendingKey = null;
            return child;
        }
    }

    private static void ReadJson(string text, List<ConfigEntry> entries, List<ConfigEntry> duplicates)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        long LineOf(long offset)
        {
            var index = lineStarts.BinarySearch((int)offset);
            return index >= 0 ? index + 1 : ~index;
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var path = new Stack<(string Prefix, HashSet<string> Keys, bool Array, int Index)>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    path.Push((Child(), [], false, 0));
                    break;
                case JsonTokenType.StartArray:
                    path.Push((Child(), [], true, 0));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    property = reader.GetString()!;
                    if (!path.Peek().Keys.Add(property))
                    {
                        duplicates.Add(new ConfigEntry(Join(path.Peek().Prefix, property), "", LineOf(reader.TokenStartIndex)));
                    }

                    break;
                default:
                    var value = reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
                    entries.Add(new ConfigEntry(Child(), value, LineOf(reader.TokenStartIndex)));
                    break;
            }
        }

        string Child()
        {
            if (path.Count == 0)
            {
                return "";
            }

            var top = path.Pop();
            var child = top.Array ? Join(top.Prefix, (top.Index++).ToString(CultureInfo.InvariantCulture)) : Join(top.Prefix, property ?? "");
            path.Push(top);
            property = null;
            return child;
        }
    }

    private static void ReadLines(string text, string format, List<ConfigEntry> entries, List<ConfigEntry> duplicates)
    {
        var section = "";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';' || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                section = line.Trim('[', ']').Trim().Trim('"');
                // TOML's [[array]] tables repeat on purpose: each one is a new element.
                if (line.StartsWith("[[", StringComparison.Ordinal))
                {
                    section += $".{i + 1}";
                }

                continue;
            }

            var separator = format is "yaml" ? line.IndexOf(':') : line.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                continue;
            }

            var key = line[..separator].Trim();
            if (format == "env" && key.StartsWith("export ", StringComparison.Ordinal))
            {
                key = key["export ".Length..].Trim();
            }

            var value = StripComment(line[(separator + 1)..].Trim());
            var entry = new ConfigEntry(Join(section, key.Trim('"')), value, i + 1);
            if (!seen.Add(entry.Path))
            {
                duplicates.Add(entry);
            }

            entries.Add(entry);
        }
    }

    private static string StripComment(string value)
    {
        if (value.StartsWith('"') || value.StartsWith('\''))
        {
            var close = value.IndexOf(value[0], 1);
            return close > 0 ? value[..(close + 1)] : value;
        }

        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash].TrimEnd() : value;
    }

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}.{key}";

    [GeneratedRegex(@"(?:password|passwd|pwd|secret|token|api_?key|apikey|access_?key|private_?key|credentials?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"(?:file|path|env|name|type|length|policy|header|field|ttl|expir)", RegexOptions.IgnoreCase)]
    private static partial Regex KeyIsDescriptive();

    [GeneratedRegex(@"^(?:changeme|change_me|change-me|replace_?me|todo|tbd|fixme|xxx+|\*+|password|secret|example|dummy|test|none|null|<[^>]*>|\{\{[^}]*\}\})$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?:localhost|127\.0\.0\.1|\[?::1\]?)\b")]
    private static partial Regex Localhost();

    [GeneratedRegex(@"(?:url|uri|host|endpoint|addr|address|server|dsn|broker|upstream|connection)", RegexOptions.IgnoreCase)]
    private static partial Regex EndpointKey();

    [GeneratedRegex(@"timeout|time_?out|deadline", RegexOptions.IgnoreCase)]
    private static partial Regex TimeoutKey();

    [GeneratedRegex(@"(?:ms|millis|milliseconds)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyInMilliseconds();

    [GeneratedRegex(@"(?:_s|sec|secs|seconds)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyInSeconds();

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)?)\s*(?<unit>ms|s|sec|m|min|h)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationValue();

    [GeneratedRegex(@"(?:pool|max_?conn|maxconn|max-?connections|maximum-pool-size|max-size|max_size|maxsize|workers)", RegexOptions.IgnoreCase)]
    private static partial Regex PoolKey();
}
