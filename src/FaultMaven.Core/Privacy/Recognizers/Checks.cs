using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>The validations that turn a pattern match into a finding: check digits, issued ranges, structure and entropy.</summary>
internal static class Checks
{
    // Words a template or a document puts where a secret goes. A value made of these alone is a placeholder.
    private static readonly string[] PlaceholderVocabulary =
    [
        "your", "my", "the", "example", "sample", "dummy", "fake", "placeholder", "redacted", "masked", "hidden", "sensitive", "secret",
        "change", "changeme", "me", "replace", "here", "insert", "enter", "put", "todo", "fixme", "tbd", "xxx", "x", "foo", "bar",
        "password", "passwd", "pass", "pw", "pwd", "token", "user", "username", "key", "api", "apikey", "value", "none", "null", "goes",
        "some", "random", "string", "access", "private", "auth", "client", "db", "database",
    ];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly SearchValues<char> TemplateCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_. ");
    private static readonly SearchValues<char> PhraseCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz-_");
    private static readonly SearchValues<char> MaskCharacters = SearchValues.Create("*•.#-");

    /// <summary>Gets whether the digits of <paramref name="value"/> (other characters skipped) pass the Luhn check.</summary>
    public static bool Luhn(ReadOnlySpan<char> value)
    {
        int sum = 0, count = 0;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                continue;
            }

            var digit = value[i] - '0';
            if (count++ % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return count > 0 && sum % 10 == 0;
    }

