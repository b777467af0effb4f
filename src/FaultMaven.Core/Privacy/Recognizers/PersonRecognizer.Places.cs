using System.Collections.Frozen;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>People's names inside the names of places (issue 18): streets, squares, stations and churches are named after people
/// (<c>улица Льва Толстого</c>, <c>собора Александра Невского</c>, <c>Plaza Simón Bolívar</c>, <c>Rue Victor Hugo</c>,
/// <c>Nelson Mandela Square</c>), and a text that names the place names no person. A place word right before the name, or right
/// after it as English and the Turkic languages put it, says so.</summary>
internal sealed partial class PersonRecognizer
{
    // The kinds of place named after people, in the languages of the person labels, written from their meanings (street, avenue,
    // square, boulevard, lane, embankment, highway, station, park, bridge, cathedral, church, monastery, airport, "named after").
    // A company named after its founder is no person in that text either: a company's legal form after the name (Hugo Boss AG).
    // Cyrillic words are stems: they are declined (улица, улице, улицы; собор, собора).
    private static readonly string[] CyrillicPlaceStems =
    [
        "улиц", "ул.", "проспект", "пр-т", "просп.", "площад", "пл.", "переул", "пер.", "бульвар", "б-р", "набережн", "наб.", "шоссе", "проезд",
        "аллея", "аллеи", "аллее", "станци", "метро", "сквер", "парк", "мост", "собор", "храм", "церкв", "церков", "монастыр",
        "аэропорт", "вокзал", "имени", "им.", "памятник", "вулиц", "вул.", "площ", "провул", "майдан", "узвіз", "набережн", "вуліц", "праспект",
        "көше", "даңғыл", "алаң", "кўча", "шоҳкўча", "майдон", "кӯча", "хиёбон", "көчө", "проспекти",
    ];

