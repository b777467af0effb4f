namespace FaultMaven.Core.Data.Classification;

/// <summary>Plain-text reports: titled sections, each an aligned table whose rows carry numbers (a database performance report,
/// a top-N listing). Read as metrics.</summary>
public sealed partial class DataClassifier
{
    private static Candidate Report(Sample text)
    {
        var tables = 0;
        var rows = 0;
        for (var i = 0; i + 1 < text.Lines.Count; i++)
        {
            if (!IsTableHeader(text.Lines[i]))
            {
                continue;
            }

            var width = TableColumns().Split(text.Lines[i].Trim()).Length;
            var body = 0;
            for (var j = i + 1; j < text.Lines.Count && !IsTableHeader(text.Lines[j]) && !text.Lines[j].TrimEnd().EndsWith(':'); j++)
            {
                var cells = TableColumns().Split(text.Lines[j].Trim());
                if (cells.Length < 2 || cells.Length > width + 1 || !cells.Any(IsNumber))
                {
                    break;
                }

                body++;
            }

            if (body > 0)
            {
                tables++;
                rows += body;
                i += body;
            }
        }

        var titles = text.Lines.Count(l => l.TrimEnd().EndsWith(':') && !l.StartsWith(' ') && l.Length <= 80);
        if (tables >= 2 && rows >= text.Lines.Count * 0.4)
        {
            return new(DataType.Metrics, "report", 0.7 + Math.Min(0.2, 0.05 * tables), [$"content: a text report of {tables} aligned tables with numeric rows ({rows} rows, {titles} section titles)"]);
        }

        return Candidate.None(DataType.Metrics);
    }

    /// <summary>Two or more column names separated by wide gaps, none of them a number.</summary>
    internal static bool IsTableHeader(string line)
    {
        var cells = TableColumns().Split(line.Trim());
        return cells.Length >= 2 && cells.All(c => c.Length is > 0 and <= 40 && char.IsLetter(c[0]) && !c.Any(char.IsDigit) && !c.Contains(": ", StringComparison.Ordinal));
    }

    internal static bool IsNumber(string cell) =>
        double.TryParse(cell.Trim().TrimEnd('%'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
