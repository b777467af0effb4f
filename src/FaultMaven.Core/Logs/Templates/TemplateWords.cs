namespace FaultMaven.Core.Logs.Templates;

/// <summary>How template words relate: coverage, value slots and word kinds.</summary>
internal static class TemplateWords
{
    /// <summary>Whether the word holds a <see cref="MessageMasker.Wildcard"/>.</summary>
    public static bool HasValue(string word) => word.Contains(MessageMasker.Wildcard, StringComparison.Ordinal);

    /// <summary>A template word covers a message word when it is the same, or a generalisation of it (<c>user=&lt;*&gt;</c> covers <c>user=root</c>).</summary>
    public static bool Covers(string templateWord, string word)
    {
        var mergedChars = 0;
        return Covers(templateWord, word, ref mergedChars);
    }

    // mergedChars counts the characters of the pairs that had to be merged to be compared: the cost a caller's budget charges.
    private static bool Covers(string templateWord, string word, ref int mergedChars)
    {
        if (string.Equals(templateWord, word, StringComparison.Ordinal) || templateWord == MessageMasker.Wildcard)
        {
            return true;
        }

        if (!HasValue(templateWord) || !MayCover(templateWord, word))
        {
            return false;
        }

        mergedChars += templateWord.Length + word.Length;
        return WordMerger.Merge(templateWord, word) == templateWord;
    }

    // Every way WordMerger.Merge can return the template word unchanged keeps the word's text around the values: the word then
    // starts with the template word's text before its first value and ends with its text after its last. Lists of different
    // lengths aside (their trailing punctuation may differ), a word failing this is not covered, and a long word of many cells
    // is rejected by two comparisons instead of being cut into pieces.
    private static bool MayCover(string templateWord, string word)
    {
        var first = templateWord.IndexOf(MessageMasker.Wildcard, StringComparison.Ordinal);
        var after = templateWord.LastIndexOf(MessageMasker.Wildcard, StringComparison.Ordinal) + MessageMasker.Wildcard.Length;
        var head = templateWord.AsSpan(0, first);
        var tail = templateWord.AsSpan(after);
        return (word.Length >= head.Length + tail.Length && word.AsSpan().StartsWith(head, StringComparison.Ordinal)
                && word.AsSpan().EndsWith(tail, StringComparison.Ordinal))
            || (ValuePlaces.ListLength(templateWord) > 0 && ValuePlaces.ListLength(word) > 0);
    }

    /// <summary>Whether every word of <paramref name="template"/> covers the word of <paramref name="words"/> in the same place.</summary>
    public static bool CoversAll(string[] template, string[] words)
    {
        var mergedChars = 0;
        return CoversAll(template, words, ref mergedChars);
    }

