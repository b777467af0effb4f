using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names in delimited tables read as columns (issue 18): consecutive lines cut by the same delimiter (<c>,</c> <c>;</c> tab
/// or <c>|</c>) into the same number of cells are one table, with a header row when its cells read as headers in any language
/// (<c>Vorname;Nachname</c>, <c>名,姓</c>, <c>Imię;Nazwisko</c>) and without one when they do not. Rule lines between a header and
/// its rows (<c>----+----</c>, <c>|---|---|</c>, <c>+----+</c>) are passed over. <see cref="NameColumns"/> decides the columns.</summary>
internal sealed partial class PersonRecognizer
{
    private const int MaxTableColumns = 256;

    private static readonly SearchValues<char> RuleCharacters = SearchValues.Create("-+=|: \t\r");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindNameTables(string text, Findings found, HashSet<string> names, List<(int Start, int End)> others)
    {
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            var next = lineEnd < text.Length ? lineEnd + 1 : text.Length;
            var (delimiter, count) = DelimiterOf(text.AsSpan(position, lineEnd - position));
            if (count is 0 or >= MaxTableColumns)
            {
                position = next;
                continue;
            }

            // Quoted cells (RFC 4180) may hold the delimiter or a line break: a row is counted outside its quotes.
            if (text.AsSpan(position, lineEnd - position).Contains('"'))
            {
                (lineEnd, count) = DelimitedRows.Row(text, position, delimiter);
                next = lineEnd < text.Length ? lineEnd + 1 : text.Length;
                if (count == 0)
                {
                    position = next;
                    continue;
                }
            }

            // The run of rows with as many delimiters; rule lines inside it are passed over.
            var rows = 1;
            var end = next;
            while (end < text.Length)
            {
                var (rowEnd, rowCount) = DelimitedRows.Row(text, end, delimiter, count);
                var row = text.AsSpan(end, rowEnd - end);
                if (rowCount != count && !IsRule(row))
                {
                    // A row whose quotes are broken ends no table: its rows resume on the next line.
                    if (DelimitedRows.Resumes(text, end, delimiter, count) is var resume and >= 0)
                    {
                        end = resume;
                        continue;
                    }

                    break;
                }

                rows += IsRule(row) ? 0 : 1;
                end = rowEnd < text.Length ? rowEnd + 1 : text.Length;
            }

            if (rows >= 2)
            {
                ReadTable(text, position, end, delimiter, count + 1, found, names, others);
            }

            position = end;
        }
    }

    private static int LineEnd(string text, int from) => text.AsSpan(from).IndexOf('\n') is var at and >= 0 ? from + at : text.Length;

    private static bool IsRule(ReadOnlySpan<char> line) => line.Trim().Length >= 3 && !line.ContainsAnyExcept(RuleCharacters) && line.Contains('-');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (char Delimiter, int Count) DelimiterOf(ReadOnlySpan<char> line)
    {
        var (best, count) = ('\0', 0);
        foreach (var candidate in (ReadOnlySpan<char>)['\t', ';', '|', ','])
        {
            if (line.Count(candidate) is var n && n > count)
            {
                (best, count) = (candidate, n);
            }
        }

        return (best, count);
    }

    /// <summary>Reads a table twice: once to count what each column holds, once to report the name-shaped cells of its name columns.</summary>
    private static void ReadTable(string text, int start, int end, char delimiter, int columns, Findings found, HashSet<string> names, List<(int Start, int End)> others)
    {
        var cells = ArrayPool<(int Start, int End)>.Shared.Rent(columns);
        try
        {
            var table = new NameColumns(columns);
            var position = start;
            var first = true;
            var dataStart = start;
            var header = (Start: 0, Length: -1);
            while (position < end)
            {
                var lineEnd = Math.Min(RowEnd(text, position, delimiter, columns), end);
                var next = lineEnd < text.Length ? lineEnd + 1 : text.Length;
                if (!IsRule(text.AsSpan(position, lineEnd - position)) && !IsHeaderAgain(text, position, lineEnd, header))
                {
                    var row = cells.AsSpan(0, Cut(text, position, lineEnd, delimiter, cells, columns));
                    if (first && NameColumns.IsHeader(text, row))
                    {
                        for (var i = 0; i < row.Length; i++)
                        {
                            table.Header(i, text.AsSpan(row[i].Start, row[i].End - row[i].Start));
                        }

                        dataStart = next;
                        header = (position, text.AsSpan(position, lineEnd - position).TrimEnd('\r').Length);
                    }
                    else
                    {
                        table.Observe(text, row);
                    }

                    first = false;
                }

                position = next;
            }

            var accepted = table.Decide();
            if (Array.IndexOf(accepted, true) < 0 && !table.AnyOther)
            {
                return;
            }

            for (position = dataStart; position < end;)
            {
                var lineEnd = Math.Min(RowEnd(text, position, delimiter, columns), end);
                if (!IsHeaderAgain(text, position, lineEnd, header))
                {
                    var row = cells.AsSpan(0, Cut(text, position, lineEnd, delimiter, cells, columns));
                    Report(text, row, table, accepted, found, names);
                    Veto(row, table, others);
                }

                position = lineEnd < text.Length ? lineEnd + 1 : text.Length;
            }
        }
        finally
        {
            ArrayPool<(int Start, int End)>.Shared.Return(cells);
        }
    }

    /// <summary>Where the row at <paramref name="start"/> ends; a line of another width (a rule line, a row whose quotes are broken)
    /// is the line alone, as the run of rows passed over it.</summary>
    private static int RowEnd(string text, int start, char delimiter, int columns) =>
        DelimitedRows.Row(text, start, delimiter, columns - 1) is var (end, count) && count == columns - 1 ? end : LineEnd(text, start);

    /// <summary>Gets whether a line repeats the table's header (a report that prints its header again on every page, or tables pasted
    /// one after another): it labels the columns again and holds no row, so its cells are neither counted nor reported.</summary>
    private static bool IsHeaderAgain(string text, int start, int end, (int Start, int Length) header) =>
        header.Length > 0 && text.AsSpan(start, end - start).TrimEnd('\r').SequenceEqual(text.AsSpan(header.Start, header.Length));

    /// <summary>Reports the name-shaped cells of the accepted columns of one row.</summary>
    private static void Report(string text, ReadOnlySpan<(int Start, int End)> row, NameColumns table, bool[] accepted, Findings found, HashSet<string> names)
    {
        for (var i = 0; i < row.Length && i < accepted.Length; i++)
        {
            var (cellStart, cellEnd) = row[i];
            if (accepted[i] && cellEnd > cellStart && table.IsNameCell(i, text.AsSpan(cellStart, cellEnd - cellStart)))
            {
                found.Add(PiiType.Person, cellStart, cellEnd, 0.85);
                if (names.Count < MaxKnownNames)
                {
                    names.Add(text[cellStart..cellEnd]);
                }
            }
        }
    }

    /// <summary>Keeps the cells of the columns whose header names another thing's name, so that no rule for prose reads them as people.</summary>
    private static void Veto(ReadOnlySpan<(int Start, int End)> row, NameColumns table, List<(int Start, int End)> others)
    {
        for (var i = 0; i < row.Length && i < table.Count; i++)
        {
            if (table.IsOther(i) && row[i].End - row[i].Start > 2)
            {
                others.Add(row[i]);
            }
        }
    }

    /// <summary>Gets whether the candidate is a cell of another thing's column; <paramref name="next"/> walks the cells in order.</summary>
    private static bool InOtherCell(List<(int Start, int End)> others, ref int next, int start, int end)
    {
        while (next < others.Count && others[next].End <= start)
        {
            next++;
        }

        // Only a candidate that is the whole cell: a name inside a longer cell ("name: 'Ana Lima'") is not the cell's value.
        return next < others.Count && others[next].Start == start && end == others[next].End;
    }

    /// <summary>Cuts a row into at most <paramref name="columns"/> trimmed cells (a quoted cell's delimiters are its own); returns how many.</summary>
    private static int Cut(string text, int start, int end, char delimiter, (int Start, int End)[] cells, int columns)
    {
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        var n = DelimitedRows.Cut(text, start, end, delimiter, cells.AsSpan(0, columns));
        for (var i = 0; i < n; i++)
        {
            cells[i] = NameShape.Trim(text, cells[i].Start, cells[i].End);
        }

        return n;
    }
}
