using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <content>The first way through a line: each field up to the first place the literal after it matches.</content>
public sealed partial class HeaderFormat
{
    // Fields match lazily and runs of spaces greedily, so the first way through — each field up to the first place its
    // literal matches, each run of whitespace taken whole — is the match the regular expression finds first, when the
    // walk gets through. When it does not, Solve (which may find a longer field or a shorter run) decides.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Scan(ReadOnlySpan<char> line, int offset, Span<Range> fields)
    {
        var position = 0;
        var pieces = _pieces!;
        for (var p = 0; p < pieces.Length; p++)
        {
            var piece = pieces[p];
            if (piece.Field >= 0)
            {
                var next = p + 1 < pieces.Length ? pieces[p + 1] : default;
                if (p + 1 == pieces.Length)
                {
                    fields[piece.Field] = new Range(offset + position, offset + line.Length);
                    return true;
                }

                if (next.Field >= 0)
                {
                    fields[piece.Field] = new Range(offset + position, offset + position);
                    continue;
                }

                var end = FindLiteral(line, position, next.Literal!);
                if (end < 0)
                {
                    return false;
                }

                fields[piece.Field] = new Range(offset + position, offset + end);
                position = end;
                continue;
            }

            var taken = MatchLiteral(line, position, piece.Literal!);
            if (taken < 0)
            {
                return false;
            }

            position += taken;
        }

        // The format ends with a literal: it must end the line.
        return position == line.Length;
    }

    // The first place the literal matches. Only places that start like the literal are tried (found with a vectorised search),
    // and a literal that starts with a whitespace run is tried once per run: every place inside a run ends the run at the
    // same character, so it matches there exactly when it matches at the run's start. Linear in the line for such literals.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindLiteral(ReadOnlySpan<char> line, int from, string literal)
    {
        if (literal.Length == 0)
        {
            return from < line.Length ? from : -1;
        }

        var first = literal[0];
        var i = from;
        while (i < line.Length)
        {
            if (first == WhitespaceRun)
            {
                var next = IndexOfWhiteSpace(line, i);
                if (next < 0)
                {
                    return -1;
                }

                if (MatchLiteral(line, next, literal) >= 0)
                {
                    return next;
                }

                i = next + 1;
                while (i < line.Length && char.IsWhiteSpace(line[i]))
                {
                    i++;
                }

                continue;
            }

            var at = line[i..].IndexOf(first);
            if (at < 0)
            {
                return -1;
            }

            if (MatchLiteral(line, i + at, literal) >= 0)
            {
                return i + at;
            }

            i += at + 1;
        }

        return -1;
    }

    private static int IndexOfWhiteSpace(ReadOnlySpan<char> line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // A literal is exact characters, with '\0' standing for \s+ (a whitespace run, taken whole); returns its length here.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MatchLiteral(ReadOnlySpan<char> line, int at, string literal)
    {
        var i = at;
        foreach (var c in literal)
        {
            if (c == WhitespaceRun)
            {
                if (i >= line.Length || !char.IsWhiteSpace(line[i]))
                {
                    return -1;
                }

                while (i < line.Length && char.IsWhiteSpace(line[i]))
                {
                    i++;
                }
            }
            else if (i < line.Length && line[i] == c)
            {
                i++;
            }
            else
            {
                return -1;
            }
        }

        return i - at;
    }

    private const char WhitespaceRun = '\0';
}
