using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>What a person's name looks like as a cell or a value on its own (issue 18): one to three capitalised words of letters in
/// any script, with particles (<c>van der</c>, <c>de la</c>, <c>bin</c>), hyphens, apostrophes and initials — and how it is spelled
/// inside an e-mail address (<c>f.paredes@…</c> beside <c>Florencia Paredes</c>).</summary>
internal static class NameShape
{
    private const int MaxLength = 48;

    // Lower-case words that stand inside (or, in a surname field, before) a name: van Dijk, de la Cruz, bin Laden, dos Santos.
    internal static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "dos", "das", "do", "le", "la", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu", "af", "av"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup = PersonRecognizer.NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup = FirstNames.All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets whether <paramref name="value"/> is a name or a part of one: one to three capitalised words (a particle and an
    /// initial do not count as words), each of letters joined by hyphens or apostrophes, none a product or team word
    /// (<see cref="PersonRecognizer.NotNames"/>), and not a word in capitals (<c>SRE</c>, <c>USA</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsName(ReadOnlySpan<char> value)
    {
        if (value.Length is < 2 or > MaxLength || value[0] == ' ' || value[^1] == ' ')
        {
            return false;
        }

        var words = 0;
        var particles = 0;
        foreach (var range in value.Split(' '))
        {
            var word = value[range];
            if (word.IsEmpty)
            {
                return false;
            }

            // Irish Ó (Seán Ó Briain) is a particle written with its capital.
            if (char.IsLower(word[0]) || word is "Ó")
            {
                // A particle, never the last word: "van Dijk", not "Anna van".
                if (!(ParticleLookup.Contains(word) || word is "Ó") || ++particles > 3 || range.End.GetOffset(value.Length) == value.Length)
                {
                    return false;
                }

                continue;
            }

            if (!IsWord(word) || ++words > 3 || NotNameLookup.Contains(word.TrimEnd('.')))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>Gets whether <paramref name="value"/> is a name written surname first, as a directory or an export lists people
    /// (<c>Kowalski, Anna</c>, <c>SMITH, John R.</c>, <c>van Dijk, Eva</c>): one comma and a blank between a surname (capitals alone
    /// too) and a given name, at most four words. Only a person's column reads it: <c>Berlin, Germany</c> has the same shape.</summary>
    public static bool IsSurnameFirst(ReadOnlySpan<char> value)
    {
        var comma = value.IndexOf(", ");
        if (comma <= 0 || value.Length > MaxLength || value[(comma + 1)..].Contains(','))
        {
            return false;
        }

        var surname = value[..comma];
        var given = value[(comma + 2)..];
        return (IsName(surname) || IsCapitals(surname)) && IsName(given) && surname.Count(' ') + given.Count(' ') <= 2;
    }

    /// <summary>The given name of a name written surname first (what follows its comma); the name itself otherwise.</summary>
    public static ReadOnlySpan<char> GivenFirst(ReadOnlySpan<char> value) =>
        IsSurnameFirst(value) ? value[(value.IndexOf(", ") + 2)..] : value;

    /// <summary>A surname in capitals (<c>SMITH</c>, <c>NOWAK-LIS</c>): capital letters and inner hyphens, at least two letters.</summary>
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsUpper(word[^1]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '-')
            {
                return false;
            }
        }

        return !NotNameLookup.Contains(word);
    }

