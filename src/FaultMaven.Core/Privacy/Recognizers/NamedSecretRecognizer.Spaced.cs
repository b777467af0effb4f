using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A quoted value that goes on past a blank: <c>PGPASSWORD="Qz7v K2mX9pL4"</c>, <c>"client_secret": "maple river lantern"</c>,
/// and a shell word quoted around the whole assignment (<c>docker run -e "REDIS_PASSWORD=Qm2x Hv8p Zt4w"</c>).</summary>
internal sealed partial class NamedSecretRecognizer
{
    /// <summary>Reads the value at <paramref name="value"/> on to its closing quote when it stopped at a blank inside quotes, and
    /// judges it whole (<see cref="SecretValues.ConsiderSpaced"/>). Returns where the quoted value ends, or -1 when it is no such value.</summary>
    private static int ReadSpaced(string text, int keyStart, ReadOnlySpan<char> key, Group value, Findings found)
    {
        var end = value.Index + value.Length;
        if (TextContext.CharAt(text, end) is not (' ' or '\t'))
        {
            return -1;
        }

        // The value's own quote, or one opened before the key when "=" joins them with nothing between ("KEY=V V").
        var opener = text[value.Index - 1] is '"' or '\'' ? value.Index - 1
            : text[value.Index - 1] == '=' && keyStart > 0 && text[keyStart - 1] is '"' or '\'' ? keyStart - 1 : -1;
        var close = opener < 0 ? -1 : SecretValues.QuotedRunEnd(text, opener, end);
        if (close < 0)
        {
            return -1;
        }

        return SecretValues.ConsiderSpaced(key, value.Index, text.AsSpan(value.Index, close - value.Index), found) ? close : -1;
    }
}
