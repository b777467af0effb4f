using System.Globalization;
using System.Text;

namespace FaultMaven.Core.Common;

/// <summary>Short texts people give a name to (case titles, file names, page titles) without the characters that disguise what
/// they say: control characters (C0, DEL, C1), bidirectional overrides and isolates (<c>report‮gpj.exe</c> shows as
/// <c>reportexe.jpg</c>).</summary>
public static class PrintableText
{
    /// <summary>Returns <paramref name="text"/> without control and bidirectional-override characters.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\u202A', '\u202E') && !text.AsSpan().ContainsAnyInRange('\u2066', '\u2069') && !text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) is UnicodeCategory.Control || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
