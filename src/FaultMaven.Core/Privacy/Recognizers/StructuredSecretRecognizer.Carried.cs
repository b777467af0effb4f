namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A structure still open at a text's end (an <c>INSERT</c>'s rows, a <c>COPY</c>'s, a map of users' secrets that the text
/// cuts off): what a stream's next block must be read after for its rows to be read as the structure's.</summary>
internal sealed partial class StructuredSecretRecognizer
{
    // How far before the text's end the row the next block is read from may start: a row longer than this is not carried, and a
    // structure lives on only while each block has a row starting this near its end.
    private const int MaxCarriedRow = 8192;

    // The longest opening carried (a column list is at most 2,048 characters).
    private const int MaxOpening = 2560;

    /// <summary>Finds the structure whose rows run to the end of <paramref name="text"/> (a text that ends with a line end), and gives
    /// its opening (the <c>INSERT … VALUES</c>, the <c>COPY … FROM stdin;</c> line, the map's key line) and where the rows to carry
    /// start: the row that <paramref name="start"/> falls in (a row's or line's start), or the first row after it. Null when no
    /// structure runs to the end.</summary>
    internal static (string Opening, int Start)? OpenAtEnd(string text, int start)
    {
        var trace = new RowTrace(start);
        if (Keyword.In(text, "values"))
        {
            InsertTuples(text, null, trace);
        }

        if (Keyword.In(text, "stdin"))
        {
            CopyRows(text, null, trace);
        }

        if (text.AsSpan().IndexOfAny(MapKeyWords) >= 0)
        {
            Maps(text, null, trace);
        }

        if (trace.Open is not var (openingStart, openingEnd, aligned, after) || openingEnd - openingStart > MaxOpening)
        {
            return null;
        }

        var rows = aligned >= 0 && text.Length - aligned <= MaxCarriedRow ? aligned : after;
        if (rows < 0 || openingStart >= start)
        {
            // No row to carry, or the opening is among the carried lines already.
            return null;
        }

        var opening = text.AsSpan(openingStart, openingEnd - openingStart).TrimEnd();
        return (string.Concat(opening, "\n"), rows);
    }

    /// <summary>Follows the reading of one structure after another: where each opens and where its rows start, around a mark.</summary>
    private sealed class RowTrace(int mark)
    {
        private (int Start, int End) _opening;
        private int _aligned = -1;
        private int _after = -1;

        /// <summary>Gets the last structure read to the text's end: its opening, the start of the last row at or before the mark
        /// and of the first after it (-1 when none).</summary>
        public (int OpeningStart, int OpeningEnd, int Aligned, int After)? Open { get; private set; }

        public void Begin(int openingStart, int openingEnd) => (_opening, _aligned, _after) = ((openingStart, openingEnd), -1, -1);

        public void Row(int at)
        {
            if (at <= mark)
            {
                _aligned = at;
            }
            else if (_after < 0)
            {
                _after = at;
            }
        }

        public void End(bool open)
        {
            if (open)
            {
                Open = (_opening.Start, _opening.End, _aligned, _after);
            }
        }
    }
}
