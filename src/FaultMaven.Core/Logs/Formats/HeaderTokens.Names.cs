namespace FaultMaven.Core.Logs.Formats;

// Header fields of several parts: a dotted logger name, a bracket of words, a run of key=value pairs.
internal static partial class HeaderTokens
{
    // Most pairs read as one field: a header writes a few (pid, thread, job), a record many.
    private const int MaxPairs = 8;

    // A bracket of words (a thread named after its task, a context of several keys) may be longer than a token.
    private const int MaxGroup = 256;

    private static readonly System.Buffers.SearchValues<char> LoggerChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._$-");

    private static readonly System.Buffers.SearchValues<char> KeyChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    // A name of letters, digits, '_', '$' and '-' in two or more parts joined by single dots, starting and ending with a
    // letter or digit ("o.e.c.Component", "org.example.Broker.start", "http.log.error"): a sentence's word ends in a dot
    // or a comma and a number's parts are digits only.
    private static int LoggerEnd(ReadOnlySpan<char> text, int at)
    {
        var end = TokenEnd(text, at, MaxBracket);
        if (end < 0 || end - at < 3 || !char.IsAsciiLetter(text[at]) || !char.IsAsciiLetterOrDigit(text[end - 1]))
        {
            return -1;
        }

        var name = text[at..end];
        return !name.ContainsAnyExcept(LoggerChars) && name.Contains('.') && !name.Contains("..", StringComparison.Ordinal)
            && name.ContainsAnyExcept(DigitsAndDots) ? end : -1;
    }

    private static readonly System.Buffers.SearchValues<char> DigitsAndDots = System.Buffers.SearchValues.Create("0123456789.");

    // A square or round bracket holding anything but another bracket of its kind within MaxGroup characters ("[c:x s:y]",
    // "[]", "(worker 3 of pool)"), followed by a blank or the end.
    private static int GroupEnd(ReadOnlySpan<char> text, int at)
    {
        if (text[at] is not ('[' or '('))
        {
            return -1;
        }

        var closer = text[at] == '[' ? ']' : ')';
        var window = text.Slice(at + 1, Math.Min(MaxGroup, text.Length - at - 1));
        var close = window.IndexOfAny(text[at], closer);
        if (close < 0 || window[close] != closer)
        {
            return -1;
        }

        var end = at + close + 2;
        return end == text.Length || text[end] is ' ' or '\t' ? end : -1;
    }

    // One to MaxPairs tokens of the form key=value with a non-empty unquoted value ("pid=7 tid=x1 class=A::Job").
    private static int PairsEnd(ReadOnlySpan<char> text, int at)
    {
        var end = -1;
        for (var pairs = 0; pairs < MaxPairs && at < text.Length; pairs++)
        {
            var token = TokenEnd(text, at, MaxBracket);
            var eq = token < 0 ? -1 : text[at..token].IndexOf('=');
            if (eq <= 0 || at + eq + 1 >= token || text[at + eq + 1] is '"' or '\'' || text[at..(at + eq)].ContainsAnyExcept(KeyChars))
            {
                break;
            }

            end = token;
            at = SkipSpaces(text, token);
        }

        return end;
    }

    // A square bracket glued to the field before it ("…][pipeline] "), or no field at all (the position itself) where a blank
    // comes before: learned where some lines have it.
    private static int GluedEnd(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || text[at - 1] is ' ' or '\t')
        {
            return at;
        }

        if (text[at] != '[' || text[at - 1] != ']')
        {
            return -1;
        }

        // The header may end in a colon right after it ("…][requestID=7f]: message").
        var close = BracketEnd(text, at);
        close = close > 0 && close < text.Length && text[close] == ':' ? close + 1 : close;
        return close > 0 && Ends(text, close) ? close : -1;
    }
}
