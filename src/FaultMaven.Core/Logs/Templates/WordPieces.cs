namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// Cuts a template word into the pieces <see cref="WordMerger"/> compares (text between delimiters, and the delimiters),
/// so that a value's extent ends where the format's punctuation begins.
/// </summary>
internal static class WordPieces
{
    /// <summary>
    /// The pieces of <paramref name="word"/>: delimiters are single punctuation characters, except that a backslash
    /// escaping a quote belongs to the quote (<c>\"id\"</c>: the value is <c>id</c>, not <c>id\</c>) and that angle
    /// brackets are delimiters (<c>session=&lt;id&gt;</c>) while a wildcard <c>&lt;*&gt;</c> is text.
    /// </summary>
    public static List<(string Text, bool Delimiter)> Split(string word)
    {
        var pieces = new List<(string, bool)>();
        var start = 0;
        var i = 0;
        while (i < word.Length)
        {
            if (word[i] == '<' && word.AsSpan(i).StartsWith(MessageMasker.Wildcard, StringComparison.Ordinal))
            {
                i += MessageMasker.Wildcard.Length;
                continue;
            }

            var length = DelimiterLength(word, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            if (i > start)
            {
                pieces.Add((word[start..i], false));
            }

            pieces.Add((word.Substring(i, length), true));
            i += length;
            start = i;
        }

        if (start < word.Length)
        {
            pieces.Add((word[start..], false));
        }

        return pieces;
    }

    /// <summary>
    /// A merged word whose key varies (<c>var="&lt;*&gt;=&lt;*&gt;"</c>) is one value from the key on; the quotes and
    /// brackets that closed it stay (<c>var="&lt;*&gt;"</c>), since the format wrote them around the whole pair.
    /// </summary>
    public static string FromVaryingKey(string merged, int keyStart)
    {
        var end = keyStart + MessageMasker.Wildcard.Length;
        var tail = merged.Length;
        while (tail > end && merged[tail - 1] is '"' or '\'' or ')' or ']' or '}' or '>'
            && !merged.AsSpan(0, tail).EndsWith(MessageMasker.Wildcard, StringComparison.Ordinal))
        {
            tail--;
        }

        return tail == merged.Length ? merged[..end] : string.Concat(merged.AsSpan(0, end), merged.AsSpan(tail));
    }

    private static int DelimiterLength(string word, int i)
    {
        var c = word[i];
        if (c == '\\' && i + 1 < word.Length && word[i + 1] is '"' or '\'')
        {
            return 2;
        }

        // A quotation mark or bracket of another script ("‹bob›") closes a value as '"' or '[' does.
        return c is ':' or '=' or ',' or ';' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or '\'' or '|' or '#' or '@' or '%' or '/' or '<' or '>'
            || (c > '\x7f' && MessageMasker.IsWideMark(c))
            ? 1 : 0;
    }
}
