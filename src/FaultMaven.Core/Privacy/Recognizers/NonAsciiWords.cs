using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Finds words that each hold a character outside ASCII (пароль, パスワード, contraseña, hasło), matched as written. A search
/// for many such strings at once is not vectorised and reads every character of a text; here only the texts' rare non-ASCII characters
/// that a word holds are looked for, and the word is checked around each.</summary>
internal sealed class NonAsciiWords
{
    // Per anchor character, the words holding it and where (each word's first non-ASCII character).
    private readonly Dictionary<char, (string Word, int At)[]> byAnchor;
    private readonly SearchValues<char> anchors;

    public NonAsciiWords(IEnumerable<string> words)
    {
        var lists = new Dictionary<char, List<(string, int)>>();
        foreach (var word in words)
        {
            var at = word.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f');
            if (at < 0)
            {
                throw new ArgumentException($"'{word}' holds no character outside ASCII.", nameof(words));
            }

            if (!lists.TryGetValue(word[at], out var list))
            {
                lists[word[at]] = list = [];
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
