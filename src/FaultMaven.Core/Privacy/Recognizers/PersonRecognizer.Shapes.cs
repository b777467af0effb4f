using System.Collections.Frozen;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names told by their own shape where no list of given names knows them: Cyrillic names by the endings of patronymics
/// and surnames (<c>Игоревич</c>, <c>Мухаметова</c>, <c>Остапенко</c>), and names written surname first in capitals as registers,
/// passports and bookings write them (<c>IVANOV Ivan</c>, <c>NGUYEN Van An</c>) in a person's field.</summary>
internal sealed partial class PersonRecognizer
{
    // Patronymics (-ович, -евич, -ич after a vowel, -овна, -евна, -ична) and the common surname endings of Russian, Ukrainian and
    // Belarusian (-ов/-ев/-ин and their feminine forms, -ский/-цкий, -енко, -чук/-юк; -ко alone ends adverbs too and is left out).
    private static readonly string[] PatronymicEndings = ["ович", "евич", "ьич", "овна", "евна", "ична", "инична"];

    private static readonly string[] SurnameEndings = ["ова", "ева", "ёва", "ына", "ский", "цкий", "ская", "цкая", "енко", "чук", "юк"];

    // Endings that masculine genitive plurals (Агентов, Портов), towns (Саратов) and nouns (Магазин) share: they count only
    // opening the pair (a surname written first: "Кузнецов Артём") or beside a known given name.
    private static readonly string[] SharedSurnameEndings = ["ов", "ев", "ёв", "ин", "ын"];

    // -ина ends as many feminine nouns (Причина, Машина, Половина) as surnames: it counts only beside a known given name.
    private static readonly string[] FeminineNounEndings = ["ина"];