    /// <summary><see cref="CoversAll(string[], string[])"/>, adding to <paramref name="mergedChars"/> the length of the words merged to compare.</summary>
    public static bool CoversAll(string[] template, string[] words, ref int mergedChars)
    {
        // Constant words first: a string comparison rejects most pairs before any value word is merged to be compared.
        for (var i = 0; i < template.Length; i++)
        {
            if (!HasValue(template[i]) && !string.Equals(template[i], words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (var i = 0; i < template.Length; i++)
        {
            if (!Covers(template[i], words[i], ref mergedChars))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The share of places where both templates hold the same constant word, or the same key before a value
    /// (<c>user=&lt;*&gt;</c> covering <c>user=postgres</c>: the key is the statement's own text).
    /// </summary>
    public static double SharedConstants(string[] a, string[] b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            same += string.Equals(a[i], b[i], StringComparison.Ordinal) ? (HasValue(a[i]) ? (IsKeyedValue(a[i]) ? 1 : 0) : 1)
                : IsKeyedValue(a[i]) && Covers(a[i], b[i]) ? 1 : 0;
        }

        return a.Length == 0 ? 1 : (double)same / a.Length;
    }

    // "user=<*>", "status:<*>": a value behind a key that names it (letters, then '=' or ':').
    private static bool IsKeyedValue(string word)
    {
        var wildcard = word.IndexOf(MessageMasker.Wildcard, StringComparison.Ordinal);
        return wildcard > 1 && word[wildcard - 1] is '=' or ':' && word.AsSpan(0, wildcard - 1).ContainsAny(Letters);
    }

    /// <summary>
    /// Both words hold a value in the same frame (<c>rhost=&lt;*&gt;</c> and <c>rhost=&lt;*&gt;.example.net</c>), or one is
    /// the other's frame left empty (<c>()</c> against <c>(&lt;*&gt;)</c>, <c>ruser=</c> against <c>ruser=&lt;*&gt;</c>).
    /// </summary>
    public static bool SameValueSlot(string a, string b)
    {
        var valueA = HasValue(a);
        var valueB = HasValue(b);
        if (valueA && valueB)
        {
            return WordMerger.Merge(a, b).Any(char.IsAsciiLetter);
        }

        return valueA != valueB && IsEmptyFrameOf(valueA ? b : a, valueA ? a : b);
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> agree outside <paramref name="positions"/>, a value covering a constant.</summary>
    public static bool SameExcept(string[] a, string[] b, List<int> positions)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!positions.Contains(i) && !string.Equals(a[i], b[i], StringComparison.Ordinal) && !(HasValue(a[i]) && HasValue(b[i]))
                && !FramedCover(a[i], b[i]) && !FramedCover(b[i], a[i]))
            {
                return false;
            }
        }

        return true;
    }

    // A bare "<*>" covers any word, "interrupt" too; only a value-looking word counts as covered by it.
    private static bool FramedCover(string templateWord, string word) =>
        Covers(templateWord, word) && (templateWord != MessageMasker.Wildcard || LooksLikeValue(word));

    /// <summary>UPPER_CASE words (two letters or more, no lower case) are enum names and keywords: states, actions.</summary>
    public static bool IsConstantLike(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }

            letters += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>A word that holds a value, or carries a digit, dot or hyphen the way host names, versions and ids do.</summary>
    public static bool LooksLikeValue(string word) =>
        HasValue(word) || word.AsSpan().IndexOfAny(ValueMarks) >= 0;

    /// <summary>Whether two words hold digits and are the same once each run of digits is taken as one (<c>eth0</c> and
    /// <c>eth12</c>, <c>sda1</c> and <c>sda3</c>); words of digits alone are values already.</summary>
    public static bool SameBesidesDigits(string a, string b) => SameBesidesDigits(a.AsSpan(), b.AsSpan());

    /// <inheritdoc cref="SameBesidesDigits(string, string)"/>
    public static bool SameBesidesDigits(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if ((!a.ContainsAnyInRange('a', 'z') && !a.ContainsAnyInRange('A', 'Z')) || !a.ContainsAnyInRange('0', '9') || !b.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }
            }
            else if (a[i++] != b[j++])
            {
                return false;
            }
        }

        return i == a.Length && j == b.Length;
    }

    /// <summary>The word without the punctuation around it: <c>(root)</c> → <c>root</c>, <c>'Active'</c> → <c>Active</c>.</summary>
    public static string Core(string word)
    {
        var core = word.AsSpan().Trim(Frame);
        return core.Length == word.Length ? word : core.ToString();
    }

    /// <summary>Whether two words are the same frame around different cores (<c>(root)</c> and <c>(nobody)</c>).</summary>
    public static bool SameFrame(string a, string b)
    {
        var coreA = a.AsSpan().Trim(Frame);
        var coreB = b.AsSpan().Trim(Frame);
        var leadA = a.Length - a.AsSpan().TrimStart(Frame).Length;
        var leadB = b.Length - b.AsSpan().TrimStart(Frame).Length;
        return !coreA.IsEmpty && !coreB.IsEmpty && a.AsSpan(0, leadA).SequenceEqual(b.AsSpan(0, leadB))
            && a.AsSpan(leadA + coreA.Length).SequenceEqual(b.AsSpan(leadB + coreB.Length));
    }

    internal const string Frame = "()[]{}<>\"',;:=";

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> ValueMarks = System.Buffers.SearchValues.Create("0123456789.-");

    /// <summary>A bare word of letters, digits, <c>_ - .</c> (no punctuation frame), two characters or more.</summary>
    public static bool IsPlainWord(string word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // "()" is the frame of "(<*>)": the valued word with its wildcards taken out, and nothing but punctuation left.
    private static bool IsEmptyFrameOf(string empty, string valued) =>
        !empty.Any(char.IsAsciiLetterOrDigit) && valued.Replace(MessageMasker.Wildcard, "", StringComparison.Ordinal) == empty;
}
