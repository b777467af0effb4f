using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A phone number as the value of a field named for one (<c>"phone" : "91 078 00 39"</c>, <c>mobile=512 229 169</c>,
/// <c>telephoneNumber: …</c>): as in a table's column, the name says what a national number without trunk prefix or country code is.</summary>
internal sealed partial class DelimitedTableRecognizer
{
    private static readonly SearchValues<string> PhoneFieldAnchors = SearchValues.Create(["phone", "mobile", "tel", "cell", "msisdn", "fax"], StringComparison.OrdinalIgnoreCase);

    // Keys that name a phone or a contact in other languages, or "contact" (whose value may be a name or an address too): the value
    // must be a number libphonenumber holds valid or, written with + or 00, possible.
    private static readonly CaselessWords ContactFieldAnchors = new(
        ["contact", "telefo", "tel\u00e9fo", "t\u00e9l\u00e9", "handy", "mobil", "m\u00f3vil", "movil", "rufnummer", "portable", "celular", "cellulare",
            "telem\u00f3vel", "kom\u00f3rka", "\u0442\u0435\u043b", "\u043c\u043e\u0431\u0438\u043b",
            "\u624b\u673a", "\u624b\u6a5f", "\u7535\u8bdd", "\u96fb\u8a71", "\u8054\u7cfb", "\u806f\u7d61", "\u643a\u5e2f", "\u9023\u7d61\u5148", "\uc804\ud654", "\ud734\ub300", "\ud578\ub4dc\ud3f0", "\uc5f0\ub77d\ucc98"]);

    private static void FindNamedPhones(string text, Findings found)
    {
        foreach (var match in ContactFieldAnchors.Matches(text, ContactFieldPattern()))
        {
            var value = match.Groups["value"];
            if (ContactRecognizer.IsKeyedPhone(value.ValueSpan))
            {
                found.Add(PiiType.Phone, value.Index, value.Index + value.Length, 0.85);
            }
        }

        foreach (var match in Anchors.Matches(text, PhoneFieldAnchors, PhoneFieldPattern()))
        {
            var value = match.Groups["value"];
            // A date (2024-01-31) is digits and dashes too.
            if (IsPhoneNumber(value.ValueSpan) && !(value.Length == 10 && value.ValueSpan[4] == '-' && value.ValueSpan[7] == '-'))
            {
                found.Add(PiiType.Phone, value.Index, value.Index + value.Length, 0.85);
            }
        }
    }

    // The field's name (with a prefix such as home_, work, contact or a suffix such as Number, _no), its separator (quotes escaped or
    // not), and digits grouped by blanks, dashes, dots or brackets.
    // The key, a word of its own (emergency_contact, 联系电话, not contact_id, 手机型号), a separator (a full-width one in Chinese and
    // Japanese), and digits grouped as a phone's.
    [GeneratedRegex(@"\G(?:(?<![\p{L}\p{N}])(?i:contact|telefon|telefonnummer|telefono|tel\u00e9fono|t\u00e9l\u00e9phone|telefone|telefoon|handy|handynummer|mobil|mobilnummer|mobiel|m\u00f3vil|movil|rufnummer|portable|celular|cellulare|telem\u00f3vel|kom\u00f3rka|\u0442\u0435\u043b\u0435\u0444\u043e\u043d|\u0442\u0435\u043b|\u043c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0439)(?i:[_ -]?(?:number|num|no|nr|nummer|phone|tel))?"
        + @"|\u624b\u673a\u53f7\u7801|\u624b\u673a\u53f7|\u624b\u673a|\u624b\u6a5f\u865f\u78bc|\u624b\u6a5f|\u7535\u8bdd\u53f7\u7801|\u7535\u8bdd|\u96fb\u8a71\u756a\u53f7|\u96fb\u8a71\u865f\u78bc|\u96fb\u8a71|\u8054\u7cfb\u7535\u8bdd|\u8054\u7cfb\u65b9\u5f0f|\u806f\u7d61\u96fb\u8a71|\u643a\u5e2f\u96fb\u8a71|\u643a\u5e2f\u756a\u53f7|\u643a\u5e2f|\u9023\u7d61\u5148"
        + @"|\uc804\ud654\ubc88\ud638|\uc804\ud654|\ud734\ub300\ud3f0|\ud734\ub300\uc804\ud654|\ud578\ub4dc\ud3f0|\uc5f0\ub77d\ucc98)"
        + @"\\{0,7}[""']?[ \t]{0,3}[:=\uff1a\uff1d][ \t]{0,3}\\{0,7}[""']?(?<value>(?:\+|00)?[0-9(][0-9 .()-]{5,24}[0-9])(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ContactFieldPattern();

    [GeneratedRegex(@"\G(?<![A-Za-z])(?i:phone|mobile|tel|telephone|cell|cellphone|msisdn|fax)(?i:[_-]?(?:number|num|no|phone))?\\{0,7}[""']?[ \t]{0,3}[:=\uff1a\uff1d][ \t]{0,3}\\{0,7}[""']?(?<value>\+?[0-9(][0-9 .()-]{5,24}[0-9])(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneFieldPattern();
}
