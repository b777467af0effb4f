using System.Buffers;
using System.Text;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Display names in the address headers of a pasted mail (<c>From:</c>, <c>To:</c>, <c>Cc:</c>, <c>Bcc:</c>, <c>Reply-To:</c>,
/// <c>Sender:</c>, their folded lines included): quoted (<c>"Okonkwo, Chukwuemeka" &lt;…&gt;</c>), bare, or RFC 2047 encoded words
/// (<c>=?UTF-8?Q?Kov=C3=A1cs_R=C3=A9ka?=</c>, decoded before they are read). A display name is a person when it is shaped as a name
/// and something besides its place says so — its mailbox spells it, or it opens (or, family name
/// first, ends) with a known given name — so <c>"Jenkins" &lt;ci@…&gt;</c> and <c>PagerDuty Alerts</c> are left.</summary>
internal sealed partial class PersonRecognizer
{
    private const int MaxHeaderValue = 4096;

    private static readonly SearchValues<string> AddressHeaders = SearchValues.Create(
        ["from:", "to:", "cc:", "bcc:", "reply-to:", "sender:"], StringComparison.OrdinalIgnoreCase);

    private static void FindMailDisplayNames(string text, Findings found, HashSet<string> known)
    {
        for (var offset = 0; offset < text.Length && text.AsSpan(offset).IndexOfAny(AddressHeaders) is var at and >= 0;)
        {
            var header = offset + at;
            var colon = text.IndexOf(':', header);
            offset = colon + 1;

            // The header opens its line (after a quote's "> ", or "Resent-"); "connect to: db" inside a line is no header.
            var lineStart = header;
            while (lineStart > 0 && header - lineStart < 8 && text[lineStart - 1] is '>' or ' ')
            {
                lineStart--;
            }

            if (lineStart > 0 && text[lineStart - 1] != '\n' && !text.AsSpan(0, lineStart).EndsWith("resent-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The value runs to the end of the line and over folded lines (which open with a blank).
            var end = colon + 1;
            while (end < text.Length && end - colon < MaxHeaderValue)
            {
                var newline = text.AsSpan(end, Math.Min(MaxHeaderValue, text.Length - end)).IndexOf('\n');
                end = newline < 0 ? Math.Min(text.Length, end + MaxHeaderValue) : end + newline;
                if (end + 1 < text.Length && text[end] == '\n' && text[end + 1] is ' ' or '\t')
                {
                    end++;
                    continue;
                }

                break;
            }

            ReadMailboxes(text, colon + 1, end, found, known);
            offset = Math.Max(offset, end);
        }
    }

    /// <summary>Reads a header's mailbox list: each mailbox's display name (a quoted string, or the words before its
    /// <c>&lt;address&gt;</c>) and its address, separated by commas outside quotes and brackets.</summary>
    private static void ReadMailboxes(string text, int start, int end, Findings found, HashSet<string> known)
    {
        var phraseStart = -1;
        var phraseEnd = -1;
        var quoted = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                var close = i + 1;
                while (close < end && text[close] != '"' && text[close] != '\n')
                {
                    close += text[close] == '\\' ? 2 : 1;
                }

                if (close >= end || text[close] != '"')
                {
                    return;
                }

                (phraseStart, phraseEnd, quoted) = (i + 1, close, true);
                i = close;
            }
            else if (c == '<')
            {
                var close = text.IndexOf('>', i, end - i);
                if (close < 0)
                {
                    return;
                }

                if (phraseStart >= 0 && text.AsSpan(i + 1, close - i - 1).IndexOf('@') is var mark and > 0)
                {
                    var (s, e) = quoted ? (phraseStart, phraseEnd) : Trimmed(text, phraseStart, i);
                    ReportDisplayName(text, s, e, text.AsSpan(i + 1, mark), found, known);
                }

                (phraseStart, quoted) = (-1, false);
                i = close;
            }
            else if (c == ',')
            {
                (phraseStart, quoted) = (-1, false);
            }
            else if (phraseStart < 0 && !char.IsWhiteSpace(c))
            {
                phraseStart = i;
            }
        }
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static void ReportDisplayName(string text, int start, int end, ReadOnlySpan<char> local, Findings found, HashSet<string> known)
    {
        if (end - start is < 3 or > 256)
        {
            return;
        }

        var raw = text.AsSpan(start, end - start);
        var name = raw.Contains("=?", StringComparison.Ordinal) ? DecodeEncodedWords(raw) : raw.ToString();
        name = name.Trim();
        if (raw.Contains("=?", StringComparison.Ordinal) && IsScriptDisplayName(name, local))
        {
            // An encoded name in a script without case, read as its text would be read before a mailbox; redacted as the encoded span.
            found.Add(PiiType.Person, start, end, 0.85);
            return;
        }

        string? given = null;
        string? family = null;
        var comma = name.IndexOf(',');
        if (comma > 0)
        {
            // "Last, First": both sides names, and no third part ("Acme, Inc., Sales").
            var last = name[..comma].Trim();
            var first = name[(comma + 1)..].Trim();
            if (first.Contains(',') || !NameShape.IsName(last) || !NameShape.IsName(first))
            {
                return;
            }

            (given, family) = (first, last);
        }
        else if (name.IndexOf(' ') is var space and > 0 && NameShape.IsName(name))
        {
            var lastSpace = name.LastIndexOf(' ');
            (given, family) = (name[..space], name[(lastSpace + 1)..]);
        }

        // The comma alone is no signal: jobs and relays are written "Backup, Nightly" and "Relay, Postfix" too.
        if (given is null || family is null
            || !(NameShape.StartsWithGivenName($"{given} {family}") || FirstNames.All.Contains(family) || NameShape.Spells(local, given, family) || NameShape.Spells(local, family, given)))
        {
            return;
        }

        found.Add(PiiType.Person, start, end, 0.85);
        if (known.Count < MaxKnownNames && raw.IndexOf("=?", StringComparison.Ordinal) < 0)
        {
            known.Add(comma > 0 ? $"{given} {family}" : name);
        }
    }

    /// <summary>Gets whether a decoded display name is wholly a name in a script without case: Han or Hangul opening with a
    /// surname, or a spaced script's two or three words before a person's mailbox.</summary>
    private static bool IsScriptDisplayName(string name, ReadOnlySpan<char> local)
    {
        var kind = name.Length >= 2 ? ScriptOf(name[0]) : Script.None;
        return kind != Script.None && ReadScriptName(name, 0, kind) == name.Length
            && (kind is Script.Han or Script.Hangul ? SurnameShaped(name) : PersonalLocal(local));
    }

    /// <summary>Decodes the RFC 2047 encoded words of a phrase (<c>=?UTF-8?Q?Se=C3=A1n?=</c>, <c>=?utf-8?B?…?=</c>); blanks between two
    /// encoded words are dropped, as the RFC says. An unknown charset is read as UTF-8.</summary>
    internal static string DecodeEncodedWords(ReadOnlySpan<char> phrase)
    {
        var result = new StringBuilder(phrase.Length);
        var afterWord = false;
        var pendingBlank = 0;
        for (var i = 0; i < phrase.Length;)
        {
            if (phrase[i..].StartsWith("=?", StringComparison.Ordinal) && TryDecodeWord(phrase[i..], out var decoded, out var length))
            {
                if (!afterWord)
                {
                    result.Append(' ', pendingBlank);
                }

                result.Append(decoded);
                (afterWord, pendingBlank) = (true, 0);
                i += length;
                continue;
            }

            if (phrase[i] is ' ' or '\t' or '\r' or '\n')
            {
                pendingBlank++;
                i++;
                continue;
            }

            result.Append(' ', pendingBlank);
            result.Append(phrase[i]);
            (afterWord, pendingBlank) = (false, 0);
            i++;
        }

        return result.ToString();
    }

    private static bool TryDecodeWord(ReadOnlySpan<char> word, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        var charsetEnd = word[2..].IndexOf('?');
        if (charsetEnd <= 0 || 2 + charsetEnd + 3 > word.Length || word[2 + charsetEnd + 2] != '?')
        {
            return false;
        }

        var charset = word.Slice(2, charsetEnd);
        var encoding = char.ToUpperInvariant(word[2 + charsetEnd + 1]);
        var payloadStart = 2 + charsetEnd + 3;
        var payloadEnd = word[payloadStart..].IndexOf("?=", StringComparison.Ordinal);
        if (payloadEnd < 0 || encoding is not ('Q' or 'B'))
        {
            return false;
        }

        var payload = word.Slice(payloadStart, payloadEnd);
        var bytes = new byte[payload.Length];
        var count = 0;
        if (encoding == 'B')
        {
            if (!Convert.TryFromBase64Chars(payload, bytes, out count))
            {
                return false;
            }
        }
        else
        {
            for (var i = 0; i < payload.Length; i++)
            {
                if (payload[i] == '=' && i + 2 < payload.Length && char.IsAsciiHexDigit(payload[i + 1]) && char.IsAsciiHexDigit(payload[i + 2]))
                {
                    bytes[count++] = byte.Parse(payload.Slice(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
                    i += 2;
                }
                else
                {
                    bytes[count++] = payload[i] == '_' ? (byte)' ' : (byte)payload[i];
                }
            }
        }

        var latin = charset.StartsWith("iso-8859-1", StringComparison.OrdinalIgnoreCase) || charset.StartsWith("latin1", StringComparison.OrdinalIgnoreCase)
            || charset.StartsWith("windows-1252", StringComparison.OrdinalIgnoreCase) || charset.StartsWith("us-ascii", StringComparison.OrdinalIgnoreCase);
        decoded = (latin ? Encoding.Latin1 : Encoding.UTF8).GetString(bytes, 0, count);
        length = payloadStart + payloadEnd + 2;
        return true;
    }
}
