using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Metrics: Prometheus exposition and query results, JSON series, CSV time series.</summary>
public sealed partial class DataClassifier
{
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

        var csv = CsvSeries(text);
        return csv.Score > 0 ? csv : Report(text);
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
            return LongSeries(header, rows.Where(r => r.Length == header.Length).ToList());
        }

        var score = timeHeader ? 0.6 + 0.3 * numericShare : 0.35 + 0.2 * numericShare;
        return new(DataType.Metrics, "csv", score, [$"content: a {header.Length}-column table with {numericShare:P0} numeric values{(timeHeader ? " and a time column" : "")}"]);
    }

    // Long format: one row per series and time, the series named by label columns; its numeric share is low by design.
    private static Candidate LongSeries(string[] header, List<string[]> rows)
    {
        var timeColumn = Array.FindIndex(header, h => TimeColumn().IsMatch(h.Trim().Trim('"')));
        if (LongCsv.LabelColumns(header, rows, timeColumn) is not { } labels)
        {
            return Candidate.None(DataType.Metrics);
        }

        // A table may have thousands of label columns; the signal names a few.
        var names = string.Join(", ", labels.Take(5).Select(c => header[c].Trim().Trim('"'))) + (labels.Length > 5 ? $" and {labels.Length - 5} more" : "");
        return new(DataType.Metrics, "csv", 0.8, [$"content: a long-format table: a time column, series named by {names} and {header.Length - 1 - labels.Length} value columns"]);
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

    [GeneratedRegex(@"^(?:#\s+(?:HELP|TYPE)\s+[A-Za-z_:][\w:]*(?:\s.*)?|[A-Za-z_:][\w:]*(?:\{[^}]*\})?\s+[-+]?(?:\d[\d.eE+-]*|NaN|Inf)(?:\s+\d+)?)$")]
    private static partial Regex PrometheusLine();

    [GeneratedRegex(@"""resultType""\s*:\s*""(?:matrix|vector|scalar)""")]
    private static partial Regex PrometheusApiResult();

    [GeneratedRegex(@"""(?:values|datapoints|points)""\s*:\s*\[\s*\[\s*""?[\d.]+|""(?:timestamp|time|ts)""\s*:\s*""?[\d-]{4,}[^,}]*,\s*""value""\s*:\s*""?-?[\d.]")]
    private static partial Regex JsonSeries();

    [GeneratedRegex(@"^(?:time|timestamp|date|datetime|ts|@timestamp|time_?stamp|period|minute|hour|_time)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeColumn();
}
