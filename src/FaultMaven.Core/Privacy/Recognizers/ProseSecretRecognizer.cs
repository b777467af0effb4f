using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets that chat and tickets tell in a sentence, with no key name before the value: "das Passwort ist X", "le mot de
/// passe est X", "la contraseña es X", "パスワードは X です", "密码是X", "비밀번호는 X", "пароль: X"; "try X for the admin login",
/// "creds are bob / X", "I reset it to X"; and a token alone on the line below a sentence that gives one ("here's the token:").
/// The English "password is X" is read where keys are (<see cref="NamedSecretRecognizer"/>). A value told in a sentence must look
/// chosen, not like a word of the sentence's language: a digit, a symbol or an inner capital (<see cref="SecretValues.IsStrongValue"/>),
/// random enough and no placeholder or reference (<see cref="SecretValues.LooksSecret"/>); with nothing between the noun and the value,
/// three kinds of character out of lower, upper, digit and symbol.</summary>
internal sealed partial class ProseSecretRecognizer : PiiRecognizer
{
    // A password's noun in the languages engineers write, Latin script (searched ignoring case), each word's inflected forms
    // (Passworts, hasła, contraseñas) met by letting a few letters follow it. "password" is also Italian ("la password è X"): its
    // English sentences are read elsewhere, so only Italian verbs follow it here.
    private static readonly string[] AsciiNouns =
    [
        "passwort", "kennwort", "mot de passe", "mdp", "contrasena", "clave", "senha", "wachtwoord", "haslo", "heslo", "passord",
        "adgangskode", "salasana", "kata sandi", "kata laluan", "sifre", "password",
    ];

    // The nouns of other scripts and of Latin words with accents, searched as written (their capitals listed: case-insensitive search
    // of non-ASCII strings is not vectorised).
    private static readonly string[] OtherNouns =
    [
        "contraseña", "Contraseña", "CONTRASEÑA", "hasło", "Hasło", "HASŁO", "пароль", "Пароль", "ПАРОЛЬ", "пароля", "паролем", "lösenord",
        "Lösenord", "şifre", "Şifre", "jelszó", "Jelszó", "mật khẩu", "Mật khẩu", "パスワード", "暗証番号", "密码", "密碼", "口令", "비밀번호",
        "패스워드", "암호", "токен", "Токен", "トークン", "令牌", "토큰",
    ];

    private static readonly SearchValues<string> AsciiNounSearch = SearchValues.Create(AsciiNouns, StringComparison.OrdinalIgnoreCase);
    private static readonly NonAsciiWords OtherNounSearch = new(OtherNouns);