    // Upper-case words that open a log line or a value as often as a surname does: severities, environment tiers, states.
    private static readonly FrozenSet<string> UpperNotSurnames = """
        ERROR ERR WARN WARNING INFO DEBUG TRACE FATAL CRITICAL CRIT NOTICE ALERT EMERG SEVERE FINE VERBOSE
        PROD PRD PRODUCTION DEV DEVEL DEVELOPMENT STAGING STAGE STG TEST TESTING QA UAT SIT PREPROD LOCAL SANDBOX
        DEFAULT NULL NONE NIL TRUE FALSE OK FAILED FAIL SUCCESS PASS UNKNOWN TBD TODO FIXME NEW OLD ACTIVE INACTIVE DISABLED ENABLED
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UpperNotSurnameLookup = UpperNotSurnames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How strongly capitalised words are a Cyrillic name by their shape alone.</summary>
    private enum CyrillicShape
    {
        None,

        /// <summary>A surname ending adjectives share (<c>Московский Филиал</c>, <c>Кутузовский Проспект</c>): a name only where a
        /// person's field or cue says so, not after a label a team holds as often (<c>Ответственный:</c>).</summary>
        Adjective,

        /// <summary>A surname ending that nouns opening a title-case phrase share (<c>Магазин Приложений</c>, <c>Остров Свободы</c>):
        /// a name only where a person's field, cue or label says so.</summary>
        Weak,

        /// <summary>A patronymic, or a surname ending no common noun or adjective has (<c>-ова</c>, <c>-енко</c>, <c>-чук</c>).</summary>
        Strong,
    }

    private static readonly string[] AdjectiveSurnameEndings = ["ский", "цкий", "ская", "цкая"];

    /// <summary>Reads capitalised words as a Cyrillic name by shape: two or three words, all Cyrillic, one of them a patronymic or
    /// a surname by its ending, with three letters or more before the ending.</summary>
    private static CyrillicShape CyrillicNameShape(string[] words)
    {
        if (words.Length is < 2 or > 3)
        {
            return CyrillicShape.None;
        }

        var (strong, adjective, given) = (false, false, false);
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (c is not (>= '\u0400' and <= '\u04ff' or '-'))
                {
                    return CyrillicShape.None;
                }
            }

            strong |= EndsWithStem(word, PatronymicEndings) || EndsWithStem(word, SurnameEndings) && !EndsWithStem(word, AdjectiveSurnameEndings);
            adjective |= EndsWithStem(word, AdjectiveSurnameEndings);
            given |= FirstNames.All.Contains(word);
        }

        if (strong || SurnameBeforeGivenName(words[0], words[1]))
        {
            return CyrillicShape.Strong;
        }

        // A genitive follows the noun it depends on ("Запуск Агентов"): a shared ending opening the pair may be a surname written
        // first ("Кузнецов Артём") as often as a noun ("Остров Свободы").
        for (var i = 0; i < words.Length; i++)
        {
            if (i == 0 && !given && EndsWithStem(words[0], SharedSurnameEndings) && !EndsWithStem(words[1], GenitiveEndings, StringComparison.Ordinal, 2)
                || given && (EndsWithStem(words[i], SharedSurnameEndings) || EndsWithStem(words[i], FeminineNounEndings)))
            {
                return CyrillicShape.Weak;
            }
        }

        return adjective ? CyrillicShape.Adjective : CyrillicShape.None;
    }

    /// <summary>Gets whether a pair whose first word has a masculine surname ending (-ов, -ев, -ин, -ын) and whose second no list
    /// knows ends as a woman's name or a genitive does (-а, -я): a surname agrees with its bearer, so a woman's name takes -ова or
    /// -ина, and the commonest men's names in -а or -я (Никита, Илья) are in the list. After a label a mailbox or a queue holds as
    /// often as a person (a sender), such a pair is a noun and its genitive (<c>Магазин Склада</c>, <c>Отдел Сервера</c>); after a
    /// person's own label it is left to be read (Central Asian men's names in -а, <c>Хамидов Абдулла</c>, are in no list).</summary>
    private static bool DisagreesInGender(string[] words) =>
        words.Length == 2 && EndsWithStem(words[0], SharedSurnameEndings) && words[1].Length >= 3 && words[1][^1] is 'а' or 'я' && !FirstNames.All.Contains(words[1]);

    // Genitive endings (Свободы, Ошибки, Приложений, Агентов, Событий): a word with one after a noun in a shared ending makes a
    // phrase ("Остров Свободы", "Магазин Приложений"); the given names these endings have (Дмитрий, Сергей) are in the list.
    private static readonly string[] GenitiveEndings = ["ы", "и", "ий", "ей", "ов", "ев", "ого", "его", "ых", "их"];

    /// <summary>Gets whether two Cyrillic words are a surname written first and a known given name: a surname in an ending nouns
    /// share (<c>Белозёров Тимофей</c>, <c>Қодиров Бахтиёр</c>, <c>Калинина Ульяна</c>); a genitive or a noun after such a
    /// word (<c>Остров Свободы</c>, <c>Причина Ошибки</c>) is no given name.</summary>
    private static bool SurnameBeforeGivenName(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        (EndsWithStem(first, SharedSurnameEndings) || EndsWithStem(first, FeminineNounEndings)) && first.ContainsAnyInRange('\u0400', '\u04ff')
        && !first.ContainsAnyInRange('A', 'z') && GivenNameLookup.Contains(second);

    /// <summary>Gets whether three words are a Cyrillic surname, a given name and a patronymic (<c>Смирнова Ольга Петровна</c>):
    /// the surname is kept, not dropped as a word before a known given name.</summary>
    private static bool SurnameGivenPatronymic(ReadOnlySpan<char> first, ReadOnlySpan<char> last) =>
        (EndsWithStem(first, SurnameEndings) || EndsWithStem(first, SharedSurnameEndings) || EndsWithStem(first, FeminineNounEndings))
        && EndsWithStem(last, PatronymicEndings);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup = FirstNames.All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets whether a word ends with one of the endings after a stem of <paramref name="stem"/> letters or more.</summary>
    private static bool EndsWithStem(ReadOnlySpan<char> word, string[] endings, StringComparison comparison = StringComparison.Ordinal, int stem = 3)
    {
        foreach (var ending in endings)
        {
            if (word.Length >= ending.Length + stem && word.EndsWith(ending, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a surname in capitals followed by one or two capitalised given names as the whole value of a person's field
    /// or cue (<c>name: IVANOV Ivan</c>, <c>ФИО: ПЕТРОВА Анна Сергеевна</c>). Not after a team's label (owner, contact); not a
    /// severity, an environment or a state (<c>ERROR Connection</c>, <c>PROD Cluster</c>); a word of three letters or fewer, as
    /// acronyms are (<c>AWS Lambda</c>), needs a known given name after it. Values are looked for after each colon or equals sign.</summary>
    private static void FindUpperFirstNames(string text, Findings found)
    {
        for (var colon = text.AsSpan().IndexOfAny(ValueMarks); colon >= 0;)
        {
            var start = colon + 1;
            while (start < text.Length && start - colon <= 4 && text[start] is ' ' or '\t' or '"' or '\'')
            {
                start++;
            }

            var surnameEnd = start;
            while (surnameEnd < text.Length && surnameEnd - start < 32 && (char.IsUpper(text[surnameEnd]) || surnameEnd > start && text[surnameEnd] is '-' or '\''))
            {
                surnameEnd++;
            }

            if (surnameEnd - start >= 2 && surnameEnd + 1 < text.Length && text[surnameEnd] == ' ' && char.IsUpper(text[surnameEnd + 1])
                && TextContext.CharAt(text, surnameEnd + 2) is var second && char.IsLower(second)
                && UpperFirstName(text, start, surnameEnd) is var end && end > surnameEnd)
            {
                found.Add(PiiType.Person, start, end, 0.85);
            }

            var next = colon + 1 < text.Length ? text.AsSpan(colon + 1).IndexOfAny(ValueMarks) : -1;
            colon = next < 0 ? -1 : colon + 1 + next;
        }
    }

    /// <summary>Finds Cyrillic names written surname first in capitals, as registers and rosters write them (<c>ИВАНОВ ИВАН</c>,
    /// <c>ПЕТРОВ Сергей</c>, <c>ЖУМАБАЕВ ЕРЛАН</c>): a word in capitals with a surname's ending, then a given name in capitals or
    /// title case that the list knows, or that a patronymic follows (<c>КАРИМОВ ЎТКИР БАХОДИРОВИЧ</c>), anywhere — as the
    /// mixed-case pair is read with a known given name anywhere; after a person's label any capitalised word that names no team.
    /// Words in capitals without a surname's ending (<c>ОШИБКА СЕРВЕРА</c>, <c>КОД ОШИБКИ</c>) are no one.</summary>
    private static void FindCyrillicUpperNames(string text, Findings found)
    {
        var position = 0;
        while (position < text.Length && text.AsSpan(position).IndexOfAnyInRange('\u0400', '\u04ff') is var offset and >= 0)
        {
            var start = position + offset;
            var surnameEnd = CyrillicWordEnd(text, start);
            position = Math.Max(surnameEnd, start + 1);
            if (surnameEnd - start < 4 || start > 0 && char.IsLetterOrDigit(text[start - 1]) || !IsUpperCyrillic(text.AsSpan(start, surnameEnd - start))
                || surnameEnd + 2 >= text.Length || text[surnameEnd] != ' ' || !char.IsUpper(text[surnameEnd + 1]))
            {
                continue;
            }

            // -ина ends as many nouns as surnames (ПРИЧИНА, МАШИНА): it counts only before a known given name or a patronymic.
            var surname = text.AsSpan(start, surnameEnd - start);
            var feminineNoun = EndsWithStem(surname, FeminineNounEndings, StringComparison.OrdinalIgnoreCase);
            if (!(EndsWithStem(surname, SurnameEndings, StringComparison.OrdinalIgnoreCase) || EndsWithStem(surname, SharedSurnameEndings, StringComparison.OrdinalIgnoreCase) || feminineNoun)
                || NotNameWords.Contains(surname) || NounGenitivePlural(surname))
            {
                continue;
            }

            var givenEnd = CyrillicWordEnd(text, surnameEnd + 1);
            var given = text.AsSpan(surnameEnd + 1, givenEnd - surnameEnd - 1);
            if (given.Length < 2 || givenEnd < text.Length && char.IsLetterOrDigit(text[givenEnd]) || NotNameWords.Contains(given)
                || !IsUpperCyrillic(given) && !IsLowerCyrillic(given[1..]))
            {
                continue;
            }

            var end = givenEnd;
            if (givenEnd + 2 < text.Length && text[givenEnd] == ' ' && char.IsUpper(text[givenEnd + 1]) && CyrillicWordEnd(text, givenEnd + 1) is var thirdEnd
                && EndsWithStem(text.AsSpan(givenEnd + 1, thirdEnd - givenEnd - 1), PatronymicEndings, StringComparison.OrdinalIgnoreCase))
            {
                end = thirdEnd;
            }

            if (GivenNameLookup.Contains(given) || end > givenEnd || !feminineNoun && LabelBefore(text, start) == LabelKind.Person && ValueEndsAt(text, end))
            {
                found.Add(PiiType.Person, start, end, 0.85);
                position = end;
            }
        }
    }

    // Stems of the nouns a log's headings and counters put in the genitive plural (КОЛИЧЕСТВО ЗАПРОСОВ, ОЧЕРЕДЬ ПАКЕТОВ, СПИСОК
    // СЕРВЕРОВ), which in capitals take the -ов/-ев surname ending; surnames made from them are rare. Stems that common surnames
    // share (Томов, Блоков) are left out.
    private static readonly FrozenSet<string> NounStems = """
        запрос ответ процесс пакет ресурс поток канал клиент заказ объект диск токен байт адрес домен порт сокет отчёт отчет документ
        параметр символ сигнал узл тест релиз сеанс вызов метод агент сервер сервис кластер файл лог контейнер хост скрипт шаблон
        маршрут лимит счётчик счетчик датчик инцидент алерт коммит деплой товар платеж платёж сбо бэкап элемент аргумент интерфейс
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounStemLookup = NounStems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets whether a word in -ов/-ев is the genitive plural of a technical noun (<c>ЗАПРОСОВ</c>, <c>СЕРВЕРОВ</c>,
    /// <c>СБОЕВ</c>) rather than a surname.</summary>
    private static bool NounGenitivePlural(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ов", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ев", StringComparison.OrdinalIgnoreCase))
        && (NounStemLookup.Contains(word[..^2]) || NotNameWords.Contains(word[..^2]));

