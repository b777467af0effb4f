using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Finds words that each hold a character outside ASCII (пароль, パスワード, contraseña, hasło), matched as written or, when
/// asked, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does. A search for many such strings at once is not
/// vectorised and reads every character of a text; here only the texts' rare non-ASCII characters that a word holds are looked for,
/// and the word is checked around each.</summary>
internal sealed class NonAsciiWords
{
    // Per anchor character (its invariant capital when case is ignored), the words holding it and where (each word's first non-ASCII
    // character).
    private readonly Dictionary<char, (string Word, int At)[]> byAnchor;
    private readonly SearchValues<char> anchors;
    private readonly bool ignoreCase;

    public NonAsciiWords(IEnumerable<string> words, bool ignoreCase = false)
    {
        this.ignoreCase = ignoreCase;
        var lists = new Dictionary<char, List<(string, int)>>();
        foreach (var word in words)
        {
            var at = word.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f');
            if (at < 0)
            {
                throw new ArgumentException($"'{word}' holds no character outside ASCII.", nameof(words));
            }

            var anchor = ignoreCase ? char.ToUpperInvariant(word[at]) : word[at];
            // Ignoring case, the text's character in the anchor's place is found from its capital, which must not be one of ASCII's.
            if (anchor <= '\x7f')
            {
                throw new ArgumentException($"'{word}' has an ASCII capital for its first character outside ASCII.", nameof(words));
            }

            if (!lists.TryGetValue(anchor, out var list))
            {
                lists[anchor] = list = [];
            }

            list.Add((word, at));
        }

        byAnchor = lists.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        anchors = SearchValues.Create([.. lists.Keys]);
    }

    /// <summary>Every position where one of the words starts, ascending and once each; null when there is none.</summary>
    public List<int>? Starts(string text)
    {
        List<int>? starts = null;
        var span = text.AsSpan();
        if (!span.ContainsAnyExceptInRange('\0', '\x7f'))
        {
            return null;
        }

        if (ignoreCase)
        {
            return Sorted(CaselessStarts(span));
        }

        for (var i = 0; i < span.Length;)
        {
            var found = span[i..].IndexOfAny(anchors);
            if (found < 0)
            {
                break;
            }

            i += found;
            foreach (var (word, at) in byAnchor[span[i]])
            {
                var start = i - at;
                if (start >= 0 && span[start..].StartsWith(word, StringComparison.Ordinal))
                {
                    (starts ??= []).Add(start);
                }
            }

            i++;
        }

        return Sorted(starts);
    }

    // Ignoring case, a word's non-ASCII anchor can be matched by any character with the same invariant capital (т, Т, ᲄ), and no
    // ASCII character has such a capital: every non-ASCII character of the text is read, and its capital looked up.
    private List<int>? CaselessStarts(ReadOnlySpan<char> span)
    {
        List<int>? starts = null;
        for (var i = 0; i < span.Length;)
        {
            var found = span[i..].IndexOfAnyExceptInRange('\0', '\x7f');
            if (found < 0)
            {
                break;
            }

            i += found;
            var anchor = char.ToUpperInvariant(span[i]);
            if (anchors.Contains(anchor))
            {
                foreach (var (word, at) in byAnchor[anchor])
                {
                    var start = i - at;
                    if (start >= 0 && span[start..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        (starts ??= []).Add(start);
                    }
                }
            }

            i++;
        }

        return starts;
    }

    // Ascending and once each.
    private static List<int>? Sorted(List<int>? starts)
    {
        if (starts is { Count: > 1 })
        {
            starts.Sort();
            var kept = 1;
            for (var k = 1; k < starts.Count; k++)
            {
                if (starts[k] != starts[kept - 1])
                {
                    starts[kept++] = starts[k];
                }
            }

            starts.RemoveRange(kept, starts.Count - kept);
        }

        return starts;
    }

    /// <summary>The first of <paramref name="starts"/> at or after <paramref name="offset"/>, moving <paramref name="cursor"/> on; -1
    /// when none is left.</summary>
    public static int Next(List<int> starts, int offset, ref int cursor)
    {
        while (cursor < starts.Count && starts[cursor] < offset)
        {
            cursor++;
        }

        return cursor < starts.Count ? starts[cursor] : -1;
    }
}
