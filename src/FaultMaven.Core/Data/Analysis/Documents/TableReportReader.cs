using System.Globalization;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>Reads plain-text reports made of titled, aligned tables (a database performance report: load over time, top wait
/// events, top SQL; a top-N listing; a table of monitors) without knowing the product: per table, the row that leads its first
/// numeric column and that row's share of the column; in a table with a state column, the rows not OK.</summary>
public static partial class TableReportReader
{
    /// <summary>One aligned table: its title (the line before it ending in a colon), its header and its rows with their lines.</summary>
    public sealed record Table(string? Title, IReadOnlyList<string> Columns, IReadOnlyList<(long Line, IReadOnlyList<string> Cells)> Rows);

    /// <summary>The tables of <paramref name="text"/>, read by the header's column positions.</summary>
    public static List<Table> Tables(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var tables = new List<Table>();
        for (var i = 0; i < lines.Length && tables.Count < 100; i++)
        {
            if (!IsHeader(lines[i]))
            {
                continue;
            }

            var starts = ColumnStart().Matches(lines[i]).Select(m => m.Index).ToList();
            var columns = starts.Select((s, n) => Slice(lines[i], s, n + 1 < starts.Count ? starts[n + 1] : lines[i].Length)).ToList();
            var title = i > 0 && lines[i - 1].TrimEnd().EndsWith(':') ? lines[i - 1].Trim().TrimEnd(':') : null;
            var rows = new List<(long, IReadOnlyList<string>)>();
            var j = i + 1;
            for (; j < lines.Length && !string.IsNullOrWhiteSpace(lines[j]) && !IsHeader(lines[j]) && !lines[j].TrimEnd().EndsWith(':'); j++)
            {
                if (lines[j].TrimStart().StartsWith("--", StringComparison.Ordinal))
                {
                    continue;
                }

                var row = lines[j];
                rows.Add((j + 1, starts.Select((s, n) => Slice(row, s, n + 1 < starts.Count ? starts[n + 1] : row.Length)).ToList()));
            }

            if (rows.Count > 0)
            {
                tables.Add(new Table(title, columns, rows));
                i = j - 1;
            }
        }

        return tables;
    }

    /// <summary>Findings for a report: each table's leading row by its first numeric column, with its share of the column.</summary>
    public static List<DataFinding> Findings(string text, string prefix)
    {
        var findings = new List<DataFinding>();
        foreach (var table in Tables(text))
        {
            var numeric = Enumerable.Range(0, table.Columns.Count).FirstOrDefault(c => table.Rows.Count(r => Number(r.Cells[c]) is not null) >= Math.Max(1, table.Rows.Count * 0.6), -1);
            var labels = Enumerable.Range(0, table.Columns.Count).Where(c => c != numeric && table.Rows.Count(r => Number(r.Cells[c]) is null && r.Cells[c].Length > 0) >= table.Rows.Count * 0.6).ToList();
            if (numeric < 0 || labels.Count == 0)
            {
                continue;
            }

            // The label is the most telling text column: the longest on average (a statement over its wait summary, an event name over its class).
            var label = labels.MaxBy(c => table.Rows.Average(r => r.Cells[c].Length));
            var values = table.Rows.Select(r => (Row: r, Value: Number(r.Cells[numeric]))).Where(x => x.Value is not null).ToList();
            var top = values.MaxBy(x => x.Value!.Value);
            var total = values.Sum(x => x.Value!.Value);
            var timeSeries = TimeLike().IsMatch(top.Row.Cells[label]);
            var share = total > 0 && !timeSeries ? top.Value!.Value / total : 0;
            var name = table.Title ?? string.Join(" ", table.Columns);
            var what = timeSeries ? $"peak {table.Columns[numeric]} {Format(top.Value!.Value)} at {top.Row.Cells[label]}" : $"{Shorten(top.Row.Cells[label])} leads with {table.Columns[numeric]} {Format(top.Value!.Value)}{(share > 0 ? $" ({(share * 100).ToString("0", CultureInfo.InvariantCulture)}% of the table)" : "")}";
            findings.Add(new DataFinding($"{prefix}-{findings.Count + 1}", timeSeries ? "peak" : "top-row", share >= 0.5 ? FindingSeverity.Warning : FindingSeverity.Info, $"{name}: {what}", EvidenceRange.Line(top.Row.Line)));
        }

        return findings;
    }

    /// <summary>Findings for a table of monitors or alerts: every row whose state column is not OK.</summary>
    public static List<DataFinding> MonitorFindings(string text, string prefix)
    {
        var findings = new List<DataFinding>();
        foreach (var table in Tables(text))
        {
            var state = table.Columns.ToList().FindIndex(c => c.ToUpperInvariant() is "STATE" or "STATUS" or "OVERALL STATE");
            if (state < 0)
            {
                continue;
            }

            var nameColumn = state == 0 ? 1 : 0;
            foreach (var (line, cells) in table.Rows)
            {
                var value = cells[state];
                if (value.Length == 0 || value.ToUpperInvariant() is "OK" or "RESOLVED" or "PASSING")
                {
                    continue;
                }

                var severity = value.ToUpperInvariant() is "ALERT" or "ALARM" or "CRITICAL" or "TRIGGERED" or "FIRING" ? FindingSeverity.Error : FindingSeverity.Warning;
                findings.Add(new DataFinding($"{prefix}-{findings.Count + 1}", "monitor-state", severity, $"Monitor {Shorten(cells[nameColumn])} is {value}", EvidenceRange.Line(line)));
            }
        }

        return findings;
    }

    private static bool IsHeader(string line)
    {
        var cells = Gap().Split(line.Trim());
        return cells.Length >= 2 && cells.All(c => c.Length is > 0 and <= 40 && char.IsLetter(c[0]) && !c.Any(char.IsDigit) && !c.Contains(": ", StringComparison.Ordinal));
    }

    private static string Slice(string row, int start, int end) => start >= row.Length ? "" : row[start..Math.Min(end, row.Length)].Trim();

    private static double? Number(string cell) =>
        double.TryParse(cell.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;

    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex Gap();

    [GeneratedRegex(@"(?<=^|\s{2}|\t)\S")]
    private static partial Regex ColumnStart();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|^\d{2}:\d{2}(?::\d{2})?$")]
    private static partial Regex TimeLike();
}