    private static int CyrillicWordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 32 && text[end] is >= '\u0400' and <= '\u04ff' && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsUpperCyrillic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerCyrillic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> ValueMarks = System.Buffers.SearchValues.Create(":=：");

    private static int UpperFirstName(string text, int start, int surnameEnd)
    {
        var surname = text.AsSpan(start, surnameEnd - start);
        var end = WordsAfter(text, surnameEnd + 1);
        if (end <= surnameEnd + 1 || UpperNotSurnameLookup.Contains(surname) || NotNameWords.Contains(surname) || !ValueEndsAt(text, end))
        {
            return -1;
        }

        var given = text.AsSpan(surnameEnd + 1, end - surnameEnd - 1);
        foreach (var range in given.Split(' '))
        {
            var word = given[range];
            if (NotNameWords.Contains(word) || word.Length > 1 && !char.IsLower(word[1]) && word[1] != '.')
            {
                return -1;
            }
        }

        var first = given.IndexOf(' ') is var space and > 0 ? given[..space] : given;
        if (!NameShape.IsGivenName(first) && (surname.Length <= 3 || EnglishNounShape(first)))
        {
            return -1;
        }

        var label = LabelBefore(text, start);
        var place = label == LabelKind.Person ? Place.Field : label == LabelKind.Team ? Place.Rota : CuedPlace(text, start, end);
        return place is Place.Field or Place.Cue && !TextContext.OnLineBefore(text, start, 20, TeamLabels) ? end : -1;
    }

    // Endings of English derived and plural nouns (Escalation, Networking, Databases, Loadbalancer, Authority, Intermediate): after
    // a product or team code in capitals (NETOPS Escalation, ORACLE Databases) the second word is such a noun, and given names
    // with these endings are mostly in the list of given names, which is asked first.
    private static readonly string[] EnglishNounEndings =
        ["ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ware", "ism", "ics", "ate", "ure", "ies", "er", "ers", "es", "ts", "ks", "ns", "ps", "ds", "ms", "ys", "rs", "ls"];

    private static bool EnglishNounShape(ReadOnlySpan<char> word) => EndsWithStem(word, EnglishNounEndings, StringComparison.OrdinalIgnoreCase);
}
