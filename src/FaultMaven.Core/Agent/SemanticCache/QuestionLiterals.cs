using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Core.Agent.SemanticCache;

/// <summary>What a question's embedding hardly sees but its answer turns on: its numbers and the words holding digits (order ids, IPs,
/// hosts such as db-prod-7, versions, times, pseudonyms such as &lt;EMAIL_2&gt;), its negations, and which side of an opposite it
/// names ("increase" or "decrease", "before" or "after", "read" or "write"; <see cref="Opposites"/>). A small embedder finds "is
/// checkout failing?" and "isn't checkout failing?", "why did latency increase?" and "why did latency decrease?", or the same
/// question about host 10.1.2.3 and about 10.9.8.7, more than 0.95 alike; a cached answer is given only to a question with the same
/// literals, so neither the other question's values nor its opposite answer come back. Kept as a hash: the stored entry holds no
/// words of the question.</summary>
public static class QuestionLiterals
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "none", "nothing", "nobody", "nowhere", "neither", "nor", "without", "cannot",
    };

    // Opposites a question may ask about, each side with its common forms; a question's literals hold the sides it names, so "go up"
    // and "increase" meet and "increase" and "decrease" do not. Where one side is what nearly every troubleshooting question asks
    // about (failing, slow, an error), only the other side is listed: "why is checkout failing?" still meets "what is wrong with
    // checkout?", while "why is checkout succeeding?" or "fast" meets neither.
    private static readonly (string Side, string[] Words)[] Opposites =
    [
        ("more", ["increase", "increased", "increases", "increasing", "rise", "rises", "rising", "rose", "risen", "grow", "grows", "growing", "grew",
            "grown", "up", "higher", "high", "highest", "more", "spike", "spikes", "spiked", "spiking", "jump", "jumped", "climb", "climbed", "climbing"]),
        ("less", ["decrease", "decreased", "decreases", "decreasing", "drop", "drops", "dropped", "dropping", "fall", "falls", "falling", "fell",
            "fallen", "shrink", "shrinks", "shrank", "shrinking", "down", "lower", "low", "lowest", "less", "fewer", "decline", "declined", "declining", "dip", "dipped"]),
        ("before", ["before", "prior"]),
        ("after", ["after"]),
        ("start", ["start", "starts", "started", "starting", "begin", "begins", "began", "begun"]),
        ("stop", ["stop", "stops", "stopped", "stopping", "halt", "halted"]),
        ("enable", ["enable", "enabled", "enables", "enabling"]),
        ("disable", ["disable", "disabled", "disables", "disabling"]),
        ("add", ["add", "added", "adds", "adding", "create", "created", "creating"]),
        ("remove", ["remove", "removed", "removes", "removing", "delete", "deleted", "deletes", "deleting"]),
        ("read", ["read", "reads", "reading"]),
        ("write", ["write", "writes", "writing", "wrote", "written"]),
        ("inbound", ["inbound", "ingress", "incoming"]),
        ("outbound", ["outbound", "egress", "outgoing"]),
        ("upstream", ["upstream"]),
        ("downstream", ["downstream"]),
        ("min", ["min", "minimum"]),
        ("max", ["max", "maximum"]),
        ("above", ["above"]),
        ("below", ["below"]),
        ("success", ["succeed", "succeeds", "succeeded", "succeeding", "success", "successful", "successfully", "working", "healthy", "pass", "passes", "passing", "passed"]),
        ("fast", ["fast", "faster", "fastest", "quick", "quicker", "quickly"]),
    ];

    private static readonly Dictionary<string, string> SideOf = Opposites
        .SelectMany(o => o.Words.Select(w => (Word: w, o.Side)))
        .ToDictionary(p => p.Word, p => "side:" + p.Side, StringComparer.Ordinal);

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

        if (SideOf.TryGetValue(lower, out var side))
        {
            return side;
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
