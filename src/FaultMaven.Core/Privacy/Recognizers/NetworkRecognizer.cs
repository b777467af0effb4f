using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Host addresses: IPv4, IPv6 (validated by the framework's parser) and unicast MAC addresses.
/// Loopback, unspecified, broadcast, masks, versions and OIDs are left alone.</summary>
internal sealed partial class NetworkRecognizer : PiiRecognizer
{
    internal static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    internal static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");
    internal static readonly SearchValues<char> Dot = SearchValues.Create(".");
    internal static readonly SearchValues<char> Colon = SearchValues.Create(":");
    internal static readonly SearchValues<char> MacSeparators = SearchValues.Create(":-.");
    // Words that put a version, not an address, after them (" ver " with its spaces: "server 10.0.0.5" is an address).
    private static readonly string[] VersionWords =
        ["version", " ver ", "ver.", "v=", "release", "build", "chrome/", "firefox/", "safari/", "kernel", "firmware", "bios ", "driver", "patch", "sdk ", "runtime"];

    private static readonly HashSet<string> AddressWords = new(StringComparer.OrdinalIgnoreCase) { "ip", "addr", "address", "host", "src", "dst", "peer", "remote", "ip_address" };

    public override void Recognize(string text, Findings found)
    {
        // The separators an address can have were found in the reading of the text's numbers.
        var numbers = found.Numbers(text);
        foreach (var match in Anchors.AtSeparators(text, numbers.IPv4Dots, Digits, 3, IPv4Pattern(), minLead: 1, shape: DottedQuad))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            // Part of a longer dotted number (a version, an OID, a cookie) rather than an address.
            if (TextContext.CharBefore(text, start) is '.' or '/' && char.IsAsciiDigit(TextContext.CharBefore(text, start - 1))
                || TextContext.CharAt(text, end) == '.' && char.IsAsciiDigit(TextContext.CharAt(text, end + 1)) && !IsTcpdumpEndpoint(text, end))
            {
                continue;
            }

            var address = IPAddress.Parse(text.AsSpan(start, match.Length));
            if (!IsHost(address))
            {
                continue;
            }

            var versionLike = TextContext.Before(text, start, 12, VersionWords) || IsVersionConstraint(text, start) || IsNamedVersion(text, start)
                || IsProductName(text, start) || IsReleaseChange(text, start);
            found.Add(PiiType.IPv4, start, end, versionLike ? 0.4 : 0.9);
        }

        foreach (var match in Anchors.AtSeparators(text, numbers.IPv6Colons, HexDigits, 4, IPv6Pattern(), shape: ColonRun))
        {
            var (start, length) = (match.Index, match.Length);
            var candidate = text.AsSpan(start, length);
            if (candidate.IndexOf(':') < 0 || candidate.Count(':') < 2 || !candidate.Contains("::", StringComparison.Ordinal) && candidate.Count(':') < 7)
            {
                continue;
            }

            // A trailing colon belongs to the sentence ("from fe80::1: timeout"), not the address.
            while (length > 0 && candidate[length - 1] == ':' && !candidate.EndsWith("::"))
            {
                length--;
                candidate = candidate[..length];
            }

            // A longer colon-separated run (a certificate serial, a fingerprint) is not an address.
            var after = TextContext.CharAt(text, start + length);
            if (char.IsAsciiLetterOrDigit(TextContext.CharBefore(text, start)) || char.IsAsciiLetterOrDigit(after)
                || after == ':' && char.IsAsciiHexDigit(TextContext.CharAt(text, start + length + 1))
                || !IPAddress.TryParse(candidate, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                if (AddressBeforePort(text, start) is var portless and > 0)
                {
                    found.Add(PiiType.IPv6, start, start + portless, 0.9);
                }

                continue;
            }

            var groups = candidate.Count(':') + 1;
            var hasDigit = candidate.IndexOfAnyInRange('0', '9') >= 0;
            if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6Any) || !hasDigit && groups < 4)
            {
                continue;
            }

            if (address.IsIPv4MappedToIPv6 && !IsHost(address.MapToIPv4()))
            {
                continue;
            }

            found.Add(PiiType.IPv6, start, start + length, groups >= 4 ? 0.9 : 0.6);
        }

        foreach (var match in Anchors.AtSeparators(text, numbers.MacSeparators, HexDigits, 4, MacPattern(), minLead: 2, shape: MacGroups))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            // One group of a longer colon-separated run: a fingerprint or an IPv6 address.
            if (TextContext.CharBefore(text, start) is ':' or '-' or '.' || TextContext.CharAt(text, end) is ':' or '-' && char.IsAsciiHexDigit(TextContext.CharAt(text, end + 1)))
            {
                continue;
            }

            var mac = text.AsSpan(start, match.Length);
            var hex = string.Concat(mac.ToString().Split(':', '-', '.'));
            var first = Convert.ToInt32(hex[..2], 16);
            var allSame = hex.AsSpan().IndexOfAnyExcept(hex[0]) < 0;
            if ((first & 1) == 1 || allSame || mac.Contains('.') && hex.All(char.IsAsciiDigit))
            {
                continue;
            }

            found.Add(PiiType.Mac, start, end, 0.85);
        }

        // Twelve hex digits with no separators, in a field named for a hardware address (mac, hwaddr, chaddr, lladdr).
        // Tried only where a field name starts: the pattern's own search stops at every 'e' and 'c' of the text.
        foreach (var match in Anchors.Matches(text, BareMacAnchors, BareMacPattern()))
        {
            var hex = match.Groups["mac"].ValueSpan;
            var first = Convert.ToInt32(hex[..2].ToString(), 16);
            if ((first & 1) == 0 && hex.IndexOfAnyExcept(hex[0]) >= 0 && hex.ContainsAnyExcept(Digits))
            {
                found.Add(PiiType.Mac, match.Groups["mac"].Index, match.Groups["mac"].Index + hex.Length, 0.8);
            }
        }

        // netfilter's MAC= field: destination, source and EtherType in one colon run, which the reading above skips as too long.
        if (text.Contains("MAC=", StringComparison.Ordinal))
        {
            foreach (var match in NetfilterMacPattern().EnumerateMatches(text))
            {
                found.Add(PiiType.Mac, match.Index + 4, match.Index + match.Length, 0.85);
            }
        }
    }

    /// <summary>Gets whether four dot-separated numbers of one to three digits start at <paramref name="start"/>, as in every IPv4 match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool DottedQuad(string text, int start, int separator)
    {
        var i = start;
        for (var part = 0; part < 4; part++)
        {
            var digits = 0;
            while (i < text.Length && digits < 4 && char.IsDigit(text[i]))
            {
                (i, digits) = (i + 1, digits + 1);
            }

            if (digits is 0 or 4 || part < 3 && (i == text.Length || text[i++] != '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether the hex-and-colon run at <paramref name="start"/> holds a <c>::</c> or seven colons, as every IPv6 candidate
    /// kept must (a time of day's two colons never do).</summary>
    internal static bool ColonRun(string text, int start, int separator)
    {
        var colons = 0;
        for (var i = start; i < text.Length && i < start + 64; i++)
        {
            if (text[i] == ':')
            {
                if (i > start && text[i - 1] == ':')
                {
                    return true;
                }

                colons++;
            }
            else if (!char.IsAsciiHexDigit(text[i]))
            {
                break;
            }
        }

        return colons >= 7;
    }

    /// <summary>Gets whether the separators fall where a MAC address has them: every third character after two hex digits
    /// (<c>aa:bb:…</c>), or every fifth after four (<c>aabb.ccdd.eeff</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MacGroups(string text, int start, int separator)
    {
        var (sep, lead) = (text[separator], separator - start);
        return lead == 2 && sep != '.' ? separator + 12 < text.Length && text[separator + 3] == sep && text[separator + 6] == sep && text[separator + 9] == sep && text[separator + 12] == sep
            : lead == 4 && sep == '.' && separator + 5 < text.Length && text[separator + 5] == '.';
    }

    /// <summary>Gets whether a dotted quad is a package version in a requirement (<c>torch==2.1.0.1</c>, <c>pkg&gt;=1.2.3.4</c>) rather than
    /// an address compared in a filter (<c>ip.addr==10.0.0.1</c>).</summary>
    private static bool IsVersionConstraint(string text, int start)
    {
        if (TextContext.CharBefore(text, start) != '=' || TextContext.CharBefore(text, start - 1) is not ('=' or '>' or '<' or '~' or '!'))
        {
            return false;
        }

        var nameEnd = start - 2;
        var nameStart = nameEnd;
        while (nameStart > 0 && nameEnd - nameStart < 100 && (char.IsAsciiLetterOrDigit(text[nameStart - 1]) || text[nameStart - 1] is '-' or '_' or '.' or '[' or ']' or ',' or '/'))
        {
            nameStart--;
        }

        var name = text.AsSpan(nameStart, nameEnd - nameStart);
        return name.Length > 0 && char.IsAsciiLetter(name[0]) && !AddressWords.Contains(name[(name.LastIndexOf('.') + 1)..].ToString());
    }

    /// <summary>Gets whether a dotted quad is the version of a name it is joined to: <c>orders-2.14.1.3</c>, <c>libfoo_1.2.3.4</c>
    /// (a chart, package or artifact name, then its version), not <c>ip-10.0.0.1</c>'s address after a host prefix.</summary>
    private static bool IsNamedVersion(string text, int start)
    {
        var joiner = TextContext.CharBefore(text, start);
        if (joiner == ' ')
        {
            return start > 1 && IsPackageBefore(text, start - 1);
        }

        if (joiner is not ('-' or '_') || !char.IsAsciiLetter(TextContext.CharBefore(text, start - 1)))
        {
            return false;
        }

        var nameStart = start - 1;
        while (nameStart > 0 && start - nameStart < 64 && (char.IsAsciiLetterOrDigit(text[nameStart - 1]) || text[nameStart - 1] is '-' or '_' or '.'))
        {
            nameStart--;
        }

        var name = text.AsSpan(nameStart, start - 1 - nameStart);
        return name.Length >= 3 && !name.EndsWith("ip", StringComparison.OrdinalIgnoreCase) && !name.EndsWith("host", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets whether the word ending at <paramref name="end"/> is a package's or plugin's name, so that a dotted quad after
    /// it is its version (<c>git-client 4.1.4.68</c>, <c>libfoo 1.2.3.4</c>): lower-case letters joined by hyphens or underscores, or
    /// a library's <c>lib</c> prefix. Host names carry digits (<c>web-01</c>) or end in a role (<c>db-primary</c>, <c>edge-proxy</c>),
    /// and a preposition (<c>from</c>, <c>to</c>) is no name, so the addresses after them are kept.</summary>
    private static bool IsPackageBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < 64 && (char.IsAsciiLetterLower(text[start - 1]) || text[start - 1] is '-' or '_'))
        {
            start--;
        }

        if (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '[' or '"' or '\''))
        {
            return false;
        }

        var name = text.AsSpan(start, end - start);
        if (name.Length < 4 || !char.IsAsciiLetterLower(name[0]) || !char.IsAsciiLetterLower(name[^1]))
        {
            return false;
        }

        if (name.StartsWith("lib", StringComparison.Ordinal) && name.IndexOfAny('-', '_') < 0)
        {
            return true;
        }

        var last = name[(name.LastIndexOfAny('-', '_') + 1)..];
        return name.IndexOfAny('-', '_') > 0 && !HostRoles.Contains(last.ToString());
    }

    // Last words of a host's name rather than a package's.
    private static readonly HashSet<string> HostRoles = new(StringComparer.Ordinal)
    {
        "host", "ip", "addr", "address", "server", "node", "gateway", "gw", "proxy", "master", "primary", "replica", "secondary", "peer", "router",
        "dns", "lb", "balancer", "worker", "box", "vm", "instance", "db", "cache", "broker", "ingress", "egress", "endpoint", "upstream",
    };

    /// <summary>Gets whether an IPv4 address names a host: not loopback, unspecified, broadcast or a netmask.</summary>
    private static bool IsHost(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        if (bytes[0] is 0 or 127 || bytes[0] >= 224)
        {
            return false;
        }

        // A netmask is ones followed by zeros: 255.255.255.0, 255.255.0.0, …
        var value = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
        return bytes[0] != 255 || (~value & (~value + 1)) != 0;
    }

    [GeneratedRegex(@"\G(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\w])", RegexOptions.CultureInvariant)]
    internal static partial Regex IPv4Pattern();

    [GeneratedRegex(@"\G(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}|[0-9A-Fa-f]{1,4}|:)?", RegexOptions.CultureInvariant)]
    internal static partial Regex IPv6Pattern();

    [GeneratedRegex(@"\G(?<![\w])(?:[0-9A-Fa-f]{2}(?<sep>[:-])[0-9A-Fa-f]{2}(?:\k<sep>[0-9A-Fa-f]{2}){4}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})(?![\w])", RegexOptions.CultureInvariant)]
    internal static partial Regex MacPattern();

    private static readonly SearchValues<string> BareMacAnchors = SearchValues.Create(["mac", "hwaddr", "hw_addr", "chaddr", "lladdr", "ether"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G(?<![A-Za-z])(?i:mac|mac_?address|macaddr|hwaddr|hw_addr|chaddr|lladdr|ether)\\{0,7}[""']?[ \t]{0,3}[:=]?[ \t]{0,3}\\{0,7}[""']?(?<mac>[0-9A-Fa-f]{12})(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex BareMacPattern();

    [GeneratedRegex(@"(?<![\w])MAC=[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){13}(?![\w:])", RegexOptions.CultureInvariant)]
    private static partial Regex NetfilterMacPattern();
}
