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
}