    /// <summary>Gets whether a compact IBAN (no spaces, upper case) has its country's length and valid mod-97 check digits.</summary>
    public static bool Iban(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 15 || !IbanLengths.TryGetValue(compact[..2].ToString(), out var length) || compact.Length != length)
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < compact.Length; i++)
        {
            var c = compact[(i + 4) % compact.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>Gets whether area, group and serial are in the ranges the SSA issues (no 000, 666 or 9xx area, no 00 group, no 0000 serial).</summary>
    public static bool UsSsn(int area, int group, int serial) =>
        area is > 0 and < 900 and not 666 && group > 0 && serial > 0;

    /// <summary>Gets the Shannon entropy of a value in bits per character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Entropy(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        Span<int> counts = stackalloc int[128];
        var other = 0;
        foreach (var c in value)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double entropy = 0;
        foreach (var n in counts)
        {
            if (n > 0)
            {
                var p = (double)n / value.Length;
                entropy -= p * Math.Log2(p);
            }
        }

        if (other > 0)
        {
            var p = (double)other / value.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    /// <summary>Gets whether a value is wholly a placeholder, mask or template reference rather than a real secret: a reference
    /// (<see cref="SyntacticPlaceholder"/>) or a value made of placeholder words alone (<c>changeme</c>, <c>your-api-key</c>,
    /// <c>YOUR_TOKEN_HERE</c>). A real value that merely contains such a word (<c>Changeme!2024</c>, <c>AKIAIOSFODNN7EXAMPLE</c>) is not one.</summary>
    public static bool Placeholder(ReadOnlySpan<char> value)
    {
        if (SyntacticPlaceholder(value) || PlaceholderWords(value))
        {
            return true;
        }

        // "your-sendgrid-key-here", "YOUR_STRIPE_SECRET_HERE": a template's words around the name of what belongs there; an instruction
        // to replace the value spelled as a phrase ("change-me-in-production", "replace_me_before_deploy").
        if (TemplateAround(value) || InstructionPhrase(value))
        {
            return true;
        }

        // A vendor's prefix before placeholder words: xoxb-your-token-here, sk_live_your_key.
        for (var i = 0; i < Math.Min(value.Length - 1, 12); i++)
        {
            if (value[i] is '-' or '_' && PlaceholderWords(value[(i + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a value is a phrase of at least three lower-case words joined by one separator that opens with an instruction
    /// to replace it ("change me", "replace me", "set me", "fill me"): a sentence written where a value belongs. A chosen password holds
    /// a digit, a capital or a symbol, or is one or two words (<c>changeme</c> alone is still a password).</summary>
    private static bool InstructionPhrase(ReadOnlySpan<char> value)
    {
        if (value.Length is < 12 or > 64 || value.ContainsAnyExcept(PhraseCharacters) || value.IndexOfAny('-', '_') is var at && at < 0)
        {
            return false;
        }

        var separator = value[at];
        if (value.Count(separator) < 2 || value.Contains(separator == '-' ? '_' : '-'))
        {
            return false;
        }

        foreach (var verb in (ReadOnlySpan<string>)["change", "replace", "set", "fill", "update"])
        {
            var n = verb.Length;
            if (value.StartsWith(verb, StringComparison.Ordinal) && value[n] == separator && value[n + 1] == 'm' && value[n + 2] == 'e' && value[n + 3] == separator)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a value of letters and separators (blanks too: a sample file's "put your unique phrase here") opens with
    /// "your"/"insert"/"enter"/"put" and closes with "here".</summary>
    private static bool TemplateAround(ReadOnlySpan<char> value)
    {
        if (value.Length > 64 || value.ContainsAnyExcept(TemplateCharacters))
        {
            return false;
        }

        var opens = false;
        foreach (var word in (ReadOnlySpan<string>)["your", "insert", "enter", "put"])
        {
            opens |= value.Length > word.Length + 5 && value.StartsWith(word, StringComparison.OrdinalIgnoreCase) && value[word.Length] is '-' or '_' or '.' or ' ';
        }

        return opens && value.EndsWith("here", StringComparison.OrdinalIgnoreCase) && value[^5] is '-' or '_' or '.' or ' ';
    }

    /// <summary>A variable's name, then ";" and more (<c>$ANSIBLE_VAULT;Summer2024!</c>): a value that starts like a reference and goes
    /// on is not one.</summary>
    private static bool HoldsMoreAfterVariable(ReadOnlySpan<char> value)
    {
        var end = 1;
        while (end < value.Length && (char.IsAsciiLetterOrDigit(value[end]) || value[end] == '_'))
        {
            end++;
        }

        return end < value.Length - 1 && value[end] == ';';
    }

    /// <summary>Gets whether the text of a value outside its shell expansions (<c>$X</c>, <c>${X}</c>) is chosen: a prefix from the
    /// environment and a password typed after it (<c>$STAGE-Summer!2031</c>) is still the password. Chosen: six or more characters,
    /// a letter and a digit or symbol, no path or blank (<c>${HOST}:5432</c>, <c>${A}.example.com</c>, <c>${HOME}/.pw</c> are templates).</summary>
    internal static bool ChosenAroundExpansions(ReadOnlySpan<char> value)
    {
        int length = 0, letters = 0, marks = 0;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c == '$' && i + 1 < value.Length && value[i + 1] == '{')
            {
                var close = value[i..].IndexOf('}');
                if (close < 0)
                {
                    return false;
                }

                i += close + 1;
                continue;
            }

            if (c == '$' && i + 1 < value.Length && (char.IsAsciiLetter(value[i + 1]) || value[i + 1] == '_'))
            {
                i++;
                while (i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] == '_'))
                {
                    i++;
                }

                continue;
            }

            if (c is '/' or '\\' or ' ' or '\t' or '{' or '}')
            {
                return false;
            }

            length++;
            letters += char.IsAsciiLetter(c) ? 1 : 0;
            marks += char.IsAsciiDigit(c) || !char.IsAsciiLetter(c) && c is not ('-' or '_' or '.' or ':' or '@') ? 1 : 0;
            i++;
        }

        return length >= 6 && letters > 0 && marks > 0;
    }

    /// <summary>Gets whether a value is a reference or a mask by its form alone (<c>${DB_PASSWORD}</c>, <c>{{ .Values.x }}</c>,
    /// <c>&lt;your-key&gt;</c>, <c>$SECRET</c>, <c>****</c>, <c>xxxx</c>): what a connection string may hold without holding a password,
    /// where even <c>changeme</c> is a password someone set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool SyntacticPlaceholder(ReadOnlySpan<char> value)
    {
        // An expansion is the value's source unless chosen text goes on around it (${PREFIX}Summer!2024: a prefix from the environment).
        if (value.IsEmpty || value.Contains("${", StringComparison.Ordinal) && !ChosenAroundExpansions(value) || value.Contains("{{", StringComparison.Ordinal)
            || value.Contains("$(", StringComparison.Ordinal) || value.Contains("%(", StringComparison.Ordinal) || value.Contains("}}", StringComparison.Ordinal)
            || value[0] == '<' || value.StartsWith("&lt;", StringComparison.Ordinal) || value[0] == '$' && value.Length > 1 && (char.IsAsciiLetterUpper(value[1]) || value[1] == '_') && !HoldsMoreAfterVariable(value) && !ChosenAroundExpansions(value))
        {
            return true;
        }

        // A mask such as ******** or ••••, or one character repeated.
        var distinct = 0;
        Span<bool> seen = stackalloc bool[128];
        foreach (var c in value)
        {
            if (c >= 128 || !seen[c])
            {
                distinct++;
                if (c < 128)
                {
                    seen[c] = true;
                }
            }
        }

        return distinct <= 2 || !value.ContainsAnyExcept(MaskCharacters);
    }

    /// <summary>Gets whether a value is made of placeholder words alone, joined or not by separators (<c>your_password_here</c>,
    /// <c>yourkeyhere</c>, <c>REPLACE-ME</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PlaceholderWords(ReadOnlySpan<char> value)
    {
        if (value.Length > 64)
        {
            return false;
        }

        Span<char> letters = stackalloc char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetter(c))
            {
                letters[n++] = char.ToLowerInvariant(c);
            }
            else if (c is not ('-' or '_' or '.' or ' ' or '[' or ']' or '(' or ')'))
            {
                return false; // a digit or a symbol: chosen, not a word from a template
            }
        }

        // Can the letters be cut into placeholder words? (reachable[i]: the first i letters can.)
        Span<bool> reachable = stackalloc bool[n + 1];
        reachable[0] = n > 0;
        for (var i = 0; i < n; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            foreach (var word in PlaceholderVocabulary)
            {
                if (letters[i..n].StartsWith(word, StringComparison.Ordinal))
                {
                    reachable[i + word.Length] = true;
                }
            }
        }

        return reachable[n];
    }

    /// <summary>Decodes standard or URL-safe base64 (padding optional) into UTF-8 text, or returns null.</summary>
    public static string? DecodeBase64(ReadOnlySpan<char> value, int maxChars = 8192)
    {
        if (value.Length < 4 || value.Length > maxChars)
        {
            return null;
        }

        Span<char> normal = value.Length <= 1024 ? stackalloc char[value.Length + 3] : new char[value.Length + 3];
        var n = 0;
        foreach (var c in value)
        {
            normal[n++] = c switch { '-' => '+', '_' => '/', _ => c };
        }

        while (n % 4 != 0)
        {
            normal[n++] = '=';
        }

        var size = (n / 4) * 3;
        Span<byte> bytes = size <= 1024 ? stackalloc byte[size] : new byte[size];
        if (!Convert.TryFromBase64Chars(normal[..n], bytes, out var written))
        {
            return null;
        }

        // Most base64 runs in logs decode to binary, not text: validating the bytes first spares a thrown exception per run.
        return Utf8.IsValid(bytes[..written]) ? StrictUtf8.GetString(bytes[..written]) : null;
    }

    /// <summary>Gets whether a value is a UUID, which names a thing rather than unlocking it.</summary>
    public static bool Uuid(ReadOnlySpan<char> value) => value.Length == 36 && Guid.TryParse(value, out _);

    private static readonly Dictionary<string, int> IbanLengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22,
        ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18, ["DO"] = 28,
        ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23,
        ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26,
        ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20,
        ["LV"] = 21, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NL"] = 18,
        ["NO"] = 15, ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["SA"] = 24,
        ["SC"] = 31, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["ST"] = 25, ["SV"] = 28, ["TL"] = 23, ["TN"] = 24,
        ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
    };
}
