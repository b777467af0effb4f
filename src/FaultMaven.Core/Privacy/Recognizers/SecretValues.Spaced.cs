using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A quoted value holding blanks after a secret's key or flag (<c>PGPASSWORD="Qz7v K2mX9pL4"</c>, <c>password: "p@ss w0rd!"</c>,
/// <c>--password 'a b c'</c>, a passphrase <c>"maple river lantern"</c>): the quotes say where it ends. Told from a sentence quoted there
/// (<c>"must be at least 12 characters"</c>, <c>"see vault"</c>, <c>"Invalid credentials"</c>), which describes the secret or its absence.</summary>
internal static partial class SecretValues
{
    // English's closed classes (articles, auxiliaries, prepositions, pronouns, conjunctions): a sentence holds one, a passphrase of
    // chosen words seldom does; one spoken as a sentence ("my dog is named rex") may, and is told by the words below it lacks.
    private static readonly HashSet<string> SentenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "at", "in", "on", "of", "to", "from",
        "with", "by", "as", "into", "than", "and", "or", "but", "if", "it", "its", "this", "that", "these", "those", "my", "me", "we", "our",
        "us", "he", "she", "they", "them", "their", "his", "her", "has", "have", "had", "very", "when", "which", "who", "what", "how", "all",
        "every", "any",
    };

    // Words that make quoted text a rule, an absence or a pointer rather than a secret: modals and negation, words that point elsewhere
    // (see, ask, via), a field's state as validation messages word it. Quoted text holding one is never read as a passphrase.
    private static readonly HashSet<string> AboutWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "must", "should", "shall", "will", "would", "can", "cannot", "could", "may", "might", "not", "no", "never", "none", "least", "most",
        "for", "without", "via", "per", "please", "your", "you", "too", "only", "where", "see", "use", "ask", "check", "refer",
        // A field's state or a rule about it, as validation messages and policies word it ("required field missing").
        "required", "missing", "invalid", "incorrect", "wrong", "empty", "blank", "expired", "unknown", "denied", "failed", "error", "mismatch",
        "short", "long", "weak", "characters", "chars", "length",
    };

    // Words that describe a secret, where it is kept or how it is handled (the admin password, stored in the vault, the one from last
    // week, rotated monthly): plain words holding one are no passphrase. A word of chosen shape beside them still is a secret's.
    private static readonly HashSet<string> DescriptionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwords", "passphrase", "passwd", "secret", "secrets", "token", "tokens", "key", "keys", "credential", "credentials",
        "pin", "login", "account", "user", "username", "admin", "value", "field", "entries", "one", "same", "default", "usual", "above", "below",
        "here", "there", "later", "elsewhere", "env", "environment", "vault", "file", "folder", "drive", "wiki", "docs", "page", "ticket",
        "notes", "place", "location", "team", "shared", "manager", "keychain", "used", "enter", "type", "fill", "replace", "insert", "contact",
        "set", "unset", "stored", "kept", "lives", "provided", "managed", "configured", "generated", "defined", "found", "located", "saved",
        "sent", "given", "rotate", "rotated", "changed", "reset", "updated", "removed", "hidden", "masked", "redacted", "omitted", "differ",
        "different", "similar", "common", "match", "matches", "contain", "contains", "include", "includes", "digit", "digits", "letter",
        "letters", "symbol", "symbols", "number", "uppercase", "lowercase", "special", "optional", "example", "sample", "dummy", "fake",
        "placeholder", "todo", "tbd", "null", "nil", "daily", "weekly", "monthly", "week", "month", "day", "last", "previous", "old", "new",
    };

    // A preposition first makes the words a place ("in the usual place", "from the ops vault"), not a passphrase.
    private static readonly HashSet<string> PlaceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "from", "under", "inside", "behind", "with", "by", "into",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceWordsBySpan = SentenceWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AboutWordsBySpan = AboutWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptionWordsBySpan = DescriptionWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceOpenersBySpan = PlaceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly SearchValues<char> Blanks = SearchValues.Create(" \t");
    private static readonly SearchValues<char> FieldName = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    /// <summary>The end (where the closing quote and its backslashes start) of a quoted value that goes on past a blank: the quote at
    /// <paramref name="opener"/> closes at the same quote with as many backslashes before it (JSON inside a JSON string), on the same
    /// line, within 256 characters, followed by the end of an argument or a field. -1 when it does not close so, or holds no blank.</summary>
    public static int QuotedRunEnd(string text, int opener, int from)
    {
        var quote = text[opener];
        var escapes = 0;
        while (opener - escapes > 0 && text[opener - escapes - 1] == '\\')
        {
            escapes++;
        }

        var limit = Math.Min(text.Length, opener + 257);
        var word = from;
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                return -1;
            }

            // A word after a blank that assigns (deploy_version=2.14.1) makes the quoted text a list of fields
            // (--extra-vars "db_password=X app_version=3"): the value ended at the blank.
            if (c is ' ' or '\t')
            {
                word = i + 1;
            }
            else if (c == '=' && i > word && char.IsAsciiLetter(text[word]) && !text.AsSpan(word, i - word).ContainsAnyExcept(FieldName))
            {
                return -1;
            }

            if (c != quote)
            {
                continue;
            }

            var slashes = 0;
            while (text[i - slashes - 1] == '\\')
            {
                slashes++;
            }

            // A quote with fewer backslashes than the opener's closes an outer string: the value never closed.
            if (slashes < escapes)
            {
                return -1;
            }

            if (slashes > escapes)
            {
                continue;
            }

            var after = TextContext.CharAt(text, i + 1);
            var closes = after is ' ' or '\t' or '\r' or '\n' or ',' or ';' or '}' or ']' or ')' or '\\' or '|' or '&';
            return closes && text.AsSpan(opener + 1, i - opener - 1).ContainsAny(Blanks) ? i - slashes : -1;
        }

        return -1;
    }

    /// <summary>Reports a quoted value holding blanks as a secret when its key does not describe one and the value is no sentence
    /// and no placeholder. <paramref name="argument"/>: a command's argument (<c>--password 'a b c'</c>), which the shell hands over
    /// whole whatever its words, so only a reference or a placeholder is left alone.</summary>
    /// <returns>Whether the value was judged (a secret, or a reference, mask or placeholder): the caller reads nothing more of it. Not
    /// judged: a scheme's word before a credential (<c>"Bearer …"</c>), left to the readers of credentials, and words that are no
    /// passphrase, whose first word the caller judges as a value of its own.</returns>
    public static bool ConsiderSpaced(ReadOnlySpan<char> key, int index, ReadOnlySpan<char> value, Findings found, bool argument = false)
    {
        if (IsDescriptive(key) || NamesPublic(key) || NamesExisting(key))
        {
            return true;
        }

        var trimmed = value.Trim(" \t");
        // An authorization scheme's word before its credential (Bearer …, Basic …): the credential readers take it.
        var first = trimmed.IndexOfAny(Blanks) is var blank and > 0 ? trimmed[..blank] : trimmed;
        if (first.Equals("bearer", StringComparison.OrdinalIgnoreCase) || first.Equals("basic", StringComparison.OrdinalIgnoreCase)
            || first.Equals("token", StringComparison.OrdinalIgnoreCase) || first.Equals("digest", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (trimmed.IsEmpty || Checks.Placeholder(trimmed) || trimmed.Contains("$(", StringComparison.Ordinal) || trimmed.Contains('`')
            || trimmed[0] == '$' || StartsMaskOrSlot(trimmed))
        {
            return true;
        }

        // A description given where the argument goes ("the password for the admin user"), as help texts and examples show it.
        if (argument && DescribesSecret(trimmed))
        {
            return true;
        }

        if (argument || LooksSpacedSecret(trimmed))
        {
            found.Add(PiiType.GenericSecret, index, index + value.Length, 0.8);
            return true;
        }

        // Not a passphrase by its words (a short one, "letmein now", or words a sentence holds, "Winter2024 is here"): the value up to
        // the blank is judged as before, so that a password a quoted phrase begins with is not shown whole.
        return false;
    }

    /// <summary>Words chosen as a secret, not a sentence: no closed-class word, not ended as a sentence; a word no dictionary holds
    /// (letters mixed with digits, symbols inside, capitals past the first letter), or at least three words all in lower case or all
    /// capitalised (a passphrase), not a capital-first sentence (<c>Invalid credentials</c>) nor capitals alone (<c>NOT SET</c>).</summary>
    private static bool LooksSpacedSecret(ReadOnlySpan<char> value)
    {
        if (value.Length < 6 || value[^1] is '.' or '?' || Checks.Entropy(value) < 2.5)
        {
            return false;
        }

        int words = 0, chosen = 0, lower = 0, capitalised = 0, numbers = 0, closed = 0, described = 0;
        var place = false;
        foreach (var range in value.SplitAny(" \t"))
        {
            var word = value[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            var bare = word.TrimEnd(",:;");
            if (AboutWordsBySpan.Contains(bare))
            {
                return false;
            }

            place |= words == 1 && PlaceOpenersBySpan.Contains(bare);
            if (SentenceWordsBySpan.Contains(bare))
            {
                closed++;
            }
            else if (DescriptionWordsBySpan.Contains(bare))
            {
                described++;
            }

            var core = word.TrimEnd("!,:;");
            if (core.IsEmpty || IsChosenWord(core))
            {
                chosen++;
            }
            else if (!core.ContainsAnyExceptInRange('a', 'z'))
            {
                lower++;
            }
            else if (char.IsAsciiLetterUpper(core[0]) && !core[1..].ContainsAnyExceptInRange('a', 'z'))
            {
                capitalised++;
            }
            else if (!core.ContainsAnyExceptInRange('0', '9'))
            {
                numbers++;
            }
        }

        // A passphrase spoken as a sentence ("my dog is named rex", "we ride at dawn tomorrow"): four words or more, all in lower case,
        // none about the secret; a sentence of its own words is no description and no rule.
        if (closed > 0)
        {
            return chosen == 0 && described == 0 && !place && capitalised == 0 && words >= 4 && lower + numbers == words;
        }

        // Numbers besides the words ("Cobalt Heron 81", "violet 7 anchor") leave the decision to the words; capitals alone (NOT SET,
        // HIDDEN VALUE) are a label, and a capital-first sentence mixes the two kinds.
        return chosen > 0
            || described == 0 && words >= 3 && lower + capitalised >= 2 && (capitalised == 0 || lower == 0) && lower + capitalised + numbers == words;
    }

    /// <summary>Text that describes a secret rather than being one: three words or more in lower case, one of them a word a sentence
    /// holds and one a word about secrets (<c>the password for the admin user</c>, <c>passphrase for the key file</c>).</summary>
    private static bool DescribesSecret(ReadOnlySpan<char> value)
    {
        int words = 0, closed = 0, about = 0;
        foreach (var range in value.SplitAny(" \t"))
        {
            var word = value[range].Trim("(),:;");
            if (word.IsEmpty)
            {
                continue;
            }

            if (word.ContainsAnyExceptInRange('a', 'z'))
            {
                return false;
            }

            words++;
            closed += SentenceWordsBySpan.Contains(word) ? 1 : 0;
            about += AboutWordsBySpan.Contains(word) || DescriptionWordsBySpan.Contains(word) ? 1 : 0;
        }

        return words >= 3 && about > 0 && closed + about >= 2;
    }

    /// <summary>A word no sentence holds: letters and digits mixed, a symbol inside it, or a capital past its first letter.</summary>
    private static bool IsChosenWord(ReadOnlySpan<char> core) =>
        core.ContainsAny(Letters) && core.ContainsAnyInRange('0', '9') || core.ContainsAnyExcept(LettersAndDigits)
        || core[1..].ContainsAnyInRange('A', 'Z') && core.ContainsAnyInRange('a', 'z');

    private static readonly SearchValues<char> LettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}
