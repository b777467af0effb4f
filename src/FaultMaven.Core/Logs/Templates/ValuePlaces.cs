namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// What a template place shows about itself beyond how many words it holds: a frame or key that marks a value, words
/// that spell a state machine, and masked values of different arity. Read by <see cref="TemplateMiner"/> when it decides
/// whether templates that agree everywhere but one place are one statement.
/// </summary>
internal static class ValuePlaces
{
    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("([{<\"'");

    private static readonly System.Buffers.SearchValues<char> KeyEnds = System.Buffers.SearchValues.Create(".=:");

    /// <summary>
    /// Whether two masked words are values of different arity (<c>&lt;*&gt;</c> against <c>&lt;*&gt;,&lt;*&gt;</c> or
    /// <c>&lt;*&gt;:&lt;*&gt;</c>): one address and a pair of them are different statements, though a bare wildcard covers both.
    /// </summary>
    public static bool DifferentArity(string a, string b)
    {
        var arityA = PureValueArity(a);
        var arityB = PureValueArity(b);
        return arityA > 0 && arityB > 0 && arityA != arityB;
    }

    /// <summary>Whether some place of <paramref name="a"/> and <paramref name="b"/> holds values of <see cref="DifferentArity"/>.</summary>
    public static bool AnyDifferentArity(string[] a, string[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (DifferentArity(a[i], b[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words at one place are one list of values whose length varies: every word a comma-joined run of masked values
    /// (<c>&lt;*&gt;</c>, <c>&lt;*&gt;,&lt;*&gt;,&lt;*&gt;.</c>, <c>[&lt;*&gt;,&lt;*&gt;]</c>), in more than one length, one of them three values
    /// or more. One address against a pair is two statements (<see cref="DifferentArity"/>); ids deleted, moved or skipped are
    /// printed one list whatever their number, and a run of three beside another length is such a list. (Lists met online may
    /// already be one word of one value, <c>&lt;*&gt;.</c>, so the lengths a place showed are not all left to count.)
    /// </summary>
    public static bool IsVaryingList(List<string> words)
    {
        var shortest = int.MaxValue;
        var longest = 0;
        foreach (var word in words)
        {
            var length = ListLength(word);
            if (length == 0)
            {
                return false;
            }

            shortest = Math.Min(shortest, length);
            longest = Math.Max(longest, length);
        }

        return longest >= 3 && shortest < longest;
    }

    /// <summary>
    /// The number of values in a comma-joined run of masked values, in an optional bracket and before optional closing punctuation
    /// (<c>&lt;*&gt;,&lt;*&gt;.</c> → 2, <c>&lt;*&gt;</c> → 1); 0 for any other word (<c>&lt;*&gt;:&lt;*&gt;</c>, <c>&lt;*&gt;,,&lt;*&gt;</c>, <c>a,&lt;*&gt;</c>).
    /// </summary>
    public static int ListLength(string word)
    {
        var body = word.AsSpan().TrimEnd(".,;:");
        if (body.Length > 1 && Closer(body[0]) is { } closer && closer != body[0] && body[^1] == closer)
        {
            body = body[1..^1];
        }

        var count = 0;
        while (true)
        {
            if (!body.StartsWith(MessageMasker.Wildcard, StringComparison.Ordinal))
            {
                return 0;
            }

            count++;
            body = body[MessageMasker.Wildcard.Length..];
            if (body.IsEmpty)
            {
                return count;
            }

            if (body[0] != ',')
            {
                return 0;
            }

            body = body[1..];
        }
    }

    // The number of wildcards in a word of wildcards and punctuation alone ("<*>,<*>" → 2); 0 when it carries a letter or digit.
    private static int PureValueArity(string word)
    {
        var count = 0;
        var i = 0;
        while (i < word.Length)
        {
            if (word.AsSpan(i).StartsWith(MessageMasker.Wildcard, StringComparison.Ordinal))
            {
                count++;
                i += MessageMasker.Wildcard.Length;
                continue;
            }

            if (char.IsLetterOrDigit(word[i]))
            {
                return 0;
            }

            i++;
        }

        return count;
    }

    /// <summary>
    /// Whether constant words in one place are framed as a value, so two of them are enough to call the place a variable:
    /// the same opening bracket or quote around each (<c>(root)</c>/<c>(nobody)</c>, <c>'Active'</c>/<c>'Inactive'</c>,
    /// <c>[WIFI</c>/<c>[MOBILE</c>), the same key inside each (<c>user=root</c>/<c>user=guest</c>), or a key ending the word
    /// before (<c>allDrawn= true</c>). Bare words in running text (<c>Failed password for</c> / <c>Failed none for</c>) are
    /// not framed. UPPER_CASE words are keywords even when framed (<c>"GET /x"</c> / <c>"POST /x"</c>, <c>EventType: JOB_SETUP</c>,
    /// <c>action:android.intent.action.SCREEN_ON</c>): two of them stay two statements.
    /// </summary>
    public static bool InValueFrame(IReadOnlyList<string> words, string? previous)
    {
        if (words.Count < 2)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (TemplateWords.HasValue(word) || !word.Any(char.IsLetterOrDigit) || TemplateWords.IsConstantLike(TemplateWords.Core(word))
                || IsSnakeEnumName(word))
            {
                return false;
            }
        }

        if (previous is { Length: > 0 } && previous[^1] is '=' or ':' && !TemplateWords.HasValue(previous))
        {
            return true;
        }

        return AllFramed(words) || AllKeyed(words);
    }

    /// <summary>
    /// Whether at least <paramref name="minimum"/> distinct constant words are names of one kind: different stems before
    /// the same dotted suffix (<c>apt-daily.service:</c>, <c>logrotate.service:</c>, <c>certbot.service:</c>). A word
    /// of running text has no such suffix (<c>Started</c>, <c>Stopped.</c>), and names of one package differ in their
    /// last part (<c>org.example.Reader</c>, <c>org.example.Writer</c>).
    /// </summary>
    public static bool SameNameKind(IReadOnlyList<string> words, int minimum)
    {
        if (words.Count < Math.Max(2, minimum))
        {
            return false;
        }

        var suffix = NameSuffix(words[0]);
        if (suffix.IsEmpty)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (TemplateWords.HasValue(word) || !NameSuffix(word).SequenceEqual(suffix))
            {
                return false;
            }
        }

        return true;
    }

    // ".service:" of "apt-daily.service:": from the last dot, when a stem comes before it and a letter after it.
    private static ReadOnlySpan<char> NameSuffix(string word)
    {
        var dot = word.LastIndexOf('.');
        return dot <= 0 || dot + 1 >= word.Length || !char.IsAsciiLetter(word[dot + 1]) ? default : word.AsSpan(dot);
    }

    // "(root)" and "(nobody)": the same punctuation around each, opening with a bracket or quote.
    private static bool AllFramed(IReadOnlyList<string> words)
    {
        var first = words[0];
        var lead = first.Length - first.AsSpan().TrimStart(Frame).Length;
        if (lead == 0 || first.AsSpan(0, lead).IndexOfAny(Openers) < 0)
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (!TemplateWords.SameFrame(first, words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "user=root" and "user=guest": the same key up to the first '=', a different value after it.
    private static bool AllKeyed(IReadOnlyList<string> words)
    {
        var first = words[0];
        var key = first.IndexOf('=');
        if (key <= 0 || key == first.Length - 1)
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length <= key + 1 || !word.AsSpan(0, key + 1).SequenceEqual(first.AsSpan(0, key + 1)))
            {
                return false;
            }
        }

        return true;
    }

    private const string Frame = "()[]{}<>\"',;:=";

    /// <summary>
    /// A SCREAMING_SNAKE name, alone or as the last part of a dotted or keyed word (<c>JOB_SETUP</c>,
    /// <c>android.intent.action.SCREEN_ON</c>): an enum member, which names a statement rather than fills it.
    /// </summary>
    public static bool IsSnakeEnumName(string word)
    {
        var core = word.AsSpan().Trim(Frame);
        var cut = core.LastIndexOfAny(KeyEnds);
        var name = cut < 0 ? core : core[(cut + 1)..];
        return name.Contains('_') && TemplateWords.IsConstantLike(name.ToString());
    }

    /// <summary>
    /// Whether the place moves together with another constant place among the bucket's templates: some template outside the
    /// group differs from a member there and in exactly one other constant place, all else agreeing (Hadoop's
    /// <c>from RUNNING to SUCCEEDED</c> / <c>from NEW to SCHEDULED</c>). Words that change in step spell the transitions of a
    /// state machine, each a statement; a place that varies alone (<c>lost connection after EHLO</c> / <c>after AUTH</c>) is a value.
    /// </summary>
    public static bool CoVaries(List<LogTemplate> bucket, List<LogTemplate> group, int position)
    {
        // The most frequent members speak for the group: a hostile log with thousands of them stays linear in the bucket.
        var members = group.Count <= MembersCompared ? group : [.. group.OrderByDescending(t => t.Count).Take(MembersCompared)];
        var inGroup = new HashSet<LogTemplate>(group, ReferenceEqualityComparer.Instance);
        foreach (var other in bucket)
        {
            if (inGroup.Contains(other))
            {
                continue;
            }

            foreach (var member in members)
            {
                if (DiffersHereAndInOneOtherConstant(member.MutableWords, other.MutableWords, position))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MembersCompared = 32;

    private static bool DiffersHereAndInOneOtherConstant(string[] a, string[] b, int position)
    {
        if (string.Equals(a[position], b[position], StringComparison.Ordinal))
        {
            return false;
        }

        var others = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (i == position || string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                continue;
            }

            if (TemplateWords.HasValue(a[i]) || TemplateWords.HasValue(b[i]) || ++others > 1)
            {
                return false;
            }
        }

        return others == 1;
    }

    /// <summary>The character that closes a frame opened by <paramref name="opener"/> (quotes, round, square and curly brackets), or null.</summary>
    public static char? Closer(char opener) => opener switch
    {
        '"' => '"',
        '\'' => '\'',
        '(' => ')',
        '[' => ']',
        '{' => '}',
        _ => null,
    };
}
