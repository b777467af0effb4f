using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A name kept in parts (issue 18, unseen5): a given name or a surname alone as the value of a field named for it — JSON
/// <c>"first_name": "…"</c>, <c>"lastName":"…"</c>, a form body's <c>given_name=…&amp;</c> — and a full name in a form body written with
/// <c>+</c> for its blanks (<c>cardholder_name=First+Last</c>). A part is one word or a surname with its particles (<c>van der Berg</c>,
/// <c>O'Sullivan</c>, <c>Müller-Lüdenscheidt</c>); the field name decides, so no list of names is consulted.</summary>
internal sealed partial class PersonRecognizer
{
    private static readonly SearchValues<string> PartFieldAnchors = SearchValues.Create(
        ["first_name", "firstname", "first-name", "last_name", "lastname", "last-name", "given_name", "givenname", "surname", "family_name", "familyname",
         "middle_name", "middlename", "cardholder_name", "holder_name", "full_name", "customer_name"], StringComparison.OrdinalIgnoreCase);

    private static void FindNameParts(string text, Findings found)
    {
        foreach (var match in Anchors.Matches(text, PartFieldAnchors, NamePartFieldPattern()))
        {
            // The field's name must start there (not "lastname_updated_at" nor "hostname"): the character before it opens a key.
            var before = TextContext.CharBefore(text, match.Index);
            if (char.IsAsciiLetterOrDigit(before))
            {
                continue;
            }

            var value = match.Groups["value"];
            if (IsNamePart(value.ValueSpan))
            {
                found.Add(PiiType.Person, value.Index, value.Index + value.Length, 0.85);
            }
        }
    }

    private static readonly SearchValues<string> DisplayNameAnchors = SearchValues.Create(["<sip:", "<sips:", "<tel:", "callerid"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A SIP display name: the quoted phrase before an address of record (<c>From: "First Last" &lt;sip:…&gt;</c>) and an
    /// Asterisk <c>callerid="First Last" &lt;1001&gt;</c>. The quotes and the address beside them say it is how a caller is shown.</summary>
    private static void FindDisplayNames(string text, Findings found)
    {
        for (var offset = 0; offset < text.Length && text.AsSpan(offset).IndexOfAny(DisplayNameAnchors) is var at and >= 0;)
        {
            var anchor = offset + at;
            offset = anchor + 4;
            if (text[anchor] != '<')
            {
                if (CallerIdPattern().Match(text, anchor) is { Success: true } callerId && IsDisplayName(callerId.Groups["value"].ValueSpan))
                {
                    found.Add(PiiType.Person, callerId.Groups["value"].Index, callerId.Groups["value"].Index + callerId.Groups["value"].Length, 0.85);
                }

                continue;
            }

            var close = anchor;
            while (close > 0 && anchor - close < 3 && text[close - 1] is ' ' or '\t')
            {
                close--;
            }

            if (close == 0 || text[close - 1] != '"')
            {
                continue;
            }

            // The opening quote, on the same line and at most 64 characters back.
            var open = close - 2;
            while (open >= 0 && close - 1 - open <= 64 && text[open] is not ('"' or '\n'))
            {
                open--;
            }

            if (open >= 0 && text[open] == '"' && close - 1 - open > 1 && IsDisplayName(text.AsSpan(open + 1, close - 2 - open)))
            {
                found.Add(PiiType.Person, open + 1, close - 1, 0.85);
            }
        }
    }

    /// <summary>A display name names a person when it is two to four name words, none of them a team's, product's or desk's word
    /// (<c>Billing Support</c>, <c>Reception</c> and <c>2207</c> show a line, not a caller).</summary>
    private static bool IsDisplayName(ReadOnlySpan<char> value)
    {
        if (!IsNamePart(value) || value.IndexOf(' ') < 0)
        {
            return false;
        }

        foreach (var range in value.Split(' '))
        {
            if (NotNames.Contains(value[range].ToString()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One to four words of letters (any script), each a capitalised word, a particle (van, de, der, la, al, bin) or joined by a
    /// hyphen or apostrophe; "+" stands for a blank in a form body. Not a placeholder (<c>null</c>, <c>John Doe</c> still counts).</summary>
    private static bool IsNamePart(ReadOnlySpan<char> value)
    {
        if (value.Length is < 2 or > 48 || !char.IsUpper(value[0]) && !char.IsLower(value[0]))
        {
            return false;
        }

        var words = 0;
        var capitalised = false;
        foreach (var range in value.SplitAny(' ', '+'))
        {
            var word = value[range];
            if (word.IsEmpty || ++words > 4)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '.' or '’'))
                {
                    return false;
                }
            }

            capitalised |= char.IsUpper(word[0]) && word.Length >= 2 && word[1..].ContainsAnyExceptInRange('A', 'Z');
        }

        return capitalised;
    }

    [GeneratedRegex(@"\G(?i:callerid)[ \t]{0,3}=[ \t]{0,3}""(?<value>[^""\r\n<>]{2,64})""[ \t]{0,3}<", RegexOptions.CultureInvariant)]
    private static partial Regex CallerIdPattern();

    // The field (its name, closing quote or bracket), ":" or "=", an optional quote, the value to its quote, "&" or the line's end.
    // Blanks before the colon pad a property listing's keys to one width (PowerShell Format-List: "GivenName    : Ana").
    [GeneratedRegex(@"\G[\w-]{1,20}(?:\\{0,7}[""'])?\]?[ \t]{0,32}(?::|=)[ \t]{0,3}(?:\\{0,7}[""'])?(?<value>[^""'\\&\r\n,;<>{}]{1,64}?)(?=\\{0,7}[""']|&|[ \t]*(?:\r?\n|$|,|;))", RegexOptions.CultureInvariant)]
    private static partial Regex NamePartFieldPattern();
}
