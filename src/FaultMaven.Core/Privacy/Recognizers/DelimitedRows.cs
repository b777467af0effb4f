namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Rows of a delimited table read as RFC 4180 quotes them: a cell that opens with <c>"</c> runs to the next lone <c>"</c>,
/// so the delimiters and line breaks inside it (<c>"Fix login, again"</c>) do not cut the row, and <c>""</c> inside it is a quote.
/// A quoted cell may hold at most <see cref="MaxRowLines"/> line breaks and <see cref="MaxRowLength"/> characters; a quote left
/// open past that is broken quoting, and its row is its first line read as it stands, so one stray quote turns no table off and
/// no row is read twice over more than that bound.</summary>
internal static class DelimitedRows
{
    /// <summary>The most lines one row may span through quoted line breaks.</summary>
    internal const int MaxRowLines = 8;

    /// <summary>The most characters one row may span through quoted line breaks.</summary>
    internal const int MaxRowLength = 4096;

    /// <summary>Reads the row that starts at <paramref name="start"/>: where it ends (its last line's end, the <c>\n</c> not included)
    /// and how many delimiters outside quoted cells it holds.</summary>
    public static (int End, int Count) Row(ReadOnlySpan<char> text, int start, char delimiter)
    {
        var lineEnd = text[start..].IndexOf('\n') is var at and >= 0 ? start + at : text.Length;
        var line = text.Slice(start, lineEnd - start);
        if (!line.Contains('"'))
        {
            return (lineEnd, line.Count(delimiter));
        }

        var (end, count) = Walk(line, delimiter);
        if (end >= 0)
        {
            return (start + end, count);
        }

        // A quoted cell is open at the line's end: the row may run on as far as the bounds allow.
        var limit = Math.Min(text.Length, start + MaxRowLength);
        var lines = 0;
        var reach = lineEnd;
        while (reach < limit && lines < MaxRowLines)
        {
            reach = text.Slice(reach + 1, limit - reach - 1).IndexOf('\n') is var next and >= 0 ? reach + 1 + next : limit;
            lines++;
        }

        (end, count) = Walk(text.Slice(start, Math.Max(reach, lineEnd) - start), delimiter);
        return end < 0 ? (lineEnd, Walk(line, delimiter, quotes: false).Count) : (start + end, count);
    }

    /// <summary>Reads the row that starts at <paramref name="start"/> in a table of rows of <paramref name="width"/> delimiters: as
    /// <see cref="Row(ReadOnlySpan{char}, int, char)"/> reads it, but a quote that the next line's own quotes would close is a malformed
    /// row's (<c>7,Ana,"left open</c> above <c>8,Bruno,"ok"</c>): when the line read as it stands has the table's width and the next line
    /// is a whole row of that width with its quotes balanced, the row is the line, and the next row starts on the next line.</summary>
    public static (int End, int Count) Row(ReadOnlySpan<char> text, int start, char delimiter, int width)
    {
        var row = Row(text, start, delimiter);
        var lineEnd = text[start..].IndexOf('\n') is var at and >= 0 ? start + at : text.Length;
        if (row.End <= lineEnd || Walk(text[start..lineEnd], delimiter, quotes: false).Count != width)
        {
            return row;
        }

        var next = text[(lineEnd + 1)..];
        var line = next[..(next.IndexOf('\n') is var end and >= 0 ? end : next.Length)];
        return line.Count('"') % 2 == 0 && Walk(line, delimiter) is (>= 0, var count) && count == width ? (lineEnd, width) : row;
    }

    /// <summary>Where a table of rows of <paramref name="width"/> delimiters resumes after the line at <paramref name="start"/>, a row
    /// of another width whose quotes are broken: the next line's start when that line starts a row of the table's width; -1 when it
    /// does not (a line without quotes that is no row ends the table as before).</summary>
    public static int Resumes(ReadOnlySpan<char> text, int start, char delimiter, int width)
    {
        var lineEnd = text[start..].IndexOf('\n');
        if (lineEnd < 0 || !text.Slice(start, lineEnd).Contains('"') || start + lineEnd + 1 >= text.Length)
        {
            return -1;
        }

        var next = start + lineEnd + 1;
        return Row(text, next, delimiter, width).Count == width ? next : -1;
    }

    /// <summary>Gets whether the row that starts <paramref name="text"/> holds a quoted cell still open at the text's end, within the
    /// bounds a row may span: the rest of the row has not been read yet (a stream's block that ends inside a quoted line break).</summary>
    public static bool IsOpen(ReadOnlySpan<char> text, char delimiter) =>
        text.Length <= MaxRowLength && text.Contains('"') && text.Count('\n') <= MaxRowLines && Walk(text, delimiter).End < 0;

    /// <summary>Counts the delimiters of one line outside its quoted cells; a line whose quote stays open is counted as it stands.</summary>
    public static int Count(ReadOnlySpan<char> line, char delimiter)
    {
        if (!line.Contains('"'))
        {
            return line.Count(delimiter);
        }

        var (end, count) = Walk(line, delimiter);
        return end >= 0 ? count : Walk(line, delimiter, quotes: false).Count;
    }

    /// <summary>Cuts the row <c>[start, end)</c> into at most <paramref name="cells"/>.Length cell ranges (quotes kept, blanks not
    /// trimmed); returns how many.</summary>
    public static int Cut(string text, int start, int end, char delimiter, Span<(int Start, int End)> cells)
    {
        var row = text.AsSpan(start, end - start);
        var quotes = row.Contains('"') && Walk(row, delimiter).End == row.Length;
        var n = 0;
        var from = 0;
        while (n < cells.Length)
        {
            var to = quotes ? CellEnd(row, from, delimiter) : row[from..].IndexOf(delimiter) is var at and >= 0 ? from + at : row.Length;
            cells[n++] = (start + from, start + to);
            if (to >= row.Length)
            {
                break;
            }

            from = to + 1;
        }

        return n;
    }

    /// <summary>Walks a row's text from its start: where the row ends (the first line break outside a quoted cell, or the text's end)
    /// and its delimiters outside quoted cells; an end of -1 when a quoted cell is still open at the text's end.</summary>
    private static (int End, int Count) Walk(ReadOnlySpan<char> text, char delimiter, bool quotes = true)
    {
        var count = 0;
        var from = 0;
        while (true)
        {
            var to = quotes ? CellEnd(text, from, delimiter) : text[from..].IndexOfAny(delimiter, '\n') is var at and >= 0 ? from + at : text.Length;
            if (to < 0)
            {
                return (-1, count);
            }

            if (to >= text.Length || text[to] == '\n')
            {
                return (to, count);
            }

            count++;
            from = to + 1;
        }
    }

    /// <summary>Where the cell that starts at <paramref name="from"/> ends: at the next delimiter or line break, past a quoted part
    /// when the cell opens with a quote (after blanks); -1 when that quote never closes.</summary>
    private static int CellEnd(ReadOnlySpan<char> text, int from, char delimiter)
    {
        var at = from;
        while (at < text.Length && text[at] is ' ' or '\t' && text[at] != delimiter)
        {
            at++;
        }

        if (at < text.Length && text[at] == '"')
        {
            at++;
            while (true)
            {
                var quote = text[at..].IndexOf('"');
                if (quote < 0)
                {
                    return -1;
                }

                at += quote + 1;
                if (at < text.Length && text[at] == '"')
                {
                    at++; // "" is a quote inside the cell
                    continue;
                }

                break;
            }
        }

        return text[at..].IndexOfAny(delimiter, '\n') is var end and >= 0 ? at + end : text.Length;
    }
}
