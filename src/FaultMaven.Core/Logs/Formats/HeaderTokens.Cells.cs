namespace FaultMaven.Core.Logs.Formats;

// Fields of a record whose header is cells: delimited by one character (";0010;Server@pbs01;Job;", "  1 | 11/02/2026 |") or
// padded to a fixed width with blanks ("spid19s     Recovery …").
internal static partial class HeaderTokens
{
    // The longest padded column read; a longer token is a message's.
    private const int MaxPadded = 32;

    /// <summary>Whether <paramref name="c"/> delimits the cells of a record header.</summary>
    public static bool IsCellDelimiter(char c) => c is ';' or '|';

    // One token closed by a cell delimiter, perhaps opened by the same one and padded with blanks before the close
    // (";0010;", "Job;", "  1 |"): the position after the delimiter that closes it, or -1. A cell with a blank inside
    // ("Fan FAN3 |") is free text, not a header cell.
    private static int CellEnd(ReadOnlySpan<char> text, int at)
    {
        var open = IsCellDelimiter(text[at]) ? text[at] : '\0';
        var start = open == '\0' ? at : SkipBlanks(text, at + 1);
        var limit = Math.Min(text.Length, start + MaxBracket);
        var i = start;
        while (i < limit && text[i] is not (' ' or '\t') && !IsCellDelimiter(text[i]))
        {
            i++;
        }

        // A bracket opened in the cell closes in it ("27887[].pbs01"): "[name=x;" is a context bracket's first pair.
        if (i == start || !Balanced(text[start..i]))
        {
            return -1;
        }

        i = SkipBlanks(text, i);
        return i < text.Length && IsCellDelimiter(text[i]) && (open == '\0' || text[i] == open) ? i + 1 : -1;
    }

    // A token followed by blanks and more text, as a column padded to a fixed width is written ("spid19s     Recovery"):
    // the token's end, or -1. That the blanks pad a column (the next field starts at one offset on nearly every line
    // while the tokens' lengths differ) is checked across the sample.
    private static int PaddedEnd(ReadOnlySpan<char> text, int at)
    {
        var end = TokenEnd(text, at, MaxPadded);
        if (end < 0 || end == at || end >= text.Length || text[end] != ' ')
        {
            return -1;
        }

        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && text[next] != '\t' ? end : -1;
    }

    private static bool Balanced(ReadOnlySpan<char> token) =>
        token.Count('[') == token.Count(']') && token.Count('(') == token.Count(')') && token.Count('{') == token.Count('}') && token.Count('<') == token.Count('>');

    private static int SkipBlanks(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
