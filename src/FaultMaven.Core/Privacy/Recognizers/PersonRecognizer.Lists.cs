namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Lists of people after a role's key or cue (<c>owner: 张伟、李娜、王芳</c>, <c>reviewers: Anna Kowalski, Tomás Ruiz and
/// Li Wei</c>, <c>담당자: 김민준 및 이서연</c>): the key is the list's, so when its first item is a person found there, each further
/// item joined by a list's separator is read as a person too — by its own shape still (a Han or Hangul value opens with a surname,
/// a cased one is capitalised words none of which is a product, team or place word, or a known given name alone). A list of
/// teams or services (<c>owners: payments, search and billing</c>) has no person first and is not read.</summary>
internal sealed partial class PersonRecognizer
{
    /// <summary>The most items one list adds after its first.</summary>
    private const int MaxListItems = 16;

    // Words that join a list's last item, in the languages of the labels: and, und, et, y, e, i, og, och, en, и, 및; and the Han
    // conjunctions, which stand without blanks.
    private static readonly string[] ListWords = ["and", "und", "et", "y", "e", "i", "og", "och", "en", "и", "및"];

    /// <summary>Adds the further items of each list whose first item is a person found right after its key or cue.</summary>
    private static void FindListItems(string text, Findings found)
    {
        // The recognizers add their names in their own order: the lists are read in the text's.
        var people = new List<PiiEntity>();
        foreach (var candidate in found.Candidates)
        {
            if (candidate.Type == PiiType.Person && candidate.Score >= 0.5)
            {
                people.Add(candidate);
            }
        }

        people.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var lastEnd = -1;
        foreach (var first in people)
        {
            // The first item is a person by a role's key or cue: a list that opens a sentence or follows any other key
            // ("Regions affected: São Paulo, Santa Clara") is read item by item as before.
            if (first.Start < lastEnd || !(ValueStartsAt(text, first.Start) && CuedPlace(text, first.Start, first.End) > Place.None) && !CueJustBefore(text, first.Start))
            {
                continue;
            }

            var end = first.End;
            for (var items = 0; items < MaxListItems && ListGap(text, end) is var gap and > 0; items++)
            {
                var itemEnd = ListItemAt(text, end + gap);
                if (itemEnd < 0)
                {
                    break;
                }

                found.Add(PiiType.Person, end + gap, itemEnd, Math.Min(first.Score, 0.8));
                end = itemEnd;
            }

            lastEnd = end;
        }
    }

    /// <summary>How many characters after <paramref name="end"/> separate a list's item from the next (<c>, </c>, <c>、</c>,
    /// <c> and </c>, <c>, and </c>, <c>和</c>, <c> 및 </c>), when a letter that may open a name follows; 0 when none does.</summary>
    internal static int ListGap(string text, int end)
    {
        var i = SkipSpaces(text, end, 2);
        if (i >= text.Length)
        {
            return 0;
        }

        if (text[i] is ',' or ';' or '/' or '&' or '、' or '，' or '；')
        {
            i = SkipSpaces(text, i + 1, 2);
            // ", and" closes a list written with a serial comma.
            if (ListWordAt(text, i) is var word and > 0 && i > 0 && text[i - 1] == ' ')
            {
                i = SkipSpaces(text, i + word, 2);
            }
        }
        else if (text[i] is '和' or '与' or '與' or '及' or '跟' && i == end)
        {
            i++;
        }
        else if (i > end && ListWordAt(text, i) is var word and > 0)
        {
            i = SkipSpaces(text, i + word, 2);
        }
        else
        {
            return 0;
        }

        return i < text.Length && i > end && text[i - 1] != '\n' && (char.IsUpper(text[i]) || ScriptOf(text[i]) is Script.Han or Script.Hangul) ? i - end : 0;
    }

    /// <summary>The length of a list's joining word at <paramref name="at"/> followed by a blank, or 0.</summary>
    private static int ListWordAt(string text, int at)
    {
        foreach (var word in ListWords)
        {
            if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && TextContext.CharAt(text, at + word.Length) == ' ')
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static int SkipSpaces(string text, int at, int most)
    {
        var limit = Math.Min(text.Length, at + most);
        while (at < limit && text[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }

    /// <summary>Where a list's further item that opens at <paramref name="start"/> ends when it is shaped as a person's name and
    /// closes its value or opens a further gap, or -1.</summary>
    private static int ListItemAt(string text, int start)
    {
        var script = ScriptOf(text[start]);
        int end;
        if (script is Script.Han or Script.Hangul)
        {
            end = ReadScriptName(text, start, script);
            if (end == start || !StartsWithSurname(text, start, end))
            {
                return -1;
            }
        }
        else
        {
            end = CasedItemEnd(text, start);
            if (end < 0)
            {
                return -1;
            }
        }

        return ValueEndsAt(text, end) || ListGap(text, end) > 0 || script != Script.None && LatinWordAfter(text, end) ? end : -1;
    }

    /// <summary>Where one to three capitalised words (an initial among them) that make a name end: two words or more, or a known
    /// given name alone; none a product, team or place word. -1 when they do not.</summary>
    private static int CasedItemEnd(string text, int start)
    {
        var (i, words, given) = (start, 0, false);
        while (words < 3 && i < text.Length && char.IsUpper(text[i]))
        {
            var wordStart = i;
            while (i < text.Length && i - wordStart < 32 && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            var initial = i - wordStart == 1 && TextContext.CharAt(text, i) == '.';
            if (i - wordStart < 2 && !initial || char.IsUpper(text[i - 1]) && i - wordStart > 1 && !IsUpperWord(text.AsSpan(wordStart, i - wordStart))
                || NotNameWords.Contains(text.AsSpan(wordStart, i - wordStart)))
            {
                return -1;
            }

            given |= words == 0 && NameShape.IsGivenName(text.AsSpan(wordStart, i - wordStart));
            i += initial ? 1 : 0;
            words++;
            if (TextContext.CharAt(text, i) != ' ' || !char.IsUpper(TextContext.CharAt(text, i + 1)) || ListWordAt(text, i + 1) > 0)
            {
                break;
            }

            i++;
        }

        return words >= 2 || words == 1 && given ? i : -1;
    }
}
