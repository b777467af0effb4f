namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A person's name as the value of a field that holds one (issue 18, unseen4): JSON <c>"name" : "…"</c> (spaced or escaped),
/// LDIF <c>cn: …</c>, <c>employee=…</c>, XML <c>&lt;displayName&gt;…</c> and SAML's
/// <c>&lt;Attribute Name="displayName"&gt;&lt;AttributeValue&gt;…</c>.</summary>
internal sealed partial class PersonRecognizer
{
    // Field names (letters and digits only, lower case) whose value is a person's full name; "username", "hostname", "filename" are not.
    private static readonly HashSet<string> PersonFields = new(StringComparer.Ordinal)
    {
        "name", "fullname", "displayname", "cn", "commonname", "employee", "employeename", "customer", "customername", "contactname", "personname",
        "holder", "holdername", "accountholder", "cardholder", "cardholdername", "ownername", "recipient", "recipientname", "patientname", "membername",
        "realname", "legalname", "clientname", "applicant", "beneficiary", "beneficiaryname", "payee", "payeename", "gecos", "signer", "requester",
        "passenger", "passengername", "traveler", "traveller", "travelername", "guestname",
    };

    // The displayName attribute's object identifier, as SAML assertions often name it.
    private const string DisplayNameOid = "2.16.840.1.113730.3.1.241";

    /// <summary>Gets whether the name at <paramref name="start"/> is the value of a field named for a person. The look back is bounded
    /// (a few quotes and blanks, a key of at most 40 characters, a tag of at most 200), so no text is read again per candidate.</summary>
    private static bool NamedByField(string text, int start)
    {
        var i = SkipQuotes(text, start);
        if (i == 0)
        {
            return false;
        }

        return text[i - 1] switch
        {
            ':' or '=' => PersonFields.Contains(Compact(KeyBefore(text, SkipQuotes(text, i - 1)))),
            '>' => NamedByElement(text, i - 1),
            _ => false,
        };
    }

    /// <summary>An element's text: its own name names a person (<c>&lt;fullName&gt;</c>), or it is a generic value element
    /// (<c>AttributeValue</c>, <c>value</c>) inside a tag whose Name or FriendlyName attribute names one.</summary>
    private static bool NamedByElement(string text, int close)
    {
        var tag = TagBefore(text, close);
        if (tag.IsEmpty || tag[0] == '/')
        {
            return false;
        }

        var name = tag[..(tag.IndexOfAny(' ', '\t') is var space and >= 0 ? space : tag.Length)];
        name = name[(name.LastIndexOf(':') + 1)..];
        var local = Compact(name);
        if (PersonFields.Contains(local))
        {
            return true;
        }

        if (local is not ("attributevalue" or "value"))
        {
            return false;
        }

        var open = close - tag.Length - 1;
        var outer = SkipBlanks(text, open);
        if (outer == 0 || text[outer - 1] != '>')
        {
            return false;
        }

        var parent = TagBefore(text, outer - 1);
        foreach (var attribute in (ReadOnlySpan<string>)["Name=\"", "FriendlyName=\""])
        {
            if (parent.IndexOf(attribute, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                var value = parent[(at + attribute.Length)..];
                value = value[..Math.Max(0, value.IndexOf('"'))];
                if (value.SequenceEqual(DisplayNameOid) || value.EndsWith(":" + DisplayNameOid, StringComparison.Ordinal)
                    || PersonFields.Contains(Compact(value[(value.LastIndexOfAny(':', '/') + 1)..])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The text between the '&lt;' and the '&gt;' at <paramref name="close"/>, at most 200 characters on one line.</summary>
    private static ReadOnlySpan<char> TagBefore(string text, int close)
    {
        var from = Math.Max(0, close - 200);
        var window = text.AsSpan(from, close - from);
        var open = window.LastIndexOfAny('<', '>', '\n');
        return open >= 0 && window[open] == '<' ? window[(open + 1)..] : [];
    }

    private static int SkipQuotes(string text, int index)
    {
        var limit = Math.Max(0, index - 16);
        while (index > limit && text[index - 1] is '"' or '\'' or '\\' or ' ' or '\t')
        {
            index--;
        }

        return index;
    }

    private static int SkipBlanks(string text, int index)
    {
        var limit = Math.Max(0, index - 40);
        while (index > limit && char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static ReadOnlySpan<char> KeyBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < 40 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-' or '.'))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    private static string Compact(ReadOnlySpan<char> key)
    {
        Span<char> compact = stackalloc char[Math.Min(key.Length, 64)];
        var n = 0;
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c) && n < compact.Length)
            {
                compact[n++] = char.ToLowerInvariant(c);
            }
        }

        return compact[..n].ToString();
    }
}
