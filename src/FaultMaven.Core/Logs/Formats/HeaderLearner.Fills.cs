namespace FaultMaven.Core.Logs.Formats;

// Whether a field of one kind fills a place across the sample.
public static partial class HeaderLearner
{
    // Whether nearly every message has a field of the kind at its place (ends[i] is where it ends, -1 if not there) whose
    // values repeat: a bracket, a name or a column takes few shapes (digits aside) where a request id is new on every line,
    // unless it is a number in square brackets (a pid); a tag, a column or a separator takes fewer still.
    private static bool Fills(IReadOnlyList<string> messages, int[] at, int[] ends, HeaderFieldKind kind, TimestampParser time, HashSet<string> values, bool number = true, bool few = true)
    {
        var hits = 0;
        var numbers = 0;
        var present = 0;
        var spaced = 0;
        values.Clear();
        for (var i = 0; i < messages.Count; i++)
        {
            ends[i] = HeaderTokens.Match(messages[i], at[i], kind, time);
            if (ends[i] < 0)
            {
                continue;
            }

            hits++;
            // A column of words is steady only where a steadier field follows it (a source name before its event id);
            // the column that ends the header is one token (a logger), where a message column is words. The odd line
            // with an empty column or a rare spaced value (read one column further) does not make it a message column.
            spaced += kind == HeaderFieldKind.Column && messages[i].AsSpan(at[i], ends[i] - at[i]).Trim().Contains(' ') ? 1 : 0;

            if (kind == HeaderFieldKind.Number && !number)
            {
                // After a field of varying wording a number is the message's ("job 12 done") unless the header's: a source line
                // ending in a colon ("file.go 391:") or a number of few values (a debug level).
                numbers += messages[i][ends[i] - 1] == ':' ? 1 : 0;
                values.Add(messages[i][at[i]..ends[i]]);
            }
            else if (kind == HeaderFieldKind.Capitals)
            {
                // Counted apart: lines with a level of the table, and the other words that stand there.
                if (HeaderTokens.IsKnownLevel(messages[i], at[i]))
                {
                    present++;
                }
                else
                {
                    values.Add(messages[i][at[i]..ends[i]]);
                }
            }
            else if (kind == HeaderFieldKind.Group)
            {
                // A context bracket of keys ("[Originator@6876 sub=Vim opID=x1]") opens with a word of few shapes; a bracket of one
                // token was the bracket field's to take, a counted "(71013)" and a bracket of words ("[Fetcher shard 3]") the message's.
                var open = at[i] + 1;
                var word = Math.Min(HeaderTokens.TokenEnd(messages[i], open), ends[i] - 1);
                if (word >= ends[i] - 1 || !messages[i].AsSpan(word, ends[i] - word).Contains('='))
                {
                    ends[i] = -1;
                    hits--;
                    continue;
                }

                values.Add(HeaderTokens.Shape(messages[i], open, word));
            }
            else if (kind == HeaderFieldKind.Glued)
            {
                present += ends[i] > at[i] ? 1 : 0;
                values.Add(ends[i] > at[i] ? HeaderTokens.Shape(messages[i], at[i], ends[i]) : string.Empty);
            }
            else if (kind is HeaderFieldKind.Bracket or HeaderFieldKind.Mark or HeaderFieldKind.Separator or HeaderFieldKind.Tag or HeaderFieldKind.Named
                or HeaderFieldKind.Column or HeaderFieldKind.Logger)
            {
                numbers += kind == HeaderFieldKind.Bracket && messages[i][at[i]] == '[' && HeaderTokens.IsDigits(messages[i], at[i], ends[i]) ? 1 : 0;
                values.Add(HeaderTokens.Shape(messages[i], at[i], ends[i]));
            }
        }

        if (hits < messages.Count * Nearly || spaced > hits * (1 - Nearly))
        {
            return false;
        }

        return kind switch
        {
            HeaderFieldKind.Bracket => numbers >= hits * Nearly || values.Count * 2 <= hits,
            HeaderFieldKind.Named => values.Count * 2 <= hits,
            HeaderFieldKind.Number => number || numbers >= hits * Nearly || few && values.Count * 4 <= hits,
            HeaderFieldKind.Tag or HeaderFieldKind.Column or HeaderFieldKind.Logger => values.Count * 4 <= hits,
            HeaderFieldKind.Glued => present * 20 >= hits && values.Count * 2 <= present,
            HeaderFieldKind.Capitals => present > 0 && values.Count is > 0 and <= MaxOtherLevels,
            HeaderFieldKind.Group => values.Count * 4 <= hits,
            HeaderFieldKind.Mark or HeaderFieldKind.Separator => values.Count <= 4,
            _ => true,
        };
    }
}
