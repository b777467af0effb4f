using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>Which characters belong to a value: each case names the failure kind it reads, one line it must act on and one it must leave.</summary>
public sealed class MessageMaskerExtentTests
{
    [Theory]
    // An escaped quote closes a quoted value inside a quoted message: the backslash stays with the quote.
    [InlineData("msg=\"opening volume \\\"vol-7f3a9\\\"...\" kind=disk", "msg=\"opening volume \\\"<*>\\\"...\" kind=disk")]
    [InlineData("desc = \\\"dial tcp 10.1.2.3:443: refused\\\"", "desc = \\\"dial tcp <*>:<*>: refused\\\"")]
    // ... and a constant in escaped quotes stays a constant.
    [InlineData("state \\\"ready\\\" reached", "state \\\"ready\\\" reached")]
    public void Mask_EscapedQuoteStaysOutsideTheValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A date, its clock and its zone written as separate words are one value.
    [InlineData("job queued at 2031-04-09 17:45:12 +0200 by cron", "job queued at <*> by cron")]
    [InlineData("backup ended (2031-04-09 17:45:12 UTC)", "backup ended (<*>)")]
    [InlineData("lease until 2031-04-09T17:45:12.551Z, renewing", "lease until <*>, renewing")]
    [InlineData("sync step took until 07:05:59.004211 on disk", "sync step took until <*> on disk")]
    [InlineData("built=2031-04-09T17:45:12+02:00 ok", "built=<*> ok")]
    // A date alone is one value; a date that runs into a name or a four-part counter is not a date.
    [InlineData("rotated on 2031-04-09, next", "rotated on <*>, next")]
    [InlineData("artifact 2031-04-09-nightly and counter 1:23:45:67 seen", "artifact <*> and counter <*>:<*>:<*>:<*> seen")]
    // The word after a date is a zone only when it is one: a level or a word stays.
    [InlineData("at 2031-04-09 17:45:12 WARN disk", "at <*> WARN disk")]
    public void Mask_DateAndClockAreOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A bare host:port after a scheme is two values, as it is without the scheme.
    [InlineData("Stopping tcp://10.4.4.21:61616 because closed", "Stopping tcp://<*>:<*> because closed")]
    [InlineData("connection to: nats://queue-7.internal:4222, retrying", "connection to: nats://<*>:<*>, retrying")]
    // A documentation site the program prints is a constant; an address with digits, a query or a path with ids is one value.
    [InlineData("see http://wiki.example.org/storage/Quota for details", "see http://wiki.example.org/storage/Quota for details")]
    [InlineData("GET https://api.example.com/v1/users?id=7 failed", "GET https://<*> failed")]
    [InlineData("fetching https://cdn2.example.net/pkg", "fetching https://<*>")]
    // The quote that closes a URL in an escaped string, and a sentence's full stop, stay outside it.
    [InlineData("Get \\\"https://mirror.example.org/index.json\\\": timeout", "Get \\\"https://mirror.example.org/index.json\\\": timeout")]
    [InlineData("Get \\\"https://10.9.8.7/index.json\\\": timeout", "Get \\\"https://<*>\\\": timeout")]
    [InlineData("blocking queue://orders-7. See docs", "blocking queue://<*>. See docs")]
    public void Mask_UrlKeepsItsStructure(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A rate's "/sec" after a size unit is a constant, not a path.
    [InlineData("copied 12.5 MiB/sec. total", "copied <*>/sec. total")]
    [InlineData("copied 12.5 MiB /srv/data", "copied <*> <*>")]
    // A relative path written with its closing slash (a mount point) is one value; a word with a slash inside is not.
    [InlineData("mounted: type=kv path=secret-v2/ ok", "mounted: type=kv path=<*> ok")]
    [InlineData("read/write and TCP/IP stay", "read/write and TCP/IP stay")]
    [InlineData("denied: [alice/<via Auth-Type = pap>]", "denied: [alice/<via Auth-Type = pap>]")]
    [InlineData("mounted: (path=auth/ldap/) ok", "mounted: (path=<*>) ok")]
    public void Mask_ConstantNextToAValueStaysOutside(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A container image reference or a content digest is one value, not cut at its slashes and colons.
    [InlineData("PullImage \\\"registry.example.com:5000/team/api:v2.1\\\" done", "PullImage \\\"<*>\\\" done")]
    [InlineData("image=ghcr.io/acme/worker:stable, ref=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "image=<*>, ref=<*>")]
    [InlineData("pinned quay.io/org/app@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ok", "pinned <*> ok")]
    // A source line, a name without a registry and a DNS name with its class are not image references.
    [InlineData("at github.com/acme/api/server.go:207 panic", "at github.com/acme/api/server.go:<*> panic")]
    [InlineData("zone example.com/IN loaded, kube-system/coredns ready", "zone example.com/IN loaded, kube-system/coredns ready")]
    public void Mask_ImageReferenceIsOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A date that opens with its bracket, a weekday and a comma (RFC 1123, Samba's and HTTP's) is one value inside the bracket.
    [InlineData("at [Sun, 06 Dec 2026 08:31:13.977621 UTC] with [Kerberos]", "at [<*>] with [Kerberos]")]
    [InlineData("expires (Tue, 14 Jan 2031 09:00:00 GMT) now", "expires (<*>) now")]
    [InlineData("built on Dec 6, 2026 by ci", "built on <*> by ci")]
    // A comma after a month name that is not followed by a day and a month, or after a day not followed by a year, ends it.
    [InlineData("closed in Mar, 3 retries left", "closed in <*>, <*> retries left")]
    [InlineData("at [Sunday] the queue drained", "at [Sunday] the queue drained")]
    public void Mask_BracketedDateWithWeekdayIsOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A URL assigned to a field is the field's value even when it reads like a site the program prints.
    [InlineData("received job=1 repo_url=https://git.example.com/shop/api-infra.git runner=x", "received job=<*> repo_url=https://<*> runner=x")]
    [InlineData("{\"url\":\"https://git.example.com/shop/api\"}", "{\"url\":\"https://<*>\"}")]
    // ... and a site in a sentence stays text.
    [InlineData("Check https://docs.example.com/runner/shells/index.html for more", "Check https://docs.example.com/runner/shells/index.html for more")]
    public void Mask_UrlAssignedToAFieldIsAValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A size after a key, and a pair of sizes with their units, are values with their units.
    [InlineData("(total=5653ms data=249.11 GiB ingestion=1)", "(total=<*> data=<*> ingestion=<*>)")]
    [InlineData("677.87 KiB/371.0 KiB Go alloc/total", "<*>/<*> Go alloc/total")]
    [InlineData("521.4 MiB/351.5 B (r/w)net", "<*>/<*> (r/w)net")]
    // A number after a key followed by a word that only starts like a unit stays apart from it.
    [InlineData("retries=3 Bytes left", "retries=<*> Bytes left")]
    [InlineData("12.5 MiB /srv/data", "<*> <*>")]
    public void Mask_SizeWithItsUnitIsOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // Quotation marks and brackets of other scripts are delimiters, like '"' and '['.
    [InlineData("\"RemoteAddress\":\"‹10.40.56.115:35308›\"", "\"RemoteAddress\":\"‹<*>:<*>›\"")]
    [InlineData("split at key ‹/Table/116/3/50935› [r22]", "split at key ‹<*>› [r22]")]
    [InlineData("user «bob» and 「42」", "user «bob» and 「<*>」")]
    // Other non-ASCII text stays as it was.
    [InlineData("Größe 42 überschritten", "Größe <*> überschritten")]
    public void Mask_NonAsciiMarksAreDelimiters(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // An IPv6 address with "::", a zone or an IPv4 tail is one value.
    [InlineData("from 2001:db8::1 port 22", "from <*> port <*>")]
    [InlineData("addr=[fe80::1c2:3ff:fe4a:9%eth0]:546", "addr=[<*>]:<*>")]
    [InlineData("peer ::ffff:10.0.0.5 ok", "peer <*> ok")]
    [InlineData("0,,,1,igb0,match,pass,in,6,0x0,,64,0,0,none,6,tcp,60,2001:db8:fdb5::12,2001:db8::7,443", "<*>,,,<*>,igb0,match,pass,in,<*>,<*>,,<*>,<*>,<*>,none,<*>,tcp,<*>,<*>,<*>,<*>")]
    [InlineData("UDP,17,366,2001:db8:6714:771b:19d9,2001:db8:a2b0:7e4,47118", "UDP,<*>,<*>,<*>,<*>,<*>")]
    // Scope operators, clocks, counters and hex words are not addresses.
    [InlineData("tick=1:23:45:67 done", "tick=<*>:<*>:<*>:<*> done")]
    [InlineData("linkerd_app::http::client failed", "linkerd_app::http::client failed")]
    [InlineData("std::vector at 12:30:45 in a::b", "std::vector at <*> in a::b")]
    // The last groups of a longer run of hex groups are no address of their own.
    [InlineData("mLp(FF:F2:9F:16:E3:11:22:33:44:55:66:77) ok", "mLp(FF:F2:<*>:<*>:E3:<*>:<*>:<*>:<*>:<*>:<*>:<*>) ok")]
    public void Mask_Ipv6AddressIsOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A version behind its letters is one value, the letters stay.
    [InlineData("version=TLSv1.2 verified=true", "version=TLSv<*> verified=true")]
    [InlineData("built with go1.21.5 on linux", "built with go<*> on linux")]
    // A file name or a type name with digits in its first part is not a version.
    [InlineData("loading log4j.properties and v1.Pod", "loading log4j.properties and v1.Pod")]
    public void Mask_VersionBehindLettersIsOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // An IPv4 network with its prefix length is one value; an address with a port is two.
    [InlineData("network 10.197.52.0/24: no free leases", "network <*>: no free leases")]
    [InlineData("flow 10.0.0.7/22 to 10.0.0.9/51000 tcp", "flow <*>/<*> to <*>/<*> tcp")]
    public void Mask_NetworkWithPrefixIsOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // A date after a key and its colon is read whole; after a number and its colon it is a tail, as before.
    [InlineData("session_start:2026-12-06T21:31:55Z sid:7", "session_start:<*> sid:<*>")]
    [InlineData("counter 1:23:45:67 seen", "counter <*>:<*>:<*>:<*> seen")]
    // A date and its clock in quotes are one value.
    [InlineData("{\"start_time\": \"2026-12-05 15:50:55.510579+00:00\", \"role\": \"primary\"}",
        "{\"start_time\": \"<*>\", \"role\": \"primary\"}")]
    public void Mask_DateAfterKeyOrInQuotesIsOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // Three or more absolute paths joined by ':' are one value (a classpath); a path and its line, or two paths, are not.
    [InlineData("'java' '-cp' '/opt/storm/lib/*:/opt/storm/extlib/*:/opt/storm/conf' 'Worker'", "'java' '-cp' '<*>' 'Worker'")]
    [InlineData("at /srv/app/main.py:120 in run", "at <*>:<*> in run")]
    [InlineData("volume /data:/var/lib/db mounted", "volume <*>:<*> mounted")]
    public void Mask_PathListIsOneValue(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));
}
