using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Core.Agent.SemanticCache;

/// <summary>What a question's embedding hardly sees but its answer turns on: its numbers and the words holding digits (order ids, IPs,
/// hosts such as db-prod-7, versions, times, pseudonyms such as &lt;EMAIL_2&gt;) and its negations. A small embedder finds "is checkout
/// failing?" and "isn't checkout failing?", or the same question about host 10.1.2.3 and about 10.9.8.7, more than 0.98 alike; a
/// cached answer is given only to a question with the same literals, so neither the other question's values nor its opposite answer
/// come back. Kept as a hash: the stored entry holds no words of the question.</summary>
public static class QuestionLiterals
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "none", "nothing", "nobody", "nowhere", "neither", "nor", "without", "cannot",
    };

    /// <summary>Gets the hash of the question's literals (the same for any order or repetition of them, and for any letter case).</summary>
    public static string Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var literals = new SortedSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= question.Length; i++)
        {
            var inWord = i < question.Length && !char.IsWhiteSpace(question[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (Literal(question.AsSpan(start, i - start)) is { } literal)
                {
                    literals.Add(literal);
                }

                start = -1;
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', literals))))[..32];
    }

    private static string? Literal(ReadOnlySpan<char> word)
    {
        // Punctuation around a word is not part of it ("10.1.2.3?", "(max=100)"), inside it is (10.1.2.3, db-prod-7).
        word = word.Trim("\"'`“”‘’()[]{}<>,;:!?.…");
        if (word.IsEmpty)
        {
            return null;
        }

        var lower = word.ToString().ToLowerInvariant().Replace('’', '\'');
        if (lower.EndsWith("n't", StringComparison.Ordinal) || Negations.Contains(lower))
        {
            // isn't, don't, can't, "is not": all one negation.
            return "not";
        }

        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return lower;
            }
        }

        return null;
    }
}
