using System.Net;
using System.Net.Sockets;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>An IPv6 address followed by <c>:port</c> without brackets, as HAProxy and many proxies log a client
/// (<c>2001:db8:7:1::2a:51234</c>, eight groups then <c>:443</c>): the run is no address, the run without its last field is one.</summary>
internal sealed partial class NetworkRecognizer
{
    /// <summary>Gets the length of the IPv6 address that opens the hex-and-colon run at <paramref name="start"/> when the run is that
    /// address, a colon and a decimal port (at most 65535); otherwise -1. Only called where the whole run is no address: where it is
    /// one (<c>fe80::1:8080</c>), that reading stands.</summary>
    private static int AddressBeforePort(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 56 && (char.IsAsciiHexDigit(text[end]) || text[end] == ':'))
        {
            end++;
        }

        // The run must end where the address and its port end: not inside a word, a dotted name or a longer run.
        if (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or ':' or '_'))
        {
            return -1;
        }

        var run = text.AsSpan(start, end - start);
        var colon = run.LastIndexOf(':');
        var port = run[(colon + 1)..];
        if (colon < 2 || port.Length is 0 or > 5 || port.ContainsAnyExceptInRange('0', '9') || int.Parse(port) > 65535 || run[colon - 1] == ':')
        {
            return -1;
        }

        var address = run[..colon];
        var groups = address.Count(':') + 1;
        if (!address.Contains("::", StringComparison.Ordinal) && groups != 8 || !IPAddress.TryParse(address, out var parsed)
            || parsed.AddressFamily != AddressFamily.InterNetworkV6 || parsed.Equals(IPAddress.IPv6Loopback) || parsed.Equals(IPAddress.IPv6Any))
        {
            return -1;
        }

        return colon;
    }

    /// <summary>tcpdump writes an endpoint as the address and its port joined by a fifth dot: <c>IP 10.0.0.1.44774 &gt; 10.0.0.2.6379:</c>.
    /// After the address at <paramref name="end"/>: a dot, a port (one to five digits), then " &gt;" or ":" and a blank or the line's end.</summary>
    private static bool IsTcpdumpEndpoint(string text, int end)
    {
        var p = end + 1;
        while (p < text.Length && p - end <= 6 && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        if (p - end is < 2 or > 6 || p >= text.Length)
        {
            return false;
        }

        return text[p] == ' ' && TextContext.CharAt(text, p + 1) == '>'
            || text[p] == ':' && (p + 1 == text.Length || char.IsWhiteSpace(text[p + 1]));
    }
}
