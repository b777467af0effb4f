using System.Buffers;

namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // A framed value longer than this many words is not looked for: messages quote error texts and names, not pages.
    private const int MaxSpanWords = 12;

    // Spans examined in one consolidation; each template offers at most one per word, so this bounds a hostile log's cost.
    private const int SpanBudget = 1 << 20;

    /// <summary>
    /// A multi-word value in quotes or brackets (an error text, a check's output, a name with spaces) changes the word count
    /// of its statement with its wording, so its templates sit in different buckets and no one-place rule meets them. Templates
    /// that agree on every word before and after one framed span (<c>"…"</c>, <c>'…'</c>, <c>(…)</c>, <c>[…]</c>, <c>{…}</c>,
    /// opened at the start of its first word and closed only at the end of its last), where the spans hold at least
    /// <see cref="TemplateMinerOptions.SpanFillers"/> different wordings of more than one length, are one statement with a value
    /// there. Statements that differ by a constant rarely put the difference alone inside a frame of varying length.
    /// </summary>
    private void MergeFramedSpans()
    {
        var groups = new Dictionary<SpanKey, List<(LogTemplate Template, int Start, int End)>>();
        var (owners, byText) = CollectSpans(groups, SpanBudget, AddFramedSpans);

        var merges = new List<(long Lines, int FirstId, List<(LogTemplate Template, int Start, int End)> Members)>();
        foreach (var members in groups.Values)
        {
            if (members.Count >= Math.Max(2, _options.SpanFillers) && IsVaryingFrame(members))
            {
                merges.Add((members.Sum(m => m.Template.Count), members.Min(m => m.Template.Id), members));
            }
        }

        // The largest statements first.
        merges.Sort((a, b) => a.Lines != b.Lines ? b.Lines.CompareTo(a.Lines) : a.FirstId.CompareTo(b.FirstId));
        ApplySpanMerges(merges, owners, byText, static (words, start, end) => FramedValue(words[start], words[end]));
    }

    // Every template with its bucket and its text (what ApplySpanMerges needs), each offering its spans to the groups through
    // offer while the budget lasts (offer returns what is left), so a hostile log's cost is bounded the same way in every pass.
    private (Dictionary<LogTemplate, List<LogTemplate>> Owners, Dictionary<string, LogTemplate> ByText) CollectSpans<TKey>(
        Dictionary<TKey, List<(LogTemplate Template, int Start, int End)>> groups, int budget,
        Func<LogTemplate, Dictionary<TKey, List<(LogTemplate Template, int Start, int End)>>, int, int> offer)
        where TKey : notnull
    {
        if (_spanMaps is { } kept)
        {
            foreach (var bucket in _buckets.Values)
            {
                for (var i = 0; i < bucket.Count && budget > 0; i++)
                {
                    budget = offer(bucket[i], groups, budget);
                }
            }

            return kept;
        }

        var owners = new Dictionary<LogTemplate, List<LogTemplate>>(ReferenceEqualityComparer.Instance);
        var byText = new Dictionary<string, LogTemplate>(StringComparer.Ordinal);
        var unique = true;
        foreach (var bucket in _buckets.Values)
        {
            foreach (var template in bucket)
            {
                owners[template] = bucket;
                unique &= byText.TryAdd(template.Text, template);
                if (budget > 0)
                {
                    budget = offer(template, groups, budget);
                }
            }
        }

        if (_keepSpanMaps && unique && !RebuildSpanMaps)
        {
            _spanMaps = (owners, byText);
        }

        return (owners, byText);
    }

    // Whether the span passes at the end of a consolidation share one pair of maps. Between them only ApplySpanMerges changes the
    // templates: it folds members (stale entries, never looked up: groups hold live templates, and a folded text's entry reads
    // as absent) and creates a template only for a text no live template has, recording it in both maps. So when no two live
    // templates share a text, the maps it leaves answer every lookup of the next pass as rebuilt ones would; when two do, the
    // first of them in bucket order is the one a rebuilt map holds, and the maps are rebuilt in each pass.
    private bool _keepSpanMaps;

    private (Dictionary<LogTemplate, List<LogTemplate>> Owners, Dictionary<string, LogTemplate> ByText)? _spanMaps;

    // Every span pass builds its own maps when set, as before they were shared: a test compares the templates mined either way.
    internal bool RebuildSpanMaps;

    // Adds a template's span to the group of its key; a hash collision (the key holds hashes of the words around the span) must
    // not join templates whose words differ there.
    private static void Offer<TKey>(
        Dictionary<TKey, List<(LogTemplate Template, int Start, int End)>> groups, TKey key, LogTemplate template, int start, int end)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var members))
        {
            members = [];
            groups[key] = members;
        }

        if (members.Count == 0 || SameAround(members[0].Template.MutableWords, members[0].Start, members[0].End, template.MutableWords, start, end))
        {
            members.Add((template, start, end));
        }
    }

    // Makes each merge one template with a value in place of its members' spans, in the order given; a template joins one merge
    // only. The span's first and last words give the value's word: a framed span keeps its frame (and key) around the value, an
    // unframed span becomes one value.
    private void ApplySpanMerges(
        List<(long Lines, int FirstId, List<(LogTemplate Template, int Start, int End)> Members)> merges,
        Dictionary<LogTemplate, List<LogTemplate>> owners,
        Dictionary<string, LogTemplate> byText,
        Func<string[], int, int, string> valueOf)
    {
        foreach (var (_, _, members) in merges)
        {
            if (members.Exists(m => m.Template.MergedInto is not null))
            {
                continue;
            }

            var (first, start, end) = members[0];
            var words = first.MutableWords;
            var merged = new string[words.Length - (end - start)];
            Array.Copy(words, merged, start);
            merged[start] = valueOf(words, start, end);
            Array.Copy(words, end + 1, merged, start + 1, words.Length - end - 1);
            var bucketKey = (merged.Length, BucketWord(merged));
            var bucket = _buckets.TryGetValue(bucketKey, out var existing) ? existing : [];

            // The merged words may be a template already (met with a value there, or made by an earlier merge): the lines
            // join it, so one statement keeps one id.
            var text = string.Join(' ', merged);
            if (!byText.TryGetValue(text, out var target) || target.MergedInto is not null)
            {
                target = Create(bucketKey, bucket, merged);
                if (ReferenceEquals(target, _unmined))
                {
                    // Past the template limit no template is made, and the members stay as they are rather than be unmined.
                    continue;
                }

                owners[target] = bucket;
                byText[text] = target;
            }

            foreach (var member in members)
            {
                if (!ReferenceEquals(member.Template, target))
                {
                    Fold(owners[member.Template], member.Template, target);
                }
            }
        }
    }

    // Offers every framed span of the template to its group, keyed by the words around it; returns the budget left.
    private static int AddFramedSpans(LogTemplate template, Dictionary<SpanKey, List<(LogTemplate Template, int Start, int End)>> groups, int budget)
    {
        var words = template.MutableWords;
        int[]? around = null;
        for (var start = 0; start < words.Length && budget > 0; start++)
        {
            var end = FramedSpanEnd(words, start);
            if (end < 0)
            {
                continue;
            }

            budget -= end - start + 1;
            around ??= AroundHashes(words);
            var key = new SpanKey(start, words.Length - end - 1, around[start], around[words.Length + 1 + end + 1],
                words[start][..(FrameOpening(words[start]) + 1)], Trail(words[end]));
            Offer(groups, key, template, start, end);
        }

        if (around is not null)
        {
            ArrayPool<int>.Shared.Return(around);
        }

        return budget;
    }

    // The index of the word that closes a frame opened at the start of words[start] (or right after its key=), or -1: the
    // frame closes only there (its closer is the word's last character before , ; : .), with nothing of it closed in between.
    private static int FramedSpanEnd(string[] words, int start)
    {
        var first = words[start];
        var open = FrameOpening(first);
        if (open < 0)
        {
            return -1;
        }

        var opener = first[open];
        var closer = ValuePlaces.Closer(opener)!.Value;
        var depth = 0;
        for (var w = start; w < words.Length && w < start + MaxSpanWords; w++)
        {
            var word = words[w];
            var body = word.AsSpan().TrimEnd(",;:.");
            for (var i = w == start ? open + 1 : 0; i < body.Length; i++)
            {
                var c = body[i];
                if (c == '\\')
                {
                    i++;
                    continue;
                }

                var last = i == body.Length - 1;
                if (c == closer && (opener == closer || depth == 0))
                {
                    return last ? w : -1;
                }

                depth += c == opener ? 1 : c == closer ? -1 : 0;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<char> TrailOf(string word) => word.AsSpan(word.AsSpan().TrimEnd(",;:.").Length);

    private static string Trail(string word) => TrailOf(word).ToString();

    private static string FramedValue(string first, string last)
    {
        var open = FrameOpening(first);
        var closer = ValuePlaces.Closer(first[open])!.Value;
        return string.Concat(first.AsSpan(0, open + 1), MessageMasker.Wildcard, new ReadOnlySpan<char>(in closer), TrailOf(last));
    }

    // Where a word opens a frame: its first character, or the one right after a key and its '=' (key="two words",
    // reason='…'): the key names the field, the frame holds its value. -1 when the word opens none.
    private static int FrameOpening(string word)
    {
        if (word.Length == 0)
        {
            return -1;
        }

        if (ValuePlaces.Closer(word[0]) is not null)
        {
            return 0;
        }

        var equals = word.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals + 1 >= word.Length || ValuePlaces.Closer(word[equals + 1]) is null)
        {
            return -1;
        }

        foreach (var c in word.AsSpan(0, equals))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return -1;
            }
        }

        return equals + 1;
    }

    // Members differ only inside the span, and they must do so in more than one length: spans of one length are one place,
    // which the word-by-word rules already judge. The spans must differ at both ends: wordings that share their first or last
    // word ("(Got an error reading …)" / "(Got timeout reading …)") are fixed texts of different statements, and a value's
    // wordings rarely agree there. And the statement must say something before the span: a message that is all one quoted
    // text, or only values before it, is its own statement ("Started kubelet" / "Removed container" pod="…").
    private static bool IsVaryingFrame(List<(LogTemplate Template, int Start, int End)> members) =>
        IsVaryingSpan(members) && Array.FindIndex(members[0].Template.MutableWords, 0, members[0].Start, w => !TemplateWords.HasValue(w)) >= 0;

    // The spans differ in length and at both ends (IsVaryingFrame without asking for words before them).
    private static bool IsVaryingSpan(List<(LogTemplate Template, int Start, int End)> members)
    {
        var (first, start, end) = members[0];
        return members.Exists(m => m.End - m.Start != end - start)
            && members.Exists(m => m.Template.MutableWords[m.Start] != first.MutableWords[start])
            && members.Exists(m => m.Template.MutableWords[m.End] != first.MutableWords[end]);
    }

    private static bool SameAround(string[] a, int startA, int endA, string[] b, int startB, int endB)
    {
        if (startA != startB || a.Length - endA != b.Length - endB)
        {
            return false;
        }

        return a.AsSpan(0, startA).SequenceEqual(b.AsSpan(0, startB)) && a.AsSpan(endA + 1).SequenceEqual(b.AsSpan(endB + 1));
    }

    // The hashes of the words before and after every place of a template, one pass each way: [i] hashes words[..i] and
    // [length + 1 + i] hashes words[i..]. Hashing the words around each span anew cost a pass over the line per span, quadratic
    // in the spans of a long line. Rented: give it back with ArrayPool<int>.Shared.Return.
    private static int[] AroundHashes(string[] words)
    {
        var hashes = ArrayPool<int>.Shared.Rent(2 * (words.Length + 1));
        var hash = new HashCode();
        hashes[0] = hash.ToHashCode();
        for (var i = 0; i < words.Length; i++)
        {
            hash.Add(words[i], StringComparer.Ordinal);
            hashes[i + 1] = hash.ToHashCode();
        }

        var after = words.Length + 1;
        hashes[after + words.Length] = 0;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            hashes[after + i] = HashCode.Combine(StringComparer.Ordinal.GetHashCode(words[i]), hashes[after + i + 1]);
        }

        return hashes;
    }

    private readonly record struct SpanKey(int Prefix, int Suffix, int PrefixHash, int SuffixHash, string Opening, string Trail);
}
