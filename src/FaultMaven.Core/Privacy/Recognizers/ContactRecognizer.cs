using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>E-mail addresses (also URL-encoded; not SSH remotes, shell prompts or <c>package@version</c>) and phone numbers,
/// read by libphonenumber: international numbers by their country code, national ones by their shape and the words around them.</summary>
internal sealed partial class ContactRecognizer : PiiRecognizer
{
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "log", "txt", "json", "jsonl", "ndjson", "csv", "tsv", "gz", "tgz", "bz2", "xz", "yaml", "yml", "xml", "out", "err", "pdf", "html", "htm",
        "eml", "msg", "conf", "cfg", "ini", "bak", "old", "tmp", "har", "pcap", "dump",
    };

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly string[] PhoneWords = ["phone", "tel", "call", "sms", "mobile", "cell", "fax", "number", "whatsapp", "dial", "contact", "otp", "'to'", "callback",
        "reach", "msisdn", "landline", "ring "];
    private static readonly string[] NotPhoneWords = ["order", "invoice", "ticket", "id=", "id:", "ref", "build", "version", "port", "pid", "size", "bytes", "serial", "account", "acct"];
    private static readonly char[] AtSigns = ['@', '%'];
    private static readonly string[] NationalRegions = ["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU"];

    // The regions of the languages whose phone and contact keys DelimitedTableRecognizer reads.
    private static readonly string[] KeyedRegions = ["CN", "HK", "TW", "SG", "JP", "KR", "IN", "DE", "AT", "CH", "FR", "ES", "IT", "NL", "PL", "PT", "BR", "MX", "RU", "GB", "US", "AU"];

    /// <summary>What a phone number is written with after its first digit: digits, group separators and brackets.</summary>
    internal static readonly SearchValues<char> PhoneCharacters = SearchValues.Create("0123456789 .()-");

    public override void Recognize(string text, Findings found)
    {
        if (text.Contains('@') || text.Contains("%40", StringComparison.Ordinal))
        {
            FindEmails(text, found);
        }

        // Fewer than seven digits is never a phone number (ScorePhone), so shorter runs are not searched; the runs were read with
        // those of cards and SSNs. Every group-aligned span is tried, so a number beside another (a count, an id) is not lost inside
        // a longer match that ScorePhone refuses.
        NumberCandidates.Phones(text, found.Numbers(text).PhoneRuns, PhoneLeadIn, MayHoldPhone, (start, length) => ScorePhone(text, start, length, found));
    }

    /// <summary>
    /// Gets whether a run of a phone number's characters can hold a number <see cref="ScorePhone"/> keeps — false only where it
    /// cannot, so that the pattern is not started there. A kept number is international (a "+", "%2B" or "(" before the run, or
    /// "00" where a number can start) or has one of the national shapes: a trunk "0" where a number can start, an area code in
    /// brackets, or North America's last group of exactly four digits after "." or "-". A number starts at the run's first digit
    /// or after a space or bracket, never after "." or "-" (the pattern's look-behind), and ends at the end of a group of digits
    /// (its look-ahead). A date and hour (<c>2015-07-29 19</c>), a bare id or <c>081110 222712 33</c> has none of these.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MayHoldPhone(string text, Anchors.DigitRun run)
    {
        if (PhoneLeadIn(text, run.Start) > 0)
        {
            return true;
        }

        for (var i = run.Start; i < run.End;)
        {
            var c = text[i];
            if (c is '(' or ')')
            {
                return true;
            }

            if (!char.IsAsciiDigit(c))
            {
                i++;
                continue;
            }

            var group = i;
            while (i < run.End && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            // A number starts with a group of one to five digits and a separator, or is one group of seven to fifteen.
            var (before, digits) = (group == run.Start ? ' ' : text[group - 1], i - group);
            if (c == '0' && before == ' ' && digits is <= 5 or (>= 7 and <= 15) || digits == 4 && before is '.' or '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ASCII characters that are not letters.</summary>
    private static readonly SearchValues<char> AsciiNonLetters = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c))));

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private static void FindEmails(string text, Findings found)
    {
        // Anchor on the @ (or its URL encoding) and widen, rather than trying a local part at every position.
        for (var at = text.IndexOfAny(AtSigns); at >= 0; at = at + 1 < text.Length ? text.IndexOfAny(AtSigns, at + 1) : -1)
        {
            var anchorLength = text[at] == '@' ? 1 : 3;
            if (anchorLength == 3 && !text.AsSpan(at).StartsWith("%40", StringComparison.Ordinal))
            {
                continue;
            }

            var start = at;
            // Letters of any script: a local part stopped at the first accent or homoglyph left the rest of it in clear.
            while (start > 0 && at - start < 64 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '+' or '-'))
            {
                start--;
            }

            while (start < at && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            start = start < at ? VerpStart(text, start) : start;
            var domain = DomainPattern().Match(text, at + anchorLength);
            if (start == at || !domain.Success || TextContext.CharBefore(text, start) is '%' or '@')
            {
                continue;
            }

            var end = FileExtensionStart(text, domain.Index, domain.Index + domain.Length);
            if (IsUrlUserinfo(text, start))
            {
                continue;
            }

            // ssh://git@host, git@host:org/repo and user@host:~$ are logins, not mailboxes; "for a@b.com: timeout" is a mailbox.
            // sip:2001@pbx and a Call-ID's <hex>@host address a phone line and name a call, not a mailbox (a number in a sip: URI is
            // read as a phone); a local part of twelve or more hex digits is a generated id (Call-ID, Message-ID), not a person's name.
            if (text.AsSpan(0, start).EndsWith("sip:", StringComparison.OrdinalIgnoreCase) || text.AsSpan(0, start).EndsWith("sips:", StringComparison.OrdinalIgnoreCase)
                || IsHexId(text.AsSpan(start, at - start)) || NamesNoMailbox(text, start, at, end))
            {
                continue;
            }

            if (TextContext.Before(text, start, 8, "ssh://", "git+ssh", "sftp://")
                || char.IsWhiteSpace(TextContext.CharBefore(text, start)) && TextContext.OnLineBefore(text, start, 160, "ssh ", "scp ", "sftp ", "rsync ", "mosh ")
                || anchorLength == 1 && GluedEnd(text, end) is var glued && TextContext.CharAt(text, glued) == ':' && !char.IsWhiteSpace(TextContext.CharAt(text, glued + 1)))
            {
                continue;
            }

            found.Add(PiiType.Email, start, end, 0.95);
        }
    }

    // Where a suffix glued on with "-" ends: git@github.com-work:org/repo is an SSH host alias, a login like git@github.com:org/repo.
    private static int GluedEnd(string text, int end)
    {
        while (end < text.Length && text[end] == '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
        }

        return end;
    }

    // Header fields whose angle-bracketed values name a message or a MIME part, not a mailbox (RFC 5322 msg-id, RFC 2392 cid).
    private static readonly string[] MessageIdHeaders = ["message-id:", "in-reply-to:", "references:", "content-id:", "resent-message-id:", "original-message-id:"];

    // The kinds of systemd unit: "getty@tty1.service" and "openvpn-client@office.service" are a template and its instance.
    private static readonly string[] UnitKinds = [".service", ".socket", ".timer", ".target", ".mount", ".automount", ".path", ".slice", ".scope", ".device", ".swap"];

    /// <summary>Widens a local part over the <c>=</c> of a bounce address that encodes the recipient (VERP, <c>bounce+tag=ana=example.org@mg.example.com</c>;
    /// SRS, <c>SRS0=hash=tt=example.org=ana@relay</c>), so that the whole address is one: the word before the first <c>=</c> holds a
    /// <c>+</c> or is the SRS tag, and the address stands alone (after a bracket, a colon or a blank). <c>user=ana@example.org</c> stays a
    /// key and an address.</summary>
    private static int VerpStart(string text, int start)
    {
        if (TextContext.CharBefore(text, start) != '=')
        {
            return start;
        }

        var from = start - 1;
        while (from > 0 && start - from < 128 && (char.IsAsciiLetterOrDigit(text[from - 1]) || text[from - 1] is '.' or '_' or '+' or '-' or '='))
        {
            from--;
        }

        var token = text.AsSpan(from, start - from);
        var head = token[..token.IndexOf('=')];
        var alone = from == 0 || text[from - 1] is '<' or ':' or ' ' or '\t' or '\n' or '"';
        return alone && (head.Contains('+') || head is "SRS0" or "SRS1") && char.IsAsciiLetterOrDigit(token[0]) ? from : start;
    }

    /// <summary>Gets whether an address-shaped value names something other than a mailbox: a message (the value of a
    /// <c>Message-ID</c>, <c>In-Reply-To</c> or <c>References</c> header, folded lines included, or a mail log's <c>message-id=&lt;…&gt;</c>),
    /// a Kerberos service principal (<c>HTTP/web01.example.com@EXAMPLE.COM</c>: a service and a host in an upper-case realm; a user's
    /// <c>ana@EXAMPLE.COM</c> is a person's login and stays), or a systemd unit instance (<c>name@instance.service</c>).</summary>
    private static bool NamesNoMailbox(string text, int start, int at, int end)
    {
        var before = TextContext.CharBefore(text, start);
        if (before == '<' && InMessageIdHeader(text, start - 1))
        {
            return !IsPersonalLocalPart(text.AsSpan(start, at - start));
        }

        // A user's admin instance (ana/admin@REALM, ana/root@REALM) is the user's principal, not a service's.
        if (before == '/' && IsRealm(text.AsSpan(at + 1, end - at - 1)) && text.AsSpan(start, at - start) is not ("admin" or "root"))
        {
            var service = start - 1;
            while (service > 0 && start - 1 - service < 32 && (char.IsAsciiLetterOrDigit(text[service - 1]) || text[service - 1] is '-' or '_'))
            {
                service--;
            }

            if (service < start - 1 && TextContext.CharBefore(text, service) is not ('/' or '.' or '@' or ':'))
            {
                return true;
            }
        }

        var domain = text.AsSpan(at + 1, end - at - 1);
        foreach (var kind in UnitKinds)
        {
            if (domain.EndsWith(kind, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a realm is written as Kerberos writes it: upper case, with at least one letter.</summary>
    private static bool IsRealm(ReadOnlySpan<char> domain) => !domain.ContainsAnyInRange('a', 'z') && domain.ContainsAnyInRange('A', 'Z');

    /// <summary>Gets whether the angle bracket at <paramref name="open"/> opens a message identifier: in the value of a message-id
    /// header (whose folded lines start with blanks; at most 16 lines up) or right after a mail log's <c>message-id=</c>.</summary>
    private static bool InMessageIdHeader(string text, int open)
    {
        var head = text.AsSpan(0, open).TrimEnd(" \t");
        if (head.EndsWith("message-id=", StringComparison.OrdinalIgnoreCase) || head.EndsWith("message_id=", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var lineStart = open;
        for (var lines = 0; lines < 16; lines++)
        {
            lineStart = text.AsSpan(0, lineStart).LastIndexOf('\n') + 1;
            if (lineStart == 0 || !(text[lineStart] is ' ' or '\t'))
            {
                break;
            }

            lineStart--;
        }

        var line = text.AsSpan(lineStart, open - lineStart).TrimStart("> \t");
        foreach (var header in MessageIdHeaders)
        {
            if (line.StartsWith(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a local part is a person's mailbox rather than a generated id (<c>john.smith</c>, <c>maria_santos</c>):
    /// two or three parts of letters only, joined by <c>.</c>, <c>_</c> or <c>-</c>, one of them a known given name, and after capitalised
    /// parts a number (<c>Jane.Doe.1234</c>). A message id that reuses the sender's address or name still carries the person.</summary>
    private static bool IsPersonalLocalPart(ReadOnlySpan<char> local)
    {
        var (parts, given, capitalised, number) = (0, false, true, false);
        foreach (var range in local.SplitAny("._-"))
        {
            var part = local[range];
            if (part.Length == 0 || ++parts > 3 || number)
            {
                return false;
            }

            // A mail client that writes its ids from the sender's name may close them with a number (Jane.Doe.1234): only after
            // capitalised parts, which a generated id's lower-case or hex parts are not.
            if (parts == 3 && !part.ContainsAnyExceptInRange('0', '9'))
            {
                number = true;
                continue;
            }

            foreach (var c in part)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            capitalised &= char.IsUpper(part[0]);
            given |= part.Length >= 2 && NameShape.IsGivenName(part);
        }

        return parts - (number ? 1 : 0) >= 2 && given && (!number || capitalised);
    }

    private static bool IsHexId(ReadOnlySpan<char> local) =>
        local.Length >= 12 && !local.ContainsAnyExcept(LowerHex) && local.ContainsAnyInRange('0', '9') && local.ContainsAnyInRange('a', 'f');

    /// <summary>Where a file name made of an address ends its address: <c>a@b.com.log</c> is the mailbox <c>a@b.com</c> and a file
    /// extension, since no top-level domain is a file extension of this list.</summary>
    private static int FileExtensionStart(string text, int domainStart, int domainEnd)
    {
        var dot = text.LastIndexOf('.', domainEnd - 1, domainEnd - domainStart);
        return dot > domainStart && text.AsSpan(domainStart, dot - domainStart).Contains('.') && FileExtensions.Contains(text[(dot + 1)..domainEnd])
            ? dot
            : domainEnd;
    }

    /// <summary>Gets whether the text before an @ is the userinfo of a URL (<c>https://user:pw@host</c>, a Sentry DSN key) rather than a mailbox.</summary>
    private static bool IsUrlUserinfo(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < 300 && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] is not ('"' or '\'' or '`' or '(' or '['))
        {
            from--;
        }

        var scheme = text.AsSpan(from, start - from).LastIndexOf("://", StringComparison.Ordinal);
        return scheme >= 0 && text.AsSpan(from + scheme + 3, start - from - scheme - 3).IndexOfAny("/?#&=") < 0;
    }

    /// <summary>Gets how many characters before a number's first digit belong to it: "(", then "+" or its URL encoding "%2B".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int PhoneLeadIn(string text, int firstDigit)
    {
        var start = firstDigit;
        if (start > 0 && text[start - 1] == '(')
        {
            start--;
        }

        if (start > 0 && text[start - 1] == '+')
        {
            start--;
        }
        else if (start >= 3 && text[start - 3] == '%' && text[start - 2] == '2' && text[start - 1] is 'B' or 'b')
        {
            start -= 3;
        }

        return firstDigit - start;
    }

    /// <summary>Scores a phone candidate and adds it to <paramref name="found"/>; false when it is no phone number.</summary>
    internal static bool ScorePhone(string text, int start, int length, Findings found)
    {
        var value = text.AsSpan(start, length);
        var encodedPlus = value.StartsWith("%2B", StringComparison.OrdinalIgnoreCase);
        var exitCode = value.StartsWith("00", StringComparison.Ordinal) && value.Length > 11;
        var digits = CountDigits(value) - (encodedPlus ? 1 : 0);
        if (digits is < 7 or > 15 || DatePattern().IsMatch(value) || TextContext.CharAt(text, start + length) is '.' && char.IsAsciiDigit(TextContext.CharAt(text, start + length + 1)))
        {
            return false;
        }

        double score;
        if (value[0] == '+' || encodedPlus || exitCode)
        {
            // International: the country code says where it is from; 00 and %2B are ways of writing +.
            // Built on the stack: a candidate recalled from the memo allocates nothing.
            var written = encodedPlus ? value[3..] : exitCode ? value[2..] : value[1..];
            Span<char> raw = written.Length < 63 ? stackalloc char[64] : new char[written.Length + 1];
            raw = raw[..(written.Length + 1)];
            raw[0] = '+';
            written.CopyTo(raw[1..]);
            var verdict = PhoneLengths.CannotBePossible(raw) ? NotPossible : PhoneVerdicts.Recall('+', raw, InternationalVerdict);
            if (verdict == NotPossible)
            {
                return false;
            }

            score = verdict == Valid ? 0.85 : 0.7;
        }
        else
        {
            // National: only the shapes phone numbers are written in (checked before the costlier parse), never an SSN's.
            var nanp = NanpShape().IsMatch(value);
            if (!nanp && !NationalShape().IsMatch(value) && !AreaCodeShape().IsMatch(value) || SsnShape().IsMatch(value))
            {
                return false;
            }

            if (PhoneVerdicts.Recall('p', value, PossibleInAnyRegion) == NotPossible)
            {
                return false;
            }

            // A number libphonenumber holds valid (not merely possible) in a region is kept without a phone word beside it: rotas,
            // CSV rows and SQL values put numbers where no word says "phone".
            score = nanp ? 0.6 : PhoneVerdicts.Recall('v', value, ValidInAnyRegion) == Valid ? 0.5 : 0.45;
        }

        if (TextContext.OnLineBefore(text, start, 40, PhoneWords))
        {
            score += 0.2;
        }

        if (NotPhoneWordBefore(text, start))
        {
            score -= 0.3;
        }

        found.Add(PiiType.Phone, start, start + length, score);
        return true;
    }

    /// <summary>Gets whether a word that makes a number something else (an order, a port, a size) is on the line within 24 characters
    /// before it, as a word: "port" in "port 5432" or "db_port=", not inside "suporte" or "support"; key suffixes ("id=") anywhere.</summary>
    private static bool NotPhoneWordBefore(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        from += text.AsSpan(from, start - from).LastIndexOf('\n') + 1;

        // Every word holds an ASCII letter, which ignoring case only a letter or a non-ASCII character (ı, ſ, K) matches: a window
        // of ASCII digits and separators (a run of numbers) holds no word and is not searched fifteen times.
        return text.AsSpan(from, start - from).ContainsAnyExcept(AsciiNonLetters) && TextContext.WordOnLineBefore(text, start, 24, NotPhoneWords, ending: false);
    }

    // libphonenumber's answers, kept by PhoneVerdicts: no possible number, a possible one, a valid one.
    private const byte NotPossible = 0;
    private const byte Possible = 1;
    private const byte Valid = 2;

    private static byte InternationalVerdict(string raw) =>
        !TryParse(raw, "ZZ", out var number) || !Phones.IsPossibleNumber(number) ? NotPossible : Phones.IsValidNumber(number) ? Valid : Possible;

    private static byte PossibleInAnyRegion(string raw)
    {
        foreach (var region in NationalRegions)
        {
            if (TryParse(raw, region, out var number) && Phones.IsPossibleNumber(number))
            {
                return Possible;
            }
        }

        return NotPossible;
    }

    private static byte ValidInAnyRegion(string raw)
    {
        foreach (var region in NationalRegions)
        {
            if (TryParse(raw, region, out var number) && Phones.IsValidNumberForRegion(number, region))
            {
                return Valid;
            }
        }

        return NotPossible;
    }

    /// <summary>Gets whether the value of a key that names a phone or a contact in some language (<c>手机: 139 1234 5678</c>,
    /// <c>Telefon=0170 1234567</c>, <c>contact: 13912345678</c>) is one: with <c>+</c> or <c>00</c> a number libphonenumber holds
    /// possible, else one it holds valid in a region whose language writes such keys (a mobile has no trunk prefix there: China's
    /// 13912345678, Korea's 01012345678). An epoch time (ten or thirteen digits from 1) is no phone under any key.</summary>
    internal static bool IsKeyedPhone(ReadOnlySpan<char> value)
    {
        var digits = CountDigits(value);
        if (digits is < 7 or > 15 || digits == value.Length && digits is 10 or 13 && value[0] == '1' || DatePattern().IsMatch(value))
        {
            return false;
        }

        if (value[0] == '+' || value.StartsWith("00", StringComparison.Ordinal))
        {
            var written = value[(value[0] == '+' ? 1 : 2)..];
            Span<char> raw = stackalloc char[written.Length + 1];
            raw[0] = '+';
            written.CopyTo(raw[1..]);
            return !PhoneLengths.CannotBePossible(raw) && PhoneVerdicts.Recall('+', raw, InternationalVerdict) != NotPossible;
        }

        return PhoneVerdicts.Recall('k', value, ValidInKeyedRegion) == Valid;
    }

    private static byte ValidInKeyedRegion(string raw)
    {
        foreach (var region in KeyedRegions)
        {
            if (TryParse(raw, region, out var number) && Phones.IsValidNumberForRegion(number, region))
            {
                return Valid;
            }
        }

        return NotPossible;
    }

    private static int CountDigits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool TryParse(string raw, string region, out PhoneNumber number)
    {
        try
        {
            number = Phones.Parse(raw, region);
            return true;
        }
        catch (NumberParseException)
        {
            number = null!;
            return false;
        }
    }

    // The domain of an e-mail address: labels and an alphabetic top-level domain (so package@5.8.1 and image@sha256 are not mail), in
    // any script (bücher.de, пример.рф). It ends where a label cannot go on: a name glued on with "_" or "-" (a@b.com_old, a@b.com-2.log)
    // is a suffix, since a top-level domain holds no hyphen.
    [GeneratedRegex(@"\G[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}]|\.[\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();

    // A run of digits, or groups each closed by a separator (so a digit run splits one way only), optionally after + or %2B.
    // ASCII digits: libphonenumber's shapes and the digit count read them.
    [GeneratedRegex(PhoneBefore + PhoneBody + PhoneAfter, RegexOptions.CultureInvariant)]
    internal static partial Regex PhonePattern();

    /// <summary>What may not come before a phone number: a word character, or a character that makes it part of a longer value.</summary>
    internal const string PhoneBefore = @"(?<![\w.+/:-])";

    /// <summary>A phone number: a run of digits, or groups each closed by a separator, optionally after + or %2B.</summary>
    internal const string PhoneBody = @"(?:\+|%2[Bb])?(?:[0-9]{7,15}|(?:\([0-9]{1,4}\)[ .-]?|[0-9]{1,5}[ .-])(?:\(0\)[ ]?|\([0-9]{1,4}\)[ .-]?|[0-9]{1,5}[ .-]){0,4}[0-9]{2,10})";

    /// <summary>What may not come after a phone number: a word character, or a separator that goes on with a digit.</summary>
    internal const string PhoneAfter = @"(?![\w]|[.-][0-9]|:[0-9])";

    [GeneratedRegex(@"^(?:\d{4}[-./]\d{2}[-./]\d{2}|\d{2}[-./]\d{2}[-./]\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{3}[- ]\d{2}[- ]\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SsnShape();

    // North American 3-3-4: (212) 555-0100, 212-555-0100, 212.555.0100, 1-212-555-0100.
    [GeneratedRegex(@"^(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[.-])[2-9]\d{2}[.-]\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex NanpShape();

    // A national trunk prefix and groups: 07700 900963, 030 47825204, 0161 496 0146, and France's pairs 06 12 34 56 78.
    // France also writes the pairs with dots: 01.47.20.00.01.
    [GeneratedRegex(@"^0[1-9]\d{0,3}(?:[ -]\d{2,8}){1,4}$|^0[1-9](?:\.\d{2}){4}$", RegexOptions.CultureInvariant)]
    private static partial Regex NationalShape();

    // An area code in brackets, then a local number in two groups: Brazil's (11) 91234-5678, Australia's (02) 9876 5432.
    [GeneratedRegex(@"^\(0?[1-9]\d{0,2}\) ?\d{3,5}[ -]\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaCodeShape();
}
