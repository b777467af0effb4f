using System.Globalization;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>CSV time series: wide (one column per series) or long (label columns name the series, as in <c>timestamp,host,metric,value</c>).</summary>
public static partial class MetricsAnalyzer
{
    private const int LabelSampleRows = 1000;
    private static readonly char[] Separators = [',', ';', '\t'];
    private static readonly string[] NameColumns = ["metric", "metric_name", "__name__", "name", "series"];

    private static Dictionary<string, List<Point>> ReadCsv(string text, TimestampParser time)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headerIndex = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        var series = new Dictionary<string, List<Point>>();
        if (headerIndex < 0)
        {
            return series;
        }

        var separator = Separators.MaxBy(c => lines[headerIndex].Count(ch => ch == c));
        var header = DataClassifier.SplitCsv(lines[headerIndex], separator).Select(h => h.Trim()).ToArray();
        var timeColumn = Array.FindIndex(header, h => h.Contains("time", StringComparison.OrdinalIgnoreCase) || h.Contains("date", StringComparison.OrdinalIgnoreCase) || h is "ts" or "_time");
        var sample = lines.Skip(headerIndex + 1).Where(l => !string.IsNullOrWhiteSpace(l)).Take(LabelSampleRows).Select(l => DataClassifier.SplitCsv(l, separator)).ToList();
        var labels = LongCsv.LabelColumns(header, sample, timeColumn) ?? [];
        var nameColumn = labels.FirstOrDefault(c => NameColumns.Contains(header[c], StringComparer.OrdinalIgnoreCase), -1);
        var isLabel = new bool[header.Length];
        foreach (var c in labels)
        {
            isLabel[c] = true;
        }

        var valueColumns = Enumerable.Range(0, header.Length).Count(c => c != timeColumn && !isLabel[c]);
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = DataClassifier.SplitCsv(lines[i], separator);
            DateTimeOffset? at = null;
            var column = timeColumn >= 0 ? timeColumn : 0;
            if (column < cells.Length && (time.TryParse(cells[column].Trim(), out var parsed) || TimestampParser.TryParseEpoch(cells[column].Trim(), out parsed)))
            {
                at = parsed;
            }

            for (var c = 0; c < Math.Min(cells.Length, header.Length); c++)
            {
                if (c == timeColumn || c == 0 && at is not null || isLabel[c])
                {
                    continue;
                }

                if (double.TryParse(cells[c].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    var name = labels.Length == 0 ? (header[c].Length > 0 ? header[c] : $"column {c + 1}") : LongName(header, cells, labels, nameColumn, c, valueColumns);
                    if (series.Count < LongCsv.MaxSeries || series.ContainsKey(name))
                    {
                        Add(series, name, new Point(at, value, EvidenceRange.Line(i + 1)));
                    }
                }
            }
        }

        return series;
    }

    // Prometheus' way of naming a series: the metric's name, then its labels: cpu_seconds{host=api-1, mode=user}.
    private static string LongName(string[] header, string[] cells, int[] labels, int nameColumn, int valueColumn, int valueColumns)
    {
        string Cell(int c) => c < cells.Length ? cells[c].Trim().Trim('"') : "";
        var metric = nameColumn >= 0 ? Cell(nameColumn) + (valueColumns > 1 ? $".{header[valueColumn]}" : "") : header[valueColumn];
        var rest = labels.Where(c => c != nameColumn).Select(c => $"{header[c]}={Cell(c)}").ToList();
        return rest.Count == 0 ? metric : $"{metric}{{{string.Join(", ", rest)}}}";
    }
}
