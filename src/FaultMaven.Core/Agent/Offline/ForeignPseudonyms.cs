using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>Pseudonyms (<c>&lt;EMAIL_1&gt;</c>, <c>&lt;IPV4_2&gt;</c>, <c>&lt;JWT:1a2b3c4d&gt;</c>) in text taken from the knowledge base
/// or from another case belong to the case that wrote them: in this case's answer the same token names another value of this case (and
/// with a model, would be restored to it). They are shown as <c>[redacted]</c> instead.</summary>
internal static partial class ForeignPseudonyms
{
    /// <summary>The text with every redaction marker replaced by <c>[redacted]</c>.</summary>
    public static string Scrub(string text) =>
        text.Contains('<', StringComparison.Ordinal) ? Marker().Replace(text, m => PiiTypes.IsRedactionMarker(m.ValueSpan) ? "[redacted]" : m.Value) : text;

    [GeneratedRegex(@"<[A-Za-z][A-Za-z0-9_]{1,40}(?::[0-9a-f]{8})?>", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
