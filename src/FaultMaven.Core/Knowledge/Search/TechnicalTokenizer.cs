using System.Buffers;
using System.Collections.Frozen;

namespace FaultMaven.Core.Knowledge.Search;

/// <summary>Turns technical text into search terms: compound tokens (<c>KubePodCrashLooping</c>, <c>kube_state_metrics</c>,
/// <c>net/http</c>, <c>etcd.server.slow</c>) give their parts and their joined form, so "pod crash looping", "crashloop" and the alert
/// name meet; three-digit numbers (HTTP statuses, exit codes) and codes with letters (<c>ORA-12541</c>, <c>E11000</c>) are kept,
/// other numbers (addresses, ports, timestamps) dropped; common English words are dropped and plurals and verb endings folded.</summary>
public static class TechnicalTokenizer
{
    private static readonly SearchValues<char> Joiners = SearchValues.Create("._-/:");

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
        "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "me", "might", "more", "most", "my", "no",
        "not", "of", "on", "or", "our", "out", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
        "who", "why", "will", "with", "would", "you", "your", "also", "any", "all", "just", "only", "over", "about", "after", "before",
        "each", "other", "same", "own", "both", "being", "here", "s", "t", "e", "g", "eg", "ie", "etc", "via", "per",
    ]);

    /// <summary>Returns the terms of <paramref name="text"/> in order (a term may repeat).</summary>
    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetterOrDigit(span[i]))
            {
                i++;
                continue;
            }

            // A compound: letters and digits joined by . _ - / : with no space.
            var start = i;
            while (i < span.Length && (char.IsLetterOrDigit(span[i]) || Joiners.Contains(span[i]) && i + 1 < span.Length && char.IsLetterOrDigit(span[i + 1])))
            {
                i++;
            }

            AddCompound(span[start..i], terms);
        }

        return terms;
    }

    private static void AddCompound(ReadOnlySpan<char> compound, List<string> terms)
    {
        var before = terms.Count;
        var parts = 0;
        var joined = new System.Text.StringBuilder();
        foreach (var range in compound.SplitAny(Joiners))
        {
            var piece = compound[range];
            var wordStart = 0;
            for (var k = 1; k <= piece.Length; k++)
            {
                if (k == piece.Length || IsWordBoundary(piece, k))
                {
                    var word = piece[wordStart..k];
                    wordStart = k;
                    if (word.IsEmpty)
                    {
                        continue;
                    }

                    parts++;
                    var lower = word.ToString().ToLowerInvariant();
                    joined.Append(lower);
                    AddWord(lower, terms);
                }
            }
        }

        // The joined form lets "crashloopbackoff" meet "CrashLoopBackOff" and "kube_pod_crash_looping" meet "KubePodCrashLooping".
        if (parts > 1 && joined.Length <= 48 && terms.Count > before)
        {
            var whole = joined.ToString();
            if (!whole.All(char.IsAsciiDigit))
            {
                terms.Add(Stem(whole));
            }
        }
    }

    /// <summary>A camelCase or acronym boundary (<c>kube|Pod</c>, <c>HTTP|Server</c>); letters and digits stay together (<c>http2</c>, <c>v1</c>).</summary>
    private static bool IsWordBoundary(ReadOnlySpan<char> piece, int k)
    {
        var (previous, current) = (piece[k - 1], piece[k]);
        return char.IsLower(previous) && char.IsUpper(current)
            || char.IsUpper(previous) && char.IsUpper(current) && k + 1 < piece.Length && char.IsLower(piece[k + 1]);
    }

    private static void AddWord(string word, List<string> terms)
    {
        if (word.All(char.IsAsciiDigit))
        {
            // Statuses and exit codes (502, 137) are worth finding; addresses, ports and timestamps are noise.
            if (word.Length == 3)
            {
                terms.Add(word);
            }

            return;
        }

        if (word.Length > 40 || StopWords.Contains(word))
        {
            return;
        }

        terms.Add(Stem(word));
    }

    /// <summary>A light English stemmer: plurals, -ing, -ed, -ly and a final e, so "restarts", "restarting", "restarted" meet and
    /// so do "save" and "saved".</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !char.IsAsciiLetterLower(word[^1]))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length > 5)
        {
            stem = Undouble(stem[..^3]);
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = Undouble(stem[..^2]);
        }
        else if (stem.EndsWith("ly", StringComparison.Ordinal) && stem.Length > 5)
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal) && !stem.EndsWith("us", StringComparison.Ordinal) && !stem.EndsWith("is", StringComparison.Ordinal))
        {
            stem = stem.EndsWith("es", StringComparison.Ordinal) && stem.Length > 4 && stem[^3] is 'x' or 'h' or 's' ? stem[..^2] : stem[..^1];
        }

        return stem.Length > 3 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    // "running" → "run", "stopped" → "stop"; "filled" → "fill".
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;
}
