using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Views;

/// <summary>Builds the <see cref="TextView"/> of a text in one pass over its lines: quote prefixes dropped, wrapped tokens, shell
/// continuations and YAML block scalars joined, percent escapes and HTML character references written out. Lines where none of
/// that applies stay out of the view, so text without wraps or escapes costs one vectorised scan and no second reading.</summary>
internal static class TextViewBuilder
{
    private static readonly SearchValues<char> EscapeStarts = SearchValues.Create("%&");

    private enum Join
    {
        None,

        // The next line goes on directly after its quote prefix and indentation (a wrapped token).
        Wrap,

        // The next line goes on directly after all its leading blanks (a continuation, a block scalar's first line).
        Loose,

        // The next line goes on after one space (a folded block scalar's lines).
        Space,
    }

    /// <summary>Gets the view of <paramref name="text"/>, or null when no line of it reads differently.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TextView? Build(string text)
    {
        Writer? writer = null;
        var nextEscape = FindEscape(text, 0);
        var (joined, wrapPrefix, foldIndent) = (Join.None, 0, -1);
        var pendingNewline = -1;
        var lineStart = 0;
        var lineEnd = LineEnd(text, 0);
        while (true)
        {
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var quote = lineStart < contentEnd && text[lineStart] == '>' ? LineJoins.QuotePrefix(text, lineStart, contentEnd) : 0;
            var skip = joined switch
            {
                Join.Wrap => wrapPrefix,
                Join.Loose or Join.Space => quote + LineJoins.Indent(text, lineStart + quote, contentEnd),
                _ => quote,
            };
            if (nextEscape >= 0 && nextEscape < lineStart + skip)
            {
                nextEscape = FindEscape(text, lineStart + skip);
            }

            // How this line goes on into the next, decided on the two lines alone.
            var (join, end) = (Join.None, contentEnd);
            var nextStart = lineEnd + 1;
            var nextEnd = nextStart <= text.Length ? LineEnd(text, nextStart) : -1;
            if (nextEnd >= 0)
            {
                var indent = LineJoins.Indent(text, lineStart + quote, contentEnd);
                var nextQuote = nextStart < nextEnd && text[nextStart] == '>' ? LineJoins.QuotePrefix(text, nextStart, nextEnd) : 0;
                var nextIndent = LineJoins.Indent(text, nextStart + nextQuote, nextEnd);
                var nextBlank = nextStart + nextQuote + nextIndent >= nextEnd || text[nextStart + nextQuote + nextIndent] == '\r';
                if (LineJoins.Continuation(text, lineStart + skip, contentEnd) is var backslash and >= 0
                    && !LineJoins.OpensRecordAlike(text, lineStart, nextStart, nextEnd))
                {
                    (join, end, foldIndent) = (Join.Loose, backslash, -1);
                }
                else if (!nextBlank && nextIndent > indent && LineJoins.BlockScalar(text, lineStart + skip, contentEnd) is (>= 0 and var indicator, var folded))
                {
                    (join, end, foldIndent) = (Join.Loose, indicator, folded ? nextIndent : -1);
                }
                else if (foldIndent >= 0 && !nextBlank && nextIndent == foldIndent)
                {
                    join = Join.Space;
                }
                else if (LineJoins.Wraps(text, lineStart, contentEnd, nextStart, nextEnd, quote + indent))
                {
                    (join, foldIndent) = (Join.Wrap, -1);
                    wrapPrefix = quote + indent;
                }
                else
                {
                    foldIndent = -1;
                }
            }

            var inView = quote > 0 || joined != Join.None || join != Join.None || nextEscape >= 0 && nextEscape < end;
            if (inView)
            {
                writer ??= new Writer(text.Length);
                if (pendingNewline >= 0)
                {
                    writer.Copy(text, pendingNewline, 1);
                }

                writer.Gap(skip > 0);
                nextEscape = writer.Write(text, lineStart + skip, end, nextEscape);
                switch (join)
                {
                    case Join.None:
                        writer.Copy(text, end, lineEnd - end);
                        break;
                    case Join.Space:
                        writer.Put(' ', end, lineEnd + 1, TextView.Changed);
                        break;
                    default:
                        writer.Gap(true);
                        break;
                }
            }
            else
            {
                if (pendingNewline >= 0)
                {
                    // The segment ends: what follows in the view does not follow in the text.
                    writer!.Put('\n', pendingNewline, pendingNewline + 1, TextView.Separator);
                }

                if (nextEscape >= 0 && nextEscape < lineEnd)
                {
                    nextEscape = FindEscape(text, lineEnd);
                }
            }

            // The newline after a line of the view is written with the next line, as a plain newline or as a segment's end.
            pendingNewline = inView && join == Join.None && lineEnd < text.Length ? lineEnd : -1;
            joined = join;
            if (nextEnd < 0)
            {
                break;
            }

            (lineStart, lineEnd) = (nextStart, nextEnd);
        }

        return writer?.View();
    }

    private static int LineEnd(string text, int start)
    {
        var found = text.AsSpan(start).IndexOf('\n');
        return found < 0 ? text.Length : start + found;
    }

    /// <summary>Finds the next percent escape or character reference at or after <paramref name="from"/>, or -1.</summary>
    internal static int FindEscape(string text, int from)
    {
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(EscapeStarts);
            if (found < 0)
            {
                return -1;
            }

            var position = from + found;
            if (Decoding.At(text, position, text.Length) is not null)
            {
                return position;
            }

            from = position + 1;
        }

        return -1;
    }
}
