using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>
/// Which of a few fixed words occur in a text, ignoring case as <see cref="Keyword.In"/> does, in one pass: a recognizer that
/// asks about a dozen words otherwise reads the whole text once for each word that is absent, and most are.
/// </summary>
internal sealed class KeywordSet
{
    // After this many occurrences the words still missing are looked for one at a time in the rest of the text: a word that
    // occurs on every line would otherwise stop the one pass at every line.
    private const int SharedHits = 64;

    private readonly string[] words;
    private readonly SearchValues<string> any;

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
        for (var hits = 0; present != all; hits++)
        {
            if (hits == SharedHits)
            {
                for (var w = 0; w < words.Length; w++)
                {
                    if ((present & (1u << w)) == 0 && Keyword.In(text[i..], words[w]))
                    {
                        present |= 1u << w;
                    }
                }

                return present;
            }

            var at = text[i..].IndexOfAny(any);
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

    /// <summary>Whether <paramref name="word"/>, one of the set's, is among <paramref name="present"/> (what <see cref="In"/> returned).</summary>
    public bool Has(uint present, string word)
    {
        var w = Array.IndexOf(words, word);
        return w >= 0 ? (present & (1u << w)) != 0 : throw new ArgumentException($"'{word}' is not one of the set's words.", nameof(word));
    }
}
