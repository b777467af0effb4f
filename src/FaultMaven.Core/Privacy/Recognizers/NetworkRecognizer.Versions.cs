using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Four-part product versions that parse as IPv4 addresses (<c>Microsoft.Data.SqlClient 5.1.8.5</c>, "rolled the gateway back to
/// 2.12.17.20", "bumps the client to 8.7.2.16"), told from addresses by what names them.</summary>
internal sealed partial class NetworkRecognizer
{
    // Verbs of a release change; a dotted quad they lead to is the release, unless an address word stands between.
    private static readonly SearchValues<string> ReleaseVerbs = SearchValues.Create(
        ["bump", "upgrad", "downgrad", "roll", "revert", " pins ", " pinned", "release "], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AddressHints = SearchValues.Create(
        ["ip", "addr", "host", "server", "node", "route", "dns", "record", "gateway ip", "endpoint", "peer", "upstream", "proxy", "vip"],
        StringComparison.OrdinalIgnoreCase);

    private const int ReleaseWindow = 60;

    /// <summary>Gets whether the dotted quad at <paramref name="start"/> is a release a version change on its line leads to: a
    /// release verb (bump, upgrade, roll back, revert, pin) before it in the same clause, with no address word between them.</summary>
    private static bool IsReleaseChange(string text, int start)
    {
        var from = Math.Max(0, start - ReleaseWindow);
        var window = text.AsSpan(from, start - from);
        window = window[(window.LastIndexOfAny('\n', ';') + 1)..];
        // The last verb counts (the window is short, so searching on after each find stays cheap).
        var verb = -1;
        for (var found = window.IndexOfAny(ReleaseVerbs); found >= 0; found = window[(verb + 1)..].IndexOfAny(ReleaseVerbs))
        {
            verb += found + 1;
        }

        return verb >= 0 && window[verb..].IndexOfAny(AddressHints) < 0;
    }

    /// <summary>Gets whether the word before the dotted quad at <paramref name="start"/> is a product's name written the way code names
    /// things — CamelCase, alone (<c>SqlClient</c>, <c>PowerShell</c>) or in a dotted namespace (<c>Microsoft.Data.SqlClient</c>)
    /// — which host names, conventionally lower case or all capitals (<c>web-01</c>, <c>DB01</c>), are not.</summary>
    private static bool IsProductName(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        var end = start - 1;
        var nameStart = end;
        while (nameStart > 0 && end - nameStart < 80 && (char.IsAsciiLetter(text[nameStart - 1]) || text[nameStart - 1] == '.'))
        {
            nameStart--;
        }

        var name = text.AsSpan(nameStart, end - nameStart);
        if (name.Length < 4 || !char.IsAsciiLetterUpper(name[0]) || nameStart > 0 && !char.IsWhiteSpace(text[nameStart - 1]) && text[nameStart - 1] is not ('(' or '"' or '\''))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsAsciiLetterLower(name[i - 1]) && char.IsAsciiLetterUpper(name[i]))
            {
                return true;
            }
        }

        return false;
    }
}
