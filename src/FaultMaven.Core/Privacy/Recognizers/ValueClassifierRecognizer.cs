using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets in key/value structure that no rule names (issue 18): one reader for the shapes secrets sit in (assignments,
/// <c>--flags</c>, Postman and HAR <c>{"key","value"}</c> siblings, XML name/value siblings and elements, a key with its value on the
/// next line, <c>f("name", "value")</c> calls, Rust's <c>Some("…")</c>, list items), and a learned decision over the key's tokens,
/// the value's shape and the structure (<see cref="ValueFeatures"/>, weights in <see cref="ValueClassifierWeights"/>). It only adds a
/// pair that no other recognizer claimed, so what the rules decide stays as it is.</summary>
internal sealed partial class ValueClassifierRecognizer : PiiRecognizer
{
    // The cheap anchor: only a key holding one of these words can be added (ValueFeatures.NeverAdded), so the shapes are read only in
    // windows of lines around them, two lines before and twenty after (at most 400 and 2,000 characters), merged where they meet.
    private static readonly SearchValues<string> AnchorWords = SearchValues.Create(
        ["pass", "pwd", "secret", "priv", "token", "bearer", "jwt", "key", "auth", "cred", "login", "sess", "cookie", "remember", "signature", "hmac", "csrf", "xsrf"],
        StringComparison.OrdinalIgnoreCase);

    private const int BackLines = 2, BackChars = 400, AheadLines = 20, AheadChars = 2000, MaxListItems = 16;

    public override void Recognize(string text, Findings found)
    {
        var first = text.AsSpan().IndexOfAny(AnchorWords);
        if (first < 0)
        {
            return;
        }

        var windows = Windows(text, first);
        var seen = new HashSet<(int, int)>();
        bool[]? claimed = null;
        Span<double> features = stackalloc double[ValueFeatures.Count];
        foreach (var (kind, key, start, end) in Pairs(text, windows, seen))
        {
            if (!ValueFeatures.Compute(kind, key, text.AsSpan(start, end - start), features) || !ValueFeatures.Added(features))
            {
                continue;
            }

            // Read once which characters the other recognizers claimed (linear in the text and their candidates).
            claimed ??= Claimed(text, found);
            if (!claimed.AsSpan(start, end - start).Contains(true))
            {
                found.Add(PiiType.GenericSecret, start, end, 0.7);
            }
        }

        if (claimed is not null)
        {
            ArrayPool<bool>.Shared.Return(claimed);
        }
    }

    private static bool[] Claimed(string text, Findings found)
    {
        var claimed = ArrayPool<bool>.Shared.Rent(text.Length);
        Array.Clear(claimed, 0, text.Length);
        foreach (var candidate in found.Candidates)
        {
            if (candidate.Score >= PiiDetector.DefaultMinimumScore)
            {
                claimed.AsSpan(candidate.Start, candidate.Length).Fill(true);
            }
        }

        return claimed;
    }

    /// <summary>The merged windows around the anchor words, from the first at <paramref name="first"/>.</summary>
    internal static List<(int Start, int End)> Windows(string text, int first)
    {
        var windows = new List<(int Start, int End)>();
        var at = first;
        while (at >= 0 && at < text.Length)
        {
            var p = at;
            if (windows.Count > 0 && p < windows[^1].End)
            {
                // Inside the last window: the next anchor is looked for after it.
                var next = text.AsSpan(windows[^1].End).IndexOfAny(AnchorWords);
                at = next < 0 ? -1 : windows[^1].End + next;
                continue;
            }

            var lo = Math.Max(0, p - BackChars);
            var a = p;
            for (var n = 0; ;)
            {
                var nl = text.AsSpan(lo, a - lo).LastIndexOf('\n');
                if (nl < 0)
                {
                    a = lo;
                    break;
                }

                nl += lo;
                if (++n == BackLines + 1)
                {
                    a = nl + 1;
                    break;
                }

                a = nl;
            }

            var hi = Math.Min(text.Length, p + AheadChars);
            var b = p;
            for (var n = 0; ;)
            {
                var nl = b >= hi ? -1 : text.AsSpan(b, hi - b).IndexOf('\n');
                if (nl < 0)
                {
                    b = hi;
                    break;
                }

                nl += b;
                if (++n == AheadLines)
                {
                    b = nl;
                    break;
                }

                b = nl + 1;
            }

            if (windows.Count > 0 && a <= windows[^1].End)
            {
                windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, b));
            }
            else
            {
                windows.Add((a, b));
            }

            var after = p + 1;
            var found = after >= text.Length ? -1 : text.AsSpan(after).IndexOfAny(AnchorWords);
            at = found < 0 ? -1 : after + found;
        }

        return windows;
    }

    /// <summary>Every pair in the windows, one per value span (the first shape to read a span names it).</summary>
    internal static IEnumerable<(ValueStructure Kind, string Key, int Start, int End)> Pairs(string text, List<(int Start, int End)> windows, HashSet<(int, int)> seen)
    {
        foreach (var (kind, pattern) in Shapes)
        {
            foreach (var (a, b) in windows)
            {
                for (var match = pattern.Match(text, a, b - a); match.Success; match = match.NextMatch())
                {
                    var group = match.Groups["value"].Success ? match.Groups["value"] : match.Groups["qv"].Success ? match.Groups["qv"] : match.Groups["uv"];
                    var start = group.Index;
                    var end = start + group.ValueSpan.TrimEnd(" \t,;)]}").Length;
                    if (end <= start || !seen.Add((start, end)))
                    {
                        continue;
                    }

                    var key = match.Groups["key"].Value;
                    if (kind == ValueStructure.Assign && Qualifier(text, match.Groups["key"].Index) is { } word)
                    {
                        key = word + " " + key;
                    }

                    yield return (kind, key, start, end);
                }
            }
        }

        foreach (var (a, b) in windows)
        {
            for (var open = ListOpenPattern().Match(text, a, b - a); open.Success; open = open.NextMatch())
            {
                var at = open.Index + open.Length;
                for (var i = 0; i < MaxListItems; i++)
                {
                    var item = ListItemPattern().Match(text, at);
                    if (!item.Success)
                    {
                        break;
                    }

                    var value = item.Groups["value"];
                    if (seen.Add((value.Index, value.Index + value.Length)))
                    {
                        yield return (ValueStructure.List, open.Groups["key"].Value, value.Index, value.Index + value.Length);
                    }

                    at = item.Index + item.Length;
                }
            }
        }
    }

    /// <summary>The word of 2–16 ASCII letters right before a key, one space between, itself after a blank, a quote or the text's
    /// start: "public key: …", "[Peer] PublicKey = …" read as the key "public key".</summary>
    internal static string? Qualifier(string text, int keyStart)
    {
        if (keyStart < 3 || text[keyStart - 1] != ' ')
        {
            return null;
        }

        var i = keyStart - 1;
        while (i > 0 && keyStart - 1 - i < 16 && char.IsAsciiLetter(text[i - 1]))
        {
            i--;
        }

        var n = keyStart - 1 - i;
        if (n < 2 || (i > 0 && (char.IsAsciiLetter(text[i - 1]) || " \t\r\n\"'".IndexOf(text[i - 1], StringComparison.Ordinal) < 0)))
        {
            return null;
        }

        return text[i..(keyStart - 1)];
    }
}
