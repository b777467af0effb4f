namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Korean names followed by a job title or an honorific (<c>김민준 과장</c>, <c>이서연 대리님</c>, <c>이준 팀장</c>,
/// <c>박지훈님</c>): a title is said of a person only, so it is the evidence a key would be, anywhere in the text. The name has its
/// own shape still: a listed surname, then one or two syllables of a given name (a two-syllable name only with a given name's
/// syllable), not an everyday word that opens with a surname.</summary>
internal sealed partial class PersonRecognizer
{
    // Job titles and honorifics of Korean workplaces, longest first where one opens another; 님 may follow each.
    private static readonly string[] KoreanTitles =
    [
        "책임연구원", "선임연구원", "수석연구원", "본부장", "센터장", "파트장", "그룹장", "실장", "팀장", "과장", "대리", "부장", "차장", "사원", "주임",
        "이사", "상무", "전무", "사장", "선임", "책임", "수석", "매니저", "엔지니어", "연구원", "선생", "교수", "님", "씨",
    ];

    // Particles a title may carry (subject, topic, object, possessive, to, also, and).
    private static readonly System.Buffers.SearchValues<char> KoreanParticles = System.Buffers.SearchValues.Create("이가은는의께에도을를와과랑");

    /// <summary>Finds Korean names followed by a title.</summary>
    private static void FindKoreanTitledNames(string text, Findings found)
    {
        var position = 0;
        while (position < text.Length && text.AsSpan(position).IndexOfAnyInRange('\uac00', '\ud7a3') is var offset and >= 0)
        {
            var start = position + offset;
            var run = start;
            while (run < text.Length && run - start < 16 && ScriptOf(text[run]) == Script.Hangul)
            {
                run++;
            }

            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && TitledNameEnd(text, start, run) is var end and > 0)
            {
                found.Add(PiiType.Person, start, end, 0.85);
            }

            position = run;
            while (position < text.Length && ScriptOf(text[position]) == Script.Hangul)
            {
                position++;
            }
        }
    }

    /// <summary>Where a name that opens the Hangul run <paramref name="start"/>..<paramref name="run"/> ends when a title follows
    /// it, attached or after a blank; -1 when none does.</summary>
    private static int TitledNameEnd(string text, int start, int run)
    {
        for (var length = 2; length <= 4 && length <= run - start; length++)
        {
            var name = text.AsSpan(start, length);
            if (!KoreanNameShaped(name) || EndsWithTitle(name))
            {
                continue;
            }

            var titleAt = start + length;
            if (titleAt == run)
            {
                if (titleAt >= text.Length || text[titleAt] != ' ')
                {
                    continue;
                }

                titleAt++;
            }

            // A two-syllable name needs a job title: 님 alone follows words too (선생님, 고객님).
            if (TitleAt(text, titleAt, length > 2))
            {
                return start + length;
            }
        }

        return -1;
    }

    /// <summary>A Korean name of two to four syllables by its shape: a listed surname (one syllable or two), then a given name of
    /// given-name syllables; three syllables as <see cref="SurnameShaped"/> reads them.</summary>
    private static bool KoreanNameShaped(ReadOnlySpan<char> name) => name.Length switch
    {
        2 => HangulSurnameChars.Contains(name[0]) && HangulGiven.Contains(name[1]) && !StartsWithAny(name, HangulCompoundSurnames),
        _ => SurnameShaped(name),
    };

    /// <summary>Gets whether a word is a title or ends with one (이사, 차장, 이사장): a title's own syllables are shaped as a name.</summary>
    private static bool EndsWithTitle(ReadOnlySpan<char> word)
    {
        foreach (var title in KoreanTitles)
        {
            if (title.Length >= 2 && word.EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a title stands at <paramref name="at"/>, then 님, a particle or the word's end.</summary>
    private static bool TitleAt(string text, int at, bool honorific)
    {
        if (at >= text.Length)
        {
            return false;
        }

        foreach (var title in KoreanTitles)
        {
            if (!text.AsSpan(at).StartsWith(title, StringComparison.Ordinal) || !honorific && title is "님" or "씨")
            {
                continue;
            }

            var after = at + title.Length;
            after += TextContext.CharAt(text, after) == '님' && title is not ("님" or "씨") ? 1 : 0;
            after += KoreanParticles.Contains(TextContext.CharAt(text, after)) ? 1 : 0;
            return ScriptOf(TextContext.CharAt(text, after)) != Script.Hangul;
        }

        return false;
    }
}
