namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Rows of a delimited table read as RFC 4180 quotes them: a cell that opens with <c>"</c> runs to the next lone <c>"</c>,
/// so the delimiters and line breaks inside it (<c>"Fix login, again"</c>) do not cut the row, and <c>""</c> inside it is a quote.
/// A row of a table whose width is known (a ticket export's description holding a stack trace) may span at most
/// <see cref="MaxRowLines"/> lines and <see cref="MaxRowLength"/> characters; a line that no table precedes opens a row of at most
/// <see cref="MaxOpeningRowLines"/> lines and <see cref="MaxOpeningRowLength"/> characters (a log line's stray quote does not take
/// the lines after it). A quote left open past the bound is broken quoting, and its row is its first line read as it stands, so
/// one stray quote turns no table off and no row is read twice over more than the bound.</summary>
internal static class DelimitedRows
{
    /// <summary>The most lines one row of a known table may span through quoted line breaks: a stack trace of a few hundred frames.</summary>
    internal const int MaxRowLines = 1024;

    /// <summary>The most characters one row of a known table may span (128 KB of memory): a stream carries a row still open at a
    /// block's end whole, so this bounds what one block holds more than its own text.</summary>
    internal const int MaxRowLength = 1 << 16;

    /// <summary>The most lines the first row of a run of lines may span through quoted line breaks.</summary>
    internal const int MaxOpeningRowLines = 8;

    /// <summary>The most characters the first row of a run of lines may span through quoted line breaks.</summary>
    internal const int MaxOpeningRowLength = 4096;

    /// <summary>Reads the row that starts at <paramref name="start"/>, the first of a run of lines (its table's width not known yet):
    /// where it ends (its last line's end, the <c>\n</c> not included) and how many delimiters outside quoted cells it holds.</summary>
    public static (int End, int Count) Row(ReadOnlySpan<char> text, int start, char delimiter) =>
        Row(text, start, delimiter, MaxOpeningRowLines, MaxOpeningRowLength);

    private static (int End, int Count) Row(ReadOnlySpan<char> text, int start, char delimiter, int maxLines, int maxLength)
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

        // A quoted cell is open at the line's end: the row may run on as far as the bounds allow. The walk stops at the row's end,
        // so a row costs its own length, and a quote that never closes one search for '"' within the bound.
        var limit = Math.Min(text.Length, start + maxLength);
        var span = text[start..limit];
        (end, count) = Walk(span, delimiter);
        var broken = end < 0 || end == span.Length && limit < text.Length && text[limit] != '\n' || span[..end].Count('\n') > maxLines;
        return broken ? (lineEnd, Walk(line, delimiter, quotes: false).Count) : (start + end, count);
    }

    /// <summary>Reads the row that starts at <paramref name="start"/> in a table of rows of <paramref name="width"/> delimiters: as
    /// <see cref="Row(ReadOnlySpan{char}, int, char)"/> reads it (within the bounds of a known table's row), but a quote that a later
    /// line's quotes would close is a malformed row's (<c>7,Ana,"left open</c> above <c>8,Bruno,"ok"</c>): when the line read as it
    /// stands has the table's width, and the row read across lines has another width or the next line is a whole row of that width
    /// with its quotes balanced, the row is the line, and the next row starts on the next line.</summary>
    public static (int End, int Count) Row(ReadOnlySpan<char> text, int start, char delimiter, int width)
    {
        var row = Row(text, start, delimiter, MaxRowLines, MaxRowLength);
        var lineEnd = text[start..].IndexOf('\n') is var at and >= 0 ? start + at : text.Length;
        if (row.End <= lineEnd && row.Count != width && IsOpen(text[start..], delimiter) && Walk(text[start..], delimiter).Count == width)
        {
            // A row still open at the text's end (a stream's block that ends inside a stack trace whose first line holds a comma):
            // its cells before the open one are the table's, and the block reads them; the next block reads the row again whole.
            return (text.Length, width);
        }

        if (row.End <= lineEnd || Walk(text[start..lineEnd], delimiter, quotes: false).Count != width)
        {
            return row;
        }

        // The quote took lines into a row of another width (it closed at a later row's opening quote): the line read as it stands
        // is the table's row, and the next row starts on the next line, so one malformed row costs that row alone.
        if (row.Count != width)
        {
            return (lineEnd, width);
        }

        var next = text[(lineEnd + 1)..];
        var line = next[..(next.IndexOf('\n') is var end and >= 0 ? end : next.Length)];
        if (line.Count('"') % 2 == 0 && Walk(line, delimiter) is (>= 0, var count) && count == width)
        {
            return (lineEnd, width);
        }

        // A quote that closes at a spanning cell's opening quote on the next line (<c>9,Li,"left open</c> above <c>10,Wu,"trace …</c>)
        // reads as a row of the table's width too, but leaves the rows after it inside that cell: the line is the row when what follows
        // the row read across lines is no row of the table's width and what follows the line is.
        return row.End + 1 < text.Length && Row(text, row.End + 1, delimiter, MaxRowLines, MaxRowLength).Count != width
            && Row(text, lineEnd + 1, delimiter, MaxRowLines, MaxRowLength).Count == width ? (lineEnd, width) : row;
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
        text.Length <= MaxRowLength && text.Contains('"') && Walk(text, delimiter).End < 0 && text.Count('\n') <= MaxRowLines;

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
