namespace FaultMaven.Core.Logs.Formats;

/// <content>Lines the first way through does not split: the expression's match, found in time linear in the line.</content>
public sealed partial class HeaderFormat
{
    // In place of the furthest start of the rest of the format: nothing follows, the literal must end the line.
    private const int AtEnd = -1;

    // Two passes decide what the backtracking expression would. Whatever follows a field matches from a place exactly when
    // the place is no later than the furthest one it matches from (the field takes what lies between; no field may hold a
    // newline, and the caller sends lines with one to the expression), so a pass from the right finds each field's furthest
    // start. A pass from the left then makes the expression's choices — each field as short, each whitespace run as long
    // as leaves the rest able to match — knowing which do. Each literal is looked for once per pass, at the places that
    // start like it: linear in the line for a given format, however long its whitespace runs.
    private bool Solve(ReadOnlySpan<char> line, int offset, Span<Range> fields)
    {
        var pieces = _pieces!;
        if (pieces[0].Field < 0 && MatchLiteral(line, 0, pieces[0].Literal!) < 0)
        {
            return false;
        }

        Span<int> furthest = pieces.Length <= 64 ? stackalloc int[pieces.Length] : new int[pieces.Length];
        var after = AtEnd;
        for (var p = pieces.Length - 1; p >= 0; p--)
        {
            if (pieces[p].Field >= 0)
            {
                furthest[p] = after == AtEnd ? line.Length : after;
                after = furthest[p];
                continue;
            }

            after = LastLiteral(line, pieces[p].Literal!, after);
            if (after < 0)
            {
                return false;
            }
        }

        var position = 0;
        for (var p = 0; p < pieces.Length; p++)
        {
            var piece = pieces[p];
            if (piece.Field < 0)
            {
                // Only a literal that starts the format comes here: the others are taken with the field before them.
                if (!Fits(line, position, piece.Literal!, Bound(furthest, p + 1), out position))
                {
                    return false;
                }

                continue;
            }

            if (position > furthest[p])
            {
                return false;
            }

            if (p + 1 == pieces.Length)
            {
                fields[piece.Field] = new Range(offset + position, offset + line.Length);
                return true;
            }

            if (pieces[p + 1].Field >= 0)
            {
                fields[piece.Field] = new Range(offset + position, offset + position);
                continue;
            }

            var at = FirstLiteral(line, position, pieces[p + 1].Literal!, Bound(furthest, p + 2), out var end);
            if (at < 0)
            {
                return false;
            }

            fields[piece.Field] = new Range(offset + position, offset + at);
            position = end;
            p++;
        }

        return position == line.Length;
    }

    private static int Bound(ReadOnlySpan<int> furthest, int p) => p < furthest.Length ? furthest[p] : AtEnd;

    // The first place from `from` where the literal fits (see Fits). As in FindLiteral, a literal that starts with a whitespace
    // run is tried once per run: from a later place in the run it goes on the same way, or (when it is the run alone) would
    // have to end later.
    private static int FirstLiteral(ReadOnlySpan<char> line, int from, string literal, int after, out int end)
    {
        var i = from;
        while (i < line.Length)
        {
            if (literal[0] == WhitespaceRun)
            {
                var next = IndexOfWhiteSpace(line, i);
                if (next < 0)
                {
                    break;
                }

                if (Fits(line, next, literal, after, out end))
                {
                    return next;
                }

                i = SkipWhiteSpace(line, next);
                continue;
            }

            var at = line[i..].IndexOf(literal[0]);
            if (at < 0)
            {
                break;
            }

            if (Fits(line, i + at, literal, after, out end))
            {
                return i + at;
            }

            i += at + 1;
        }

        end = 0;
        return -1;
    }

    // The furthest place where the literal fits; -1 when none. Every character and run of the literal takes at least one
    // character, which bounds where to start looking; a run is again tried once, at its last character.
    private static int LastLiteral(ReadOnlySpan<char> line, string literal, int after)
    {
        var j = (after == AtEnd ? line.Length : after) - literal.Length;
        while (j >= 0)
        {
            if (literal[0] == WhitespaceRun)
            {
                while (j >= 0 && !char.IsWhiteSpace(line[j]))
                {
                    j--;
                }

                if (j < 0)
                {
                    break;
                }

                if (Fits(line, j, literal, after, out _))
                {
                    return j;
                }

                while (j >= 0 && char.IsWhiteSpace(line[j]))
                {
                    j--;
                }

                continue;
            }

            j = line[..(j + 1)].LastIndexOf(literal[0]);
            if (j < 0)
            {
                break;
            }

            if (Fits(line, j, literal, after, out _))
            {
                return j;
            }

            j--;
        }

        return -1;
    }

    // Whether the literal matches at `at` and leaves the rest of the format able to match: `after` is the furthest start of
    // the field that follows (or AtEnd). A run inside the literal is taken whole (the character after it is not whitespace);
    // a run that ends it gives back to the next field what that field needs. `end` is where the next field starts.
    private static bool Fits(ReadOnlySpan<char> line, int at, string literal, int after, out int end)
    {
        var i = at;
        var lastRun = -1;
        end = 0;
        foreach (var c in literal)
        {
            if (c == WhitespaceRun)
            {
                if (i >= line.Length || !char.IsWhiteSpace(line[i]))
                {
                    return false;
                }

                lastRun = i;
                i = SkipWhiteSpace(line, i);
            }
            else if (i < line.Length && line[i] == c)
            {
                lastRun = -1;
                i++;
            }
            else
            {
                return false;
            }
        }

        if (after == AtEnd)
        {
            end = i;
            return i == line.Length;
        }

        end = lastRun >= 0 ? Math.Min(i, after) : i;
        return lastRun >= 0 ? end > lastRun : end <= after;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }
}
