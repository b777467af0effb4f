using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets named by a service's own grammar rather than a secret word: an SNMP community in snmpd.conf
/// (<c>rocommunity X</c>, <c>com2sec NAME SOURCE X</c>), IOS (<c>snmp-server community X RO</c>) or a <c>community=</c> setting; the
/// token in a webhook URL's path (<c>/hooks/&lt;token&gt;</c>, <c>/hooks/&lt;id&gt;/&lt;token&gt;</c>, <c>/hooks/catch/&lt;n&gt;/&lt;token&gt;/</c>,
/// <c>/with/key/&lt;key&gt;</c>); a <c>key:secret</c> pair under a user-info key (<c>basic.auth.user.info=KEY:SECRET</c>).</summary>
internal sealed partial class ContextSecretRecognizer
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");
    private static readonly SearchValues<char> LowerLabel = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.:");

    /// <summary><paramref name="at"/> is "community" (after ro/rw in snmpd.conf, after snmp-server or snmp on a device, or a setting's
    /// key, whose value must look secret and not be a host name or a path) or "com2sec".</summary>
    private static int ReadCommunity(string text, int at, Findings found)
    {
        var rest = text.AsSpan(at);
        int valueStart;
        var setting = false;
        if (rest.StartsWith("com2sec", StringComparison.OrdinalIgnoreCase))
        {
            // com2sec[6] [-Cn CONTEXT] NAME SOURCE COMMUNITY, at the start of its line.
            var i = at + 7 + (rest.Length > 7 && rest[7] == '6' ? 1 : 0);
            if (!StartsLine(text, at) || i >= text.Length || text[i] is not (' ' or '\t'))
            {
                return at + 7;
            }

            i = SkipBlanks(text, i);
            if (text.AsSpan(i).StartsWith("-Cn", StringComparison.Ordinal))
            {
                i = SkipToken(text, SkipBlanks(text, SkipToken(text, i)));
            }

            i = SkipBlanks(text, SkipToken(text, SkipBlanks(text, SkipToken(text, SkipBlanks(text, i)))));
            valueStart = i;
        }
        else
        {
            var end = at + 9 + (rest.Length > 9 && rest[9] == '6' ? 1 : 0);
            var before = at >= 2 ? text.AsSpan(at - 2, 2) : default;
            var config = before.Equals("ro", StringComparison.OrdinalIgnoreCase) || before.Equals("rw", StringComparison.OrdinalIgnoreCase);
            var device = !config && PrecededBySnmp(text, at);
            if (config && (!StartsLine(text, at - 2) || end >= text.Length || text[end] is not (' ' or '\t')))
            {
                return end;
            }

            if (config || device && end < text.Length && text[end] is ' ' or '\t')
            {
                valueStart = SkipBlanks(text, end);
            }
            else
            {
                // community=X, community: X, "community": "X" (the key may end a longer one: snmp_community, trap.community).
                var i = end < text.Length && text[end] is '"' or '\'' ? end + 1 : end;
                i = SkipBlanks(text, i);
                if (i >= text.Length || text[i] is not ('=' or ':') || at > 0 && char.IsAsciiLetter(text[at - 1]) && !config)
                {
                    return end;
                }

                // A setting named community alone is as often a project's or a forum's ("community: kubernetes-sigs"): SNMP must be
                // named near it (its key, its section, the tool).
                if (!NamedSnmpAbove(text, at))
                {
                    return end;
                }

                valueStart = SkipBlanks(text, i + 1);
                setting = true;
            }
        }

        if (valueStart < text.Length && text[valueStart] is '"' or '\'')
        {
            valueStart++;
        }

        var valueEnd = valueStart;
        while (valueEnd < text.Length && valueEnd - valueStart < 128 && text[valueEnd] is not (' ' or '\t' or '\r' or '\n' or '"' or '\'' or ',' or ';'))
        {
            valueEnd++;
        }

        var value = text.AsSpan(valueStart, valueEnd - valueStart);
        if (value.Length >= 4 && !IsDefaultCommunity(value) && !SecretValues.IsReference(value) && !Checks.Placeholder(value)
            && !value.StartsWith('-') && !value.StartsWith('$') && (!setting || SecretValues.LooksSecret(value, 1.5) && !value.Contains('.') && !value.Contains('/')))
        {
            found.Add(PiiType.GenericSecret, valueStart, valueEnd, 0.85);
        }

        return valueEnd > valueStart ? valueEnd : at + 1;
    }

    /// <summary>Gets whether SNMP is named on the setting's line (its key, the tool) or on the line that holds it: the nearest line
    /// above that is indented less (a YAML or JSON parent) or an INI section header. SNMP named elsewhere in the text is not enough.</summary>
    private static bool NamedSnmpAbove(string text, int at)
    {
        // The line is read at most 256 characters either side: a long line of settings is not searched again for each of them.
        var from = Math.Max(0, at - 256);
        var lineStart = from + text.AsSpan(from, at - from).LastIndexOf('\n') + 1;
        var to = Math.Min(text.Length, at + 256);
        var lineEnd = text.AsSpan(at, to - at).IndexOf('\n') is var newline and >= 0 ? at + newline : to;
        if (text.AsSpan(lineStart, lineEnd - lineStart).Contains("snmp", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (lineStart == from && from > 0 && text[from - 1] != '\n')
        {
            return false;
        }

        var indent = SkipBlanks(text, lineStart) - lineStart;
        var floor = Math.Max(0, at - 2048);
        var end = lineStart - 1;
        for (var lines = 0; end > floor && lines < 32; lines++)
        {
            var start = end;
            while (start > floor && text[start - 1] != '\n')
            {
                start--;
            }

            var content = SkipBlanks(text, start);
            var line = text.AsSpan(content, end - content).TrimEnd('\r');
            if (line.Length > 0 && (content - start < indent || line[0] == '['))
            {
                return line.Contains("snmp", StringComparison.OrdinalIgnoreCase);
            }

            end = start - 1;
        }

        return false;
    }

    // The shipped defaults open nothing that is not already public knowledge; the finding would only hide which one a device uses.
    private static bool IsDefaultCommunity(ReadOnlySpan<char> value) =>
        value.Equals("public", StringComparison.OrdinalIgnoreCase) || value.Equals("private", StringComparison.OrdinalIgnoreCase);

    private static bool PrecededBySnmp(string text, int at)
    {
        var i = at;
        while (i > 0 && at - i < 4 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i >= 4 && (text.AsSpan(i - 4, 4).Equals("snmp", StringComparison.OrdinalIgnoreCase) || i >= 11 && text.AsSpan(i - 11, 11).Equals("snmp-server", StringComparison.OrdinalIgnoreCase));
    }

    private static int SkipToken(string text, int i)
    {
        var start = i;
        while (i < text.Length && i - start < 256 && text[i] is not (' ' or '\t' or '\r' or '\n'))
        {
            i++;
        }

        return i;
    }

    /// <summary>A webhook URL's path token. <c>/hooks/</c>: the last path segment when it is machine-made (16+ letters and digits,
    /// both); after <c>/hooks/catch/&lt;digits&gt;/</c> (Zapier) the next segment whatever its length; <c>/with/key/</c> (IFTTT) the key.</summary>
    private static int ReadHookPath(string text, int at, Findings found)
    {
        var keyed = text.AsSpan(at).StartsWith("/with/key/", StringComparison.OrdinalIgnoreCase);
        var i = at + (keyed ? 10 : 7);
        if (!keyed && text.AsSpan(i).StartsWith("catch/", StringComparison.Ordinal))
        {
            var digits = i + 6;
            while (digits < text.Length && digits - i < 24 && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            if (digits > i + 6 && digits < text.Length && text[digits] == '/')
            {
                var end = PathSegmentEnd(text, digits + 1);
                if (end - digits - 1 >= 5 && IsMachineMade(text.AsSpan(digits + 1, end - digits - 1), 5))
                {
                    found.Add(PiiType.GenericSecret, digits + 1, end, 0.85);
                }

                return end;
            }
        }

        // The last of at most three segments: /hooks/<token> or /hooks/<id>/<token>.
        var segmentStart = i;
        var segmentEnd = PathSegmentEnd(text, i);
        for (var n = 0; n < 2 && segmentEnd < text.Length && text[segmentEnd] == '/' && PathSegmentEnd(text, segmentEnd + 1) > segmentEnd + 1; n++)
        {
            segmentStart = segmentEnd + 1;
            segmentEnd = PathSegmentEnd(text, segmentStart);
        }

        var token = text.AsSpan(segmentStart, segmentEnd - segmentStart);
        if (token.Length >= 16 && IsMachineMade(token, 16) && !Checks.Uuid(token) && !IsCodeName(token))
        {
            found.Add(PiiType.GenericSecret, segmentStart, segmentEnd, 0.85);
        }

        return segmentEnd;
    }

    private static int PathSegmentEnd(string text, int i)
    {
        var start = i;
        while (i < text.Length && i - start < 256 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Letters and digits mixed as a generator makes them: a digit, a letter, and (for the long ones) no run of only
    /// lower-case words joined by '-' or '_' (<c>deploy-notifications</c>).</summary>
    private static bool IsMachineMade(ReadOnlySpan<char> token, int minimum) =>
        token.Length >= minimum && token.ContainsAnyInRange('0', '9') && (token.ContainsAnyInRange('a', 'z') || token.ContainsAnyInRange('A', 'Z'))
        && SecretValues.LooksSecret(token, minimum >= 16 ? 3.0 : 2.0);

    /// <summary>A handler's or a class's name with a version (<c>GitHubPushHandlerV2</c>, <c>SNSEventHandler3</c>): two or more
    /// words (a capital and two or more small letters with a vowel, or a short acronym), then at most three digits, after an optional
    /// <c>V</c>. A generated token has digits inside and lower-case runs of one letter; a name's digits only end it.</summary>
    internal static bool IsCodeName(ReadOnlySpan<char> token)
    {
        var end = token.Length;
        while (end > 0 && char.IsAsciiDigit(token[end - 1]))
        {
            end--;
        }

        if (token.Length - end is < 1 or > 3)
        {
            return false;
        }

        end -= end > 0 && token[end - 1] is 'V' or 'v' ? 1 : 0;
        var (words, i) = (0, 0);
        while (i < end)
        {
            var start = i;
            while (i < end && char.IsAsciiLetterUpper(token[i]))
            {
                i++;
            }

            // An acronym ends where its last capital starts the next word (SNSEvent: SNS, Event).
            if (i - start >= 2 && i < end && char.IsAsciiLetterLower(token[i]))
            {
                i--;
            }

            var capitals = i - start;
            var small = i;
            while (i < end && char.IsAsciiLetterLower(token[i]))
            {
                i++;
            }

            var word = token[start..i];
            var acronym = capitals is >= 2 and <= 5 && i == small;
            if (i == start || !acronym && (capitals > 1 || i - small < 2 || word[capitals..].IndexOfAny(Vowels) < 0))
            {
                return false;
            }

            words++;
        }

        return words >= 2;
    }

    /// <summary><c>basic.auth.user.info=KEY:SECRET</c> (Schema Registry, Kafka Connect), <c>userinfo: KEY:SECRET</c>: the pair is a
    /// Basic credential.</summary>
    private static int ReadUserInfo(string text, int at, int wordLength, Findings found)
    {
        var i = SkipBlanks(text, at + wordLength);
        if (i >= text.Length || text[i] is not ('=' or ':'))
        {
            return at + wordLength;
        }

        var start = SkipBlanks(text, i + 1);
        var end = start;
        while (end < text.Length && end - start < 512 && text[end] is not (' ' or '\t' or '\r' or '\n' or '"' or '\'' or ',' or ';'))
        {
            end++;
        }

        var pair = text.AsSpan(start, end - start);
        var colon = pair.IndexOf(':');
        // "user.info" alone is also syslog's facility and level: there a pair of lower-case labels (build-agent:linux-amd64) is a
        // value of the log, not a key and its secret; the credential property is a longer key (basic.auth.user.info).
        var alone = wordLength == 9 && (at == 0 || text[at - 1] is not ('.' or '_' or '-'));
        if (colon > 0 && colon < pair.Length - 1 && SecretValues.LooksSecret(pair[(colon + 1)..]) && !pair.StartsWith('$')
            && !(alone && !pair.ContainsAnyExcept(LowerLabel)))
        {
            found.Add(PiiType.BasicAuth, start, end, 0.85);
        }

        return end;
    }
}
