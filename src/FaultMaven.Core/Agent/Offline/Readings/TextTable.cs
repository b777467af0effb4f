using System.Text.RegularExpressions;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>A column-aligned table as command-line tools print them (<c>kubectl get</c>, <c>argocd app list</c>, monitor and
/// wait-event listings): an upper-case header whose columns are separated by two or more spaces, then rows until a blank line.
/// Cells are cut at the header's column starts, so values with single spaces ("Unknown (Ready=Unknown)") stay whole.</summary>
internal sealed partial record TextTable(IReadOnlyList<string> Columns, IReadOnlyList<TextTable.Row> Rows)
{
    /// <summary>One row: its 1-based line and its cells by column name.</summary>
    public sealed record Row(int Line, IReadOnlyDictionary<string, string> Cells)
    {
        public string? this[string column] => Cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

        /// <summary>The first cell whose column name matches one of <paramref name="names"/>.</summary>
        public string? Any(params string[] names) => names.Select(n => this[n]).FirstOrDefault(v => v is not null);
    }

    private const int MaxRows = 2000;

    /// <summary>Every table in <paramref name="lines"/>.</summary>
    public static List<TextTable> Find(IReadOnlyList<string> lines)
    {
        var tables = new List<TextTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 2000 || Header().Match(lines[i]) is not { Success: true })
            {
                continue;
            }

            var starts = HeaderColumns(lines[i]);
            if (starts.Count < 3)
            {
                continue;
            }

            var rows = new List<Row>();
            var j = i + 1;
            for (; j < lines.Count && rows.Count < MaxRows && !string.IsNullOrWhiteSpace(lines[j]) && !Header().IsMatch(lines[j]); j++)
            {
                if (lines[j].TrimStart().StartsWith("---", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var c = 0; c < starts.Count; c++)
                {
                    var from = Math.Min(Start(lines[j], starts[c].Index), lines[j].Length);
                    var to = c + 1 < starts.Count ? Math.Min(Start(lines[j], starts[c + 1].Index), lines[j].Length) : lines[j].Length;
                    cells.TryAdd(starts[c].Name, to > from ? lines[j][from..to].Trim() : "");
                }

                rows.Add(new Row(j + 1, cells));
            }

            if (rows.Count > 0)
            {
                tables.Add(new TextTable(starts.Select(s => s.Name).ToList(), rows));
            }

            i = j - 1;
        }

        return tables;
    }

    /// <summary>The header's columns: a name starts at the line's first non-space or after two or more spaces.</summary>
    private static List<(int Index, string Name)> HeaderColumns(string header)
    {
        var columns = new List<(int, string)>();
        var k = 0;
        while (k < header.Length)
        {
            while (k < header.Length && header[k] == ' ')
            {
                k++;
            }

            var start = k;
            while (k < header.Length && !(header[k] == ' ' && (k + 1 >= header.Length || header[k + 1] == ' ')))
            {
                k++;
            }

            if (k > start)
            {
                columns.Add((start, header[start..k]));
            }
        }

        return columns;
    }

    /// <summary>Where a column really starts in a row: rows drift from the header when a cell is wider than its column, so the cut
    /// moves back to the start of the word it would fall into.</summary>
    private static int Start(string row, int position)
    {
        if (position >= row.Length)
        {
            return row.Length;
        }

        var p = position;
        while (p > 0 && row[p - 1] != ' ')
        {
            p--;
        }

        return p;
    }

    // Two or more upper-case column names, separated by runs of two or more spaces (a single space joins "LAST SEEN").
    [GeneratedRegex(@"^\s*[A-Z][A-Z0-9_%/()\-.]*(?: [A-Z][A-Z0-9_%/()\-.]*)?(?:\s{2,}[A-Z][A-Z0-9_%/()\-.]*(?: [A-Z][A-Z0-9_%/()\-.]*)?){2,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