    // The verbs and signs that join a noun to its value: "ist", "lautet", "est", "es", "é", "è", "jest", "to", "это", "je", "är",
    // "er", "on", "là", "adalah".
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "ist", "lautet", "war", "wird", "bleibt", "est", "sera", "était", "c'est", "es", "será", "era", "sigue", "é", "e", "è", "e'", "fica",
        "ficou", "sarà", "resta", "is", "wordt", "blijft", "to", "jest", "brzmi", "będzie", "это", "будет", "остаётся", "je", "bude", "är",
        "blir", "er", "on", "là", "adalah", "ialah", ":", "：", "=", "-", "—", "–", "->", "=>", "→",
    };

    // Italian verbs only after the English word.
    private static readonly HashSet<string> ItalianVerbs = new(StringComparer.OrdinalIgnoreCase) { "è", "e'", "é", "sarà", "resta" };

    // Words a sentence puts between the verb and the value ("ist jetzt X", "es ahora X", "теперь X").
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "jetzt", "nun", "neu", "maintenant", "désormais", "toujours", "ahora", "todavía", "agora", "ainda", "ora", "adesso", "ancora", "nu",
        "nog", "nå", "teraz", "nadal", "теперь", "сейчас", "всё", "ещё", "nyní", "teď", "nyt", "giờ",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ItalianVerbLookup = ItalianVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbLookup = Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    // CJK particles and verbs glued to the noun: パスワードは, 密码是, 비밀번호는, 密码改为; the longest first.
    private static readonly string[] Particles =
    [
        "已重置为", "已改为", "已改成", "设置为", "重置为", "更改为", "变更为", "改为", "改成", "设为", "就是", "也是", "は", "が", "を", "是", "为", "為",
        "는", "은", "가", "이", "를", "을", "：", ":", "=",
    ];

    private static readonly SearchValues<char> ItalianLetters = SearchValues.Create("èé'à");
    private static readonly SearchValues<char> Quotes = SearchValues.Create("`'\"«»„“”「」『』‹›");

    public override void Recognize(string text, Findings found)
    {
        FindAfterNouns(text, AsciiNounSearch, null, found);
        if (OtherNounSearch.Starts(text) is { } starts)
        {
            FindAfterNouns(text, null, starts, found);
        }

        FindEnglishForms(text, found);
        FindTokensAlone(text, found);
    }

    /// <summary>Reads each noun's sentence on its line, up to 64 characters on: a few words that qualify the noun ("für den Server
    /// db1", "de la base"), a verb or sign, an adverb, then the value; or the value right after the noun.</summary>
    private static void FindAfterNouns(string text, SearchValues<string>? nouns, List<int>? starts, Findings found)
    {
        var cursor = 0;
        for (var offset = 0; offset < text.Length;)
        {
            var at = NextNoun(text, offset, nouns, starts, ref cursor);
            if (at < 0)
            {
                return;
            }

            var end = NounEnd(text, at, out var english, out var cjk);
            offset = Math.Max(end, at + 1);
            if (end < 0)
            {
                continue;
            }

            // An English sentence is read here for Italian's verbs only: most lines with "password" hold none of their letters.
            if (english && text.AsSpan(end, Math.Min(48, text.Length - end)).IndexOfAny(ItalianLetters) < 0)
            {
                continue;
            }

            var value = cjk ? AfterParticle(text, end) : AfterVerb(text, end, english ? ItalianVerbLookup : VerbLookup, allowBare: !english);
            if (value.Length > 0)
            {
                Report(text, value.Start, value.Length, found);
                offset = Math.Max(offset, value.Start + value.Length);
            }
        }
    }

    /// <summary>The first noun at or after <paramref name="offset"/>: searched for when <paramref name="nouns"/> is given, else the
    /// next of the <paramref name="starts"/> found before; -1 when there is none.</summary>
    private static int NextNoun(string text, int offset, SearchValues<string>? nouns, List<int>? starts, ref int cursor)
    {
        if (nouns is not null)
        {
            var at = text.AsSpan(offset).IndexOfAny(nouns);
            return at < 0 ? -1 : at + offset;
        }

        return starts is null ? -1 : NonAsciiWords.Next(starts, offset, ref cursor);
    }

    /// <summary>Where the noun at <paramref name="at"/> ends, past its inflection (a few letters), or -1 when it is part of another
    /// word (a noun of Latin or Cyrillic script needs no letter before it, but German compounds keep theirs: Datenbankpasswort).</summary>
    private static int NounEnd(string text, int at, out bool english, out bool cjk)
    {
        var c = text[at];
        cjk = c >= '\u3000';
        english = false;
        var length = 0;
        // contraseña and hasło open with an ASCII letter: both lists are read.
        var first = char.ToLowerInvariant(c);
        foreach (var noun in AsciiNouns)
        {
            if (noun[0] == first && string.Compare(text, at, noun, 0, noun.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                length = noun.Length;
                english = noun == "password";
                break;
            }
        }

        foreach (var noun in OtherNouns)
        {
            if (length == 0 && char.ToLowerInvariant(noun[0]) == first && string.Compare(text, at, noun, 0, noun.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                length = noun.Length;
            }
        }

        if (length == 0)
        {
            return -1;
        }

        if (cjk)
        {
            return at + length;
        }

        var compound = c is 'p' or 'P' or 'k' or 'K' && text.AsSpan(at, length).Contains("wort", StringComparison.OrdinalIgnoreCase);
        if (at > 0 && char.IsLetter(text[at - 1]) && !compound)
        {
            return -1;
        }

        var end = at + length;
        for (var i = 0; i < 3 && end < text.Length && char.IsLetter(text[end]); i++)
        {
            end++;
        }

        return end < text.Length && char.IsLetter(text[end]) ? -1 : end;
    }

    /// <summary>The value after a Latin or Cyrillic noun: up to five qualifying words, a verb, an adverb, the value; or, with
    /// <paramref name="allowBare"/>, the first word right after the noun when it has the shape of a chosen password.</summary>
    private static (int Start, int Length) AfterVerb(string text, int from, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verbs, bool allowBare)
    {
        var lineEnd = LineEnd(text, from, 160);
        var i = from;
        var sawVerb = false;
        for (var word = 0; word < 8; word++)
        {
            var (start, length) = NextWord(text, ref i, lineEnd);
            if (length == 0)
            {
                return default;
            }

            var w = text.AsSpan(start, length);
            // "Passwort:", "hasło —": the sign closes the noun's words.
            var glued = allowBare && !sawVerb && length > 1 && w[^1] is ':' or '：';
            if (sawVerb)
            {
                if (AdverbLookup.Contains(w.TrimEnd(":,")))
                {
                    continue;
                }

                // A quote standing apart (« X ») opens the value.
                if (Unquoted(text, start, length).Length == 0)
                {
                    continue;
                }

                return Unquoted(text, start, length);
            }

            if (word == 0 && allowBare && !glued && IsChosen(Unquoted(text, start, length), text))
            {
                return Unquoted(text, start, length);
            }

            if (verbs.Contains(w) || glued)
            {
                sawVerb = true;
                continue;
            }

            // Qualifying words are short and the noun's sentence is short: a comma or a full stop ends it.
            if (i - from > 64 || w[^1] is ',' or '.' or ';')
            {
                return default;
            }
        }

        return default;
    }

    /// <summary>The value after a CJK noun and its particle (パスワードは, 密码是：, 비밀번호는), glued or after blanks and a quote.</summary>
    private static (int Start, int Length) AfterParticle(string text, int from)
    {
        var i = from;
        while (i < text.Length && i - from < 3 && text[i] is ' ' or '\u3000')
        {
            i++;
        }

        foreach (var particle in Particles)
        {
            if (string.CompareOrdinal(text, i, particle, 0, particle.Length) == 0)
            {
                i += particle.Length;
                if (i < text.Length && text[i] is '：' or ':')
                {
                    i++;
                }

                var lineEnd = LineEnd(text, i, 140);
                var (start, length) = NextWord(text, ref i, lineEnd);
                return length == 0 ? default : Unquoted(text, start, length);
            }
        }

        return default;
    }

    /// <summary>The next run of characters up to a blank, an ideograph or the line's end (at most 128), after at most three blanks.</summary>
    private static (int Start, int Length) NextWord(string text, ref int i, int lineEnd)
    {
        var skipped = 0;
        while (i < lineEnd && text[i] is ' ' or '\t' or '\u3000' && skipped++ < 3)
        {
            i++;
        }

        var start = i;
        while (i < lineEnd && i - start < 129 && text[i] is not (' ' or '\t' or '\u3000') && (text[i] < '\u3000' || Quotes.Contains(text[i])))
        {
            i++;
        }

        return i - start is 0 or > 128 ? default : (start, i - start);
    }

    /// <summary>A word without its quotes and the sentence's closing punctuation.</summary>
    private static (int Start, int Length) Unquoted(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && Quotes.Contains(text[start]))
        {
            start++;
        }

        // A sentence inside JSON ends the value with the string's quote and the object's brace ({"text": "… ist X"}).
        while (end > start && (Quotes.Contains(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '?' or ')' or ']' or '}' or '。' or '、'))
        {
            end--;
        }

        return (start, end - start);
    }

    private static int LineEnd(string text, int from, int window)
    {
        var limit = Math.Min(text.Length, from + window);
        var newline = text.AsSpan(from, limit - from).IndexOfAny('\n', '\r');
        return newline < 0 ? limit : from + newline;
    }

    /// <summary>Whether a value a sentence tells is a secret: unlike a word (<see cref="SecretValues.IsStrongValue"/>), no shouted word
    /// (ABGELAUFEN), address, e-mail or link, and random enough for a chosen password.</summary>
    private static bool IsSecret(ReadOnlySpan<char> value) =>
        value.Length is >= 6 and <= 128 && !value.ContainsAnyExceptInRange('!', '~') && SecretValues.IsStrongValue(value) && value.ContainsAnyExcept(WordCharacters)
        && (value.ContainsAnyExceptInRange('A', 'Z') || value.Length > 12) && !IsAddress(value) && SecretValues.LooksSecret(value, 1.5);

    /// <summary>A value with nothing between it and its noun (новый пароль X) or its verb's object (try X for the admin login): three
    /// kinds of character of lower, upper, digit and symbol (the separators of names, - . _ / :, count for none: prod-db-01 is a host).</summary>
    private static bool IsChosen((int Start, int Length) value, string text)
    {
        var v = text.AsSpan(value.Start, value.Length);
        if (!IsSecret(v))
        {
            return false;
        }

        var kinds = (v.ContainsAnyInRange('a', 'z') ? 1 : 0) + (v.ContainsAnyInRange('A', 'Z') ? 1 : 0) + (v.ContainsAnyInRange('0', '9') ? 1 : 0)
            + (v.ContainsAnyExcept(NameCharacters) ? 1 : 0);
        return kinds >= 3;
    }

    // An apostrophe joins a word to its suffix (Vault'ta, don't): a word with one is still a word, and it counts for no symbol.
    private static readonly SearchValues<char> NameCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._/:'");
    private static readonly SearchValues<char> WordCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'");

    /// <summary>An e-mail address, a link or a path: what a sentence points to, not what it tells.</summary>
    private static bool IsAddress(ReadOnlySpan<char> value) =>
        value.Contains("://", StringComparison.Ordinal) || value.IndexOf('@') is var at and > 0 && value[(at + 1)..].Contains('.')
        || value[0] is '/' or '~' or '<' or '$' or '%' or '{' or '#';

    private static void Report(string text, int start, int length, Findings found)
    {
        var value = text.AsSpan(start, length);
        if (IsSecret(value))
        {
            found.Add(PiiType.GenericSecret, start, start + length, Checks.Entropy(value) >= 3.0 ? 0.85 : 0.7);
        }
    }

    private static void ReportChosen(Group value, string text, Findings found)
    {
        var (start, length) = Unquoted(text, value.Index, value.Length);
        if (length > 0 && IsChosen((start, length), text))
        {
            found.Add(PiiType.GenericSecret, start, start + length, 0.8);
        }
    }
}