    /// <summary>A capitalised word (<c>Anna</c>, <c>McKay</c>, <c>O'Sullivan</c>, <c>Jean-Luc</c>, <c>Łukasz</c>) or an initial
    /// (<c>J.</c>): a capital, then letters; each part after a hyphen or an apostrophe may open with a capital, and one more
    /// capital may stand inside a part (after Mc).</summary>
    private static bool IsWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Length == 2 && word[1] == '.')
        {
            return true;
        }

        var lower = 0;
        var capitals = 1;
        var inner = 0;
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                lower++;
            }
            else if (char.IsUpper(c))
            {
                // Each part after a hyphen or an apostrophe may open with its capital (O'Brien-Smith); inside a part, one more
                // capital (McKay, DeLuca) and no other (a code such as SKU-AbCd is no name).
                capitals++;
                if (word[i - 1] is not ('-' or '\'' or '’') && ++inner > 1)
                {
                    return false;
                }
            }
            else if (c is not ('-' or '\'' or '’') || i == word.Length - 1)
            {
                return false;
            }
        }

        return lower >= 1 && lower >= capitals;
    }

    /// <summary>Gets whether the first word of a name is a known given name.</summary>
    public static bool StartsWithGivenName(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        var first = space >= 0 ? name[..space] : name;
        return GivenNameLookup.Contains(first);
    }

    /// <summary>Gets whether a word is a known given name (any case).</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => GivenNameLookup.Contains(word);

    /// <summary>Writes the letters of <paramref name="value"/> lower-cased and without diacritics (<c>Lefèvre</c> → <c>lefevre</c>,
    /// <c>Łukasz</c> → <c>lukasz</c>) into <paramref name="folded"/>; returns how many were written.</summary>
    public static int Fold(ReadOnlySpan<char> value, Span<char> folded)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (n >= folded.Length)
            {
                break;
            }

            if (char.IsAsciiLetter(c))
            {
                folded[n++] = char.ToLowerInvariant(c);
            }
            else if (c > '\x7f' && char.IsLetter(c))
            {
                folded[n++] = Base(c);
            }
        }

        return n;
    }

    // The base letter of each letter from U+00C0 to U+024F (Latin-1 and Latin Extended-A and B: è → e, ł → l, ß → s), '_' where
    // there is none. A table, because the process runs with invariant globalization, where string normalization knows only ASCII.
    private const string LatinBases =
        "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggg" +
        "gggghhhhiiiiiiiiii__jjkkkllllllllllnnnnnn_nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz_" +
        "________________________________oo_____________uu____________________________aaiioouuuuuuuuuu_aa" +
        "aa____ggkkoooo__j___gg__nnaa____aaaaeeeeiiiioooorrrruuuusstt__hh______aaeeooooooooyy____________" +
        "________________";

    private static char Base(char c) =>
        c is >= '\u00c0' and <= '\u024f' && LatinBases[c - 0xc0] != '_' ? LatinBases[c - 0xc0] : char.ToLowerInvariant(c);

    /// <summary>Gets whether an e-mail local part (before any <c>+tag</c>) spells the name whose first and last words are
    /// <paramref name="first"/> and <paramref name="last"/>: <c>anna.smith</c>, <c>a.smith</c>, <c>asmith</c>, <c>smith.anna</c>,
    /// <c>annas</c>, <c>anna_smith</c>. A one-word name (a table cell) matches when the local part holds it and at least three letters.</summary>
    public static bool Spells(ReadOnlySpan<char> local, ReadOnlySpan<char> first, ReadOnlySpan<char> last)
    {
        if (local.IndexOf('+') is var plus and > 0)
        {
            local = local[..plus];
        }

        Span<char> l = stackalloc char[64];
        Span<char> f = stackalloc char[32];
        Span<char> s = stackalloc char[32];
        var ln = Fold(local, l);
        var fn = Fold(first, f);
        var sn = last.IsEmpty ? 0 : Fold(last, s);
        var letters = l[..ln];
        if (ln < 3 || fn < 2)
        {
            return false;
        }

        if (sn == 0)
        {
            return fn >= 3 && letters.IndexOf(f[..fn]) >= 0;
        }

        var hasFirst = fn >= 3 && letters.IndexOf(f[..fn]) >= 0;
        var hasLast = sn >= 3 && letters.IndexOf(s[..sn]) >= 0;
        return hasLast && (hasFirst || letters[0] == f[0] || letters[^1] == f[0])
            || hasFirst && (letters[^1] == s[0] || letters[0] == s[0]);
    }

    /// <summary>The local parts of the e-mail addresses in <paramref name="text"/> between <paramref name="start"/> and
    /// <paramref name="end"/>, at most <paramref name="max"/> of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void LocalParts(string text, int start, int end, List<(int Start, int Length)> parts, int max)
    {
        var at = start;
        while (parts.Count < max && at < end && text.AsSpan(at, end - at).IndexOf('@') is var found and >= 0)
        {
            var position = at + found;
            var from = position;
            while (from > start && position - from < 64 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] is '.' or '_' or '-' or '+'))
            {
                from--;
            }

            if (position - from >= 3 && position + 1 < text.Length && char.IsLetterOrDigit(text[position + 1]))
            {
                parts.Add((from, position - from));
            }

            at = position + 1;
        }
    }

    /// <summary>Narrows a cell to its value: blanks and one pair of quotes around it are not part of the name.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start >= 2 && text[start] is '"' or '\'' or '`' && text[end - 1] == text[start])
        {
            start++;
            end--;
        }

        return (start, end);
    }
}