    // Latin place words (not those that are also given names or surnames: Park, Lane, Church, Dom, Al; nor Dr, a title):
    // these count only capitalised (Via, Place, Park, Station are English words before a person too), but
    // those no English sentence puts before a name count in either case (12 rue Victor Hugo, via… is not among them).
    private static readonly FrozenSet<string> LatinPlaceWords = """
        Plaza Calle Avenida Av Avda Paseo Rambla Carrera Estación Parque Puente Glorieta Rue Avenue Boulevard Bd Bld Place Quai Allée Impasse Chemin
        Pont Gare Cours Via Viale Piazza Piazzale Corso Largo Stazione Ponte Rua Praça Travessa Estação Alameda Straße Strasse Str Platz Allee Weg Damm
        Gasse Ufer Bahnhof Brücke Ulica Ul Aleja Plac Rondo Dworzec Street St Square Road Rd Drive Station Bridge Cathedral
        Airport Airfield Intl International Basilica Basílica Catedral Cathédrale Kathedrale Iglesia Église Kirche Chiesa Igreja Aeropuerto Aéroport Flughafen Aeroporto
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LowerPlaceWords = FrozenSet.ToFrozenSet(
        ["plaza", "calle", "avenida", "avda", "rue", "avenue", "boulevard", "quai", "allée", "impasse", "viale", "piazza", "piazzale", "corso", "rua",
         "praça", "travessa", "alameda", "ulica", "ul", "aleja", "plac", "straße", "strasse"], StringComparer.Ordinal);

    // The Latin place words that follow the name in their language (Nelson Mandela Square, Willy Brandt Platz); the others open it
    // (Rua Augusta, Plaza Mayor), so after a name they start an address or are a surname (Lucas Rua, Aubrey Plaza, Rosa Carrera).
    // Words that are also common surnames (Street, Bridge, Place, Damm, Weg) are left out.
    private static readonly FrozenSet<string> PlaceWordsAfterName = FrozenSet.ToFrozenSet(
        ["Square", "Road", "Rd", "Drive", "Avenue", "Boulevard", "Station", "Cathedral", "Airport", "Airfield", "Intl", "International",
         "Straße", "Strasse", "Str", "Platz", "Allee", "Gasse", "Ufer", "Brücke"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceWordAfterNameLookup = PlaceWordsAfterName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinPlaceLookup = LatinPlaceWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerPlaceLookup = LowerPlaceWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets whether a word is a place word: a Cyrillic stem in any case and form, a Latin word capitalised (or, for the
    /// words no English sentence puts before a name, in either case), with or without an abbreviation's dot.</summary>
    private static bool IsPlaceWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 24)
        {
            return false;
        }

        if (word[0] is >= '\u0400' and <= '\u04ff')
        {
            // A surname's ending makes the word a surname however it opens (Храмов, Парков, Мостова).
            if (EndsWithStem(word, SharedSurnameEndings) || EndsWithStem(word, SurnameEndings))
            {
                return false;
            }

            foreach (var stem in CyrillicPlaceStems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && (stem[^1] == '.' || word.Length <= stem.Length + 4))
                {
                    return true;
                }
            }

            return false;
        }

        var bare = word.TrimEnd('.');
        return char.IsUpper(bare.IsEmpty ? ' ' : bare[0]) ? LatinPlaceLookup.Contains(bare) : LowerPlaceLookup.Contains(bare);
    }

    /// <summary>Gets whether the word right before <paramref name="start"/> (one blank between) or right after <paramref
    /// name="end"/> on the same line is a place word: the name is part of a place's name.</summary>
    private static bool InPlaceName(string text, int start, int end)
    {
        if (start >= 2 && text[start - 1] == ' ')
        {
            var wordStart = start - 1;
            while (wordStart > 0 && start - 1 - wordStart < 24 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-'))
            {
                wordStart--;
            }

            var before = text.AsSpan(wordStart, start - 1 - wordStart);
            if (IsPlaceWord(before) && !(before[0] < '\u0400' && char.IsUpper(before[0]) && AtSentenceStart(text, wordStart)))
            {
                return true;
            }
        }

        if (end + 1 < text.Length && text[end] == ' ')
        {
            var wordEnd = end + 1;
            while (wordEnd < text.Length && wordEnd - end < 24 && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '.' && wordEnd > end + 1))
            {
                wordEnd++;
            }

            // After the name only the words that follow one in these languages: English and the Turkic languages (Nelson Mandela
            // Square, Абай даңғылы); a Cyrillic word of Russian after a name (Толстого улица) is rare, and "Ст." would be a title.
            var after = text.AsSpan(end + 1, wordEnd - end - 1);
            if (CompanyFormLookup.Contains(after.TrimEnd('.')))
            {
                return true;
            }

            if (after.Length > 1 && (after[0] is < '\u0400' or > '\u04ff' ? PlaceWordAfterName(after) : TurkicPlaceWord(after)))
            {
                return true;
            }
        }

        return false;
    }

    // Legal forms of companies written after their name (German, English, French, Spanish, Italian, Dutch, Nordic). Not the two-letter
    // forms that are also a person's role or initials after a name (SA a solutions architect, SE an engineer, AB, SL).
    private static readonly FrozenSet<string> CompanyForms = FrozenSet.ToFrozenSet(
        ["AG", "GmbH", "KG", "KGaA", "Inc", "Ltd", "LLC", "LLP", "Corp", "PLC", "plc", "SAS", "SARL", "SpA", "Srl", "BV", "NV", "Oy", "ASA"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyFormLookup = CompanyForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets whether <paramref name="start"/> opens a line or a sentence (only blanks since the line's start or since a
    /// sentence's end): a capitalised word there may be a verb or any word of the sentence (Place Anna Smith on call), no place.</summary>
    private static bool AtSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r' or '.' or '!' or '?';
    }

    /// <summary>Gets whether a Latin word is a place word that follows the name it carries (<see cref="PlaceWordsAfterName"/>).</summary>
    internal static bool PlaceWordAfterName(ReadOnlySpan<char> word) => PlaceWordAfterNameLookup.Contains(word);

    private static bool TurkicPlaceWord(ReadOnlySpan<char> word) =>
        word.StartsWith("көше", StringComparison.OrdinalIgnoreCase) || word.StartsWith("даңғыл", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("алаң", StringComparison.OrdinalIgnoreCase) || word.StartsWith("кўча", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("көчө", StringComparison.OrdinalIgnoreCase) || word.StartsWith("майдон", StringComparison.OrdinalIgnoreCase);
}
