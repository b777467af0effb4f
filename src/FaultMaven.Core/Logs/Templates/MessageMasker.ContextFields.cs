namespace FaultMaven.Core.Logs.Templates;

public static partial class MessageMasker
{
    // A field's key longer than this is no context key ("USER", "GROUP", "TOKEN", "APP", "JOB", "ACTION").
    private const int MaxContextKey = 32;

    // "USER[bob] GROUP[-] TOKEN[] APP[etl-daily] JOB[0000123-oozie-W] <statement>": a thread-context (MDC) pattern writes a
    // run of KEY[value] fields before every statement. Their values are context whatever their count (one user, a group "-",
    // an empty token), so each is a value by its shape and place: a run of at least two such words opening the message. One
    // bracketed word alone ("Phase[commit] completed", "query[A] example.org") stays to the words' own rules: it may name
    // the statement. Returns the length of the run's text (0 when there is no such run) and how many fields it holds.
    private static int ContextFieldRun(ReadOnlySpan<char> message, out int fields)
    {
        fields = 0;
        var end = 0;
        var rest = message;
        while (true)
        {
            var lead = rest.Length - rest.TrimStart().Length;
            var word = NextWord(rest[lead..]);
            if (!IsContextField(word))
            {
                break;
            }

            fields++;
            end = message.Length - rest.Length + lead + word.Length;
            rest = rest[(lead + word.Length)..];
        }

        if (fields < 2)
        {
            fields = 0;
            return 0;
        }

        return end;
    }

    // KEY[value]: a key of letters, digits, '_', '-' or '.' opening with a letter, then one bracketed value (possibly empty)
    // that ends the word and holds no bracket of its own.
    private static bool IsContextField(ReadOnlySpan<char> word)
    {
        var open = word.IndexOf('[');
        if (open < 1 || open > MaxContextKey || word[^1] != ']' || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }

        foreach (var c in word[..open])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }

        return word[(open + 1)..^1].IndexOfAny('[', ']') < 0;
    }

    // Writes the run's fields as "KEY[<*>]", one word each, and returns how many characters of the message they took.
    private static int MaskContextFields(ReadOnlySpan<char> message, CharBuffer output)
    {
        var length = ContextFieldRun(message, out var fields);
        var rest = message[..length];
        for (var i = 0; i < fields; i++)
        {
            rest = rest.TrimStart();
            var word = NextWord(rest);
            rest = rest[word.Length..];
            if (i > 0)
            {
                output.Append(' ');
            }

            output.Append(word[..(word.IndexOf('[') + 1)]);
            output.Append(Wildcard);
            output.Append(']');
        }

        return length;
    }
}
