using System.Buffers;
using System.Collections.Concurrent;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>
/// Which of a few fixed words occur in a text, ignoring case as <see cref="Keyword.In"/> does, in one pass: a recognizer that
/// asks about a dozen words otherwise reads the whole text once for each word that is absent, and most are.
/// </summary>
internal sealed class KeywordSet
{
    // After this many occurrences the pass goes on looking for the words still missing only: a word that occurs on every line
    // would otherwise stop it at every line. Those searches are kept by the words they look for; texts of one kind miss the same.
    private const int SharedHits = 64;
    private const int KeptSearches = 256;

    private readonly string[] words;
    private readonly SearchValues<string> any;
    private readonly ConcurrentDictionary<uint, SearchValues<string>> missing = new();

    public KeywordSet(params string[] words)
    {
        if (words.Length is 0 or > 32)
        {
            throw new ArgumentException("One to 32 words.", nameof(words));
        }

        this.words = words;
        any = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words of the set that occur in <paramref name="text"/>, one bit each in the order given.</summary>
    public uint In(ReadOnlySpan<char> text)
    {
        var all = uint.MaxValue >> (32 - words.Length);
        var present = 0u;
        var i = 0;
        var search = any;
        for (var hits = 0; present != all; hits++)
        {
            if (hits == SharedHits)
            {
                // Every hit from here on is a word not yet seen: at most one more hit per word. Texts that each miss other words
                // (hostile ones) do not fill memory with searches: past a few hundred kept, each missing word is searched alone.
                if (!missing.TryGetValue(present, out var kept) && missing.Count >= KeptSearches)
                {
                    return present | Alone(text[i..], present);
                }

                search = kept ?? missing.GetOrAdd(present, (seen, set) => SearchValues.Create(set.Where((_, w) => (seen & (1u << w)) == 0).ToArray(),
                    StringComparison.OrdinalIgnoreCase), words);
            }

            var at = text[i..].IndexOfAny(search);
            if (at < 0)
            {
                return present;
            }

            // Every word that starts here: one may hold another ("setex " and "set") or start with it ("digest:" and "digest").
            var rest = text[(i + at)..];
            for (var w = 0; w < words.Length; w++)
            {
                if (rest.StartsWith(words[w], StringComparison.OrdinalIgnoreCase))
                {
                    present |= 1u << w;
                }
            }

            i += at + 1;
        }

        return present;
    }

    private uint Alone(ReadOnlySpan<char> text, uint present)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if ((present & (1u << w)) == 0 && Keyword.In(text, words[w]))
            {
                present |= 1u << w;
            }
        }

        return present;
    }

    /// <summary>Whether <paramref name="word"/>, one of the set's, is among <paramref name="present"/> (what <see cref="In"/> returned).</summary>
    public bool Has(uint present, string word)
    {
        var w = Array.IndexOf(words, word);
        return w >= 0 ? (present & (1u << w)) != 0 : throw new ArgumentException($"'{word}' is not one of the set's words.", nameof(word));
    }
}
