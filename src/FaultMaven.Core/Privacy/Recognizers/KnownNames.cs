using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names of people already found with evidence (a role key, a person's column, a cue) and the further places a text says
/// them bare (<c>Anna Kowalski restarted the db</c>, <c>张伟 重启了</c>): a name found once is hidden wherever its text repeats
/// it, as a whole word, written the same (the same value gets the same pseudonym). Only names that cannot be an everyday word or
/// a product's name spread: two words or more in a cased script, each capitalised and none a product, team or place word, or two
/// to four characters of Han or Hangul; a single word (<c>Will</c>, <c>Grant</c>) or a lowercase one never does. The set is
/// bounded, and the search is one vectorised multi-string scan, so a text of many names stays linear.</summary>
internal sealed class KnownNames
{
    /// <summary>The most names one text or stream remembers; later ones are not learnt.</summary>
    internal const int MaxNames = 4096;

    /// <summary>The longest name that spreads.</summary>
    private const int MaxLength = 64;

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private Dictionary<char, List<string>>? _byFirst;
    private SearchValues<string>? _search;

    /// <summary>Gets whether any name is known.</summary>
    public bool IsEmpty => _names.Count == 0;

    /// <summary>Remembers <paramref name="name"/> when it is a name that may spread; returns whether it was new.</summary>
    public bool Learn(ReadOnlySpan<char> name)
    {
        if (_names.Count >= MaxNames || !Spreads(name))
        {
            return false;
        }

        var added = _names.Add(name.ToString());
        if (added)
        {
            (_byFirst, _search) = (null, null);
        }

        return added;
    }

    /// <summary>Gets whether a name found with evidence may be hidden where its text repeats it: not a single word of a cased script,
    /// not a word of the product, team and place list, and not lowercase — the names an everyday word or a product could be.</summary>
    internal static bool Spreads(ReadOnlySpan<char> name)
    {
        if (name.Length is < 2 or > MaxLength || name.ContainsAny(Breaks))
        {
            return false;
        }

        var (cjk, words) = (0, 0);
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty)
            {
                return false;
            }

            words++;
            foreach (var c in word)
            {
                if (IsCjk(c))
                {
                    cjk++;
                }
                else if (!char.IsLetter(c) && c is not ('\'' or '’' or '-' or '.') && !IsMark(c))
                {
                    return false;
                }
            }

            // A cased word opens with a capital (an initial "J." too); a product, team or place word makes the whole no one's name.
            if (char.IsLower(word[0]) || NotNameWords.Contains(word.TrimEnd('.')))
            {
                return false;
            }
        }

        // Han and Hangul: two to four characters, blank or not (张伟, 张 伟, 김민준); other scripts: two words or more.
        return cjk > 0 ? cjk == name.Length - (words - 1) && cjk is >= 2 and <= 4 : words >= 2;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameWords =
        PersonRecognizer.NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Breaks = SearchValues.Create("0123456789@<>/\\:=_\"\t\r\n");

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uac00' and <= '\ud7a3';

    /// <summary>Adds to <paramref name="into"/> every whole-word occurrence of a known name in <paramref name="text"/> from
    /// <paramref name="from"/> on that no entity of <paramref name="taken"/> (ordered, not overlapping) touches.</summary>
    public void Find(string text, int from, IReadOnlyList<PiiEntity> taken, List<PiiEntity> into)
    {
        if (_names.Count == 0 || from >= text.Length)
        {
            return;
        }

        _search ??= SearchValues.Create([.. _names], StringComparison.Ordinal);
        _byFirst ??= ByFirstCharacter(_names);
        var next = 0;
        var position = from;
        while (position < text.Length && text.AsSpan(position).IndexOfAny(_search) is var offset and >= 0)
        {
            var start = position + offset;
            var end = LongestAt(text, start);
            if (end < 0)
            {
                position = start + 1;
                continue;
            }

            while (next < taken.Count && taken[next].End <= start)
            {
                next++;
            }

            if (next >= taken.Count || taken[next].Start >= end)
            {
                into.Add(new PiiEntity(PiiType.Person, start, end, 0.8));
            }

            position = end;
        }
    }

    /// <summary>Where the longest known name that starts at <paramref name="start"/> as a whole word ends, or -1.</summary>
    private int LongestAt(string text, int start)
    {
        if (start > 0 && WordCharacter(text[start - 1]) || !_byFirst!.TryGetValue(text[start], out var names))
        {
            return -1;
        }

        var best = -1;
        foreach (var name in names)
        {
            var end = start + name.Length;
            if (end > best && text.AsSpan(start).StartsWith(name, StringComparison.Ordinal) && (end == text.Length || !WordCharacter(text[end])))
            {
                best = end;
            }
        }

        return best;
    }

    // A hyphen or an underscore joins the name into a longer word (Kowalski-Smith, anna_kowalski); an apostrophe or a full stop
    // ends it (Kowalski's, … Kowalski.).
    private static bool WordCharacter(char c) => char.IsLetterOrDigit(c) || IsMark(c) || c is '_' or '-';

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    private static Dictionary<char, List<string>> ByFirstCharacter(HashSet<string> names)
    {
        var byFirst = new Dictionary<char, List<string>>();
        foreach (var name in names)
        {
            (byFirst.TryGetValue(name[0], out var list) ? list : byFirst[name[0]] = []).Add(name);
        }

        return byFirst;
    }

    /// <summary>Gets <paramref name="entities"/> (of <paramref name="text"/>, ordered, not overlapping) with the further
    /// occurrences of the names among them added, and learns those names into <paramref name="names"/> when given.</summary>
    public static List<PiiEntity> Spread(string text, List<PiiEntity> entities, KnownNames? names = null)
    {
        names ??= new KnownNames();
        var learnt = false;
        foreach (var entity in entities)
        {
            learnt |= entity.Type == PiiType.Person && names.Learn(text.AsSpan(entity.Start, entity.Length));
        }

        if (!learnt)
        {
            return entities;
        }

        var added = new List<PiiEntity>();
        names.Find(text, 0, entities, added);
        if (added.Count == 0)
        {
            return entities;
        }

        var merged = new List<PiiEntity>(entities.Count + added.Count);
        merged.AddRange(entities);
        merged.AddRange(added);
        merged.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }
}
