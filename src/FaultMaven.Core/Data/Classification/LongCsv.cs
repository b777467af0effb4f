using System.Globalization;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Long-format metrics tables: a time column, label columns (host, metric name, status) and value columns, one row per series
/// and time (<c>timestamp,host,metric,value</c>), as Grafana, CloudWatch and most databases export them. Told apart from a log exported
/// as CSV by its labels: few distinct, short values that repeat across rows, where a message column holds many.</summary>
internal static class LongCsv
{
    /// <summary>The most series a long table is read into; rows of further label combinations are left out.</summary>
    public const int MaxSeries = 1000;

    private const int MaxLabelLength = 64;

    /// <summary>The label columns of a long table, or null when <paramref name="rows"/> do not read as one: every column but the time
    /// column is either numeric (at least 90 % of its cells) or a label (at most half as many distinct values as rows, none longer
    /// than 64 characters), with at least one of each.</summary>
    public static int[]? LabelColumns(string[] header, IReadOnlyList<string[]> rows, int timeColumn)
    {
        if (timeColumn < 0 || rows.Count < 2)
        {
            return null;
        }

        var labels = new List<int>();
        var values = 0;
        for (var c = 0; c < header.Length; c++)
        {
            if (c == timeColumn)
            {
                continue;
            }

            var cells = rows.Where(r => c < r.Length).Select(r => r[c].Trim().Trim('"')).ToList();
            var numeric = cells.Count(IsNumber);
            if (cells.Count > 0 && numeric >= cells.Count * 0.9)
            {
                values++;
            }
            else if (numeric == 0 && cells.All(v => v.Length <= MaxLabelLength) && cells.Distinct(StringComparer.Ordinal).Count() * 2 <= cells.Count)
            {
                labels.Add(c);
            }
            else
            {
                return null;
            }
        }

        return labels.Count > 0 && values > 0 ? [.. labels] : null;
    }

    /// <summary>Whether a cell is a number (invariant culture, with exponent).</summary>
    public static bool IsNumber(string cell) => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
