namespace FaultMaven.Core.Privacy.Views;

/// <summary>A normalised reading of the parts of a text whose surface form hides tokens from the recognizers (a token wrapped over
/// two lines, a percent-encoded address, a quoted mail reply), with, for each of its characters, the range of the text it came
/// from. Only the lines that differ are in it, one segment per run of such lines, each ended by a separator.</summary>
internal sealed class TextView
{
    /// <summary>The view character was decoded or written out (<c>%40</c> read as <c>@</c>, a folded line's newline read as a space).</summary>
    public const byte Changed = 1;

    /// <summary>Characters of the text were dropped just before this view character (a wrap, a quote prefix, a continuation).</summary>
    public const byte GapBefore = 2;

    /// <summary>The view character ends a segment: what follows it in the view does not follow it in the text.</summary>
    public const byte Separator = 4;

    private readonly int[] _start;
    private readonly int[] _end;
    private readonly byte[] _flags;

    public TextView(string text, int[] start, int[] end, byte[] flags)
    {
        Text = text;
        _start = start;
        _end = end;
        _flags = flags;
    }

    /// <summary>Gets the view's text.</summary>
    public string Text { get; }

    // How far before a span its own line is searched for a change that gives it its context (a decoded quote before a key's value).
    private const int ContextWindow = 256;

    /// <summary>Gets the range of the original text that the view's span <c>[start, end)</c> came from, or null when the plain reading
    /// sees the span as the view does: no change inside it (a decoded character, characters dropped) and none before it on its line,
    /// where a key or a header gives it its meaning (<c>&amp;quot;password&amp;quot;: &amp;quot;…</c>, <c>db_password: |</c> and the
    /// value on the next line). Null too when the span runs over a segment's end into text that does not follow in the original.</summary>
    public (int Start, int End)? Original(int start, int end)
    {
        var changed = false;
        for (var i = start; i < end; i++)
        {
            if ((_flags[i] & Separator) != 0)
            {
                return null;
            }

            changed |= (_flags[i] & (Changed | GapBefore)) != 0;
        }

        for (var i = start - 1; !changed && i >= Math.Max(0, start - ContextWindow) && Text[i] != '\n'; i--)
        {
            changed = (_flags[i] & (Changed | GapBefore)) != 0;
        }

        return changed ? (_start[start], _end[end - 1]) : null;
    }
}
