using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A phone number as the value of a field named for one (<c>"phone" : "91 078 00 39"</c>, <c>mobile=512 229 169</c>,
/// <c>telephoneNumber: …</c>): as in a table's column, the name says what a national number without trunk prefix or country code is.</summary>
internal sealed partial class DelimitedTableRecognizer
{
    private static readonly SearchValues<string> PhoneFieldAnchors = SearchValues.Create(["phone", "mobile", "tel", "cell", "msisdn", "fax"], StringComparison.OrdinalIgnoreCase);

    private static void FindNamedPhones(string text, Findings found)
    {
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
    [GeneratedRegex(@"\G(?<![A-Za-z])(?i:phone|mobile|tel|telephone|cell|cellphone|msisdn|fax)(?i:[_-]?(?:number|num|no|phone))?\\{0,7}[""']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,7}[""']?(?<value>\+?[0-9(][0-9 .()-]{5,24}[0-9])(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneFieldPattern();
}
