using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Request signatures (issue 18, unseen5): a signed URL or a signed request grants access by itself until it expires, so its
/// signature is a secret whatever the API calls it — AWS's <c>X-Amz-Signature=</c> and SigV4 <c>Authorization: AWS4-HMAC-SHA256 …,
/// Signature=</c>, Google's <c>X-Goog-Signature=</c>, Azure SAS <c>sig=</c>, CloudFront's <c>Signature=</c>, OAuth 1's
/// <c>oauth_signature=</c>. Read as a parameter (after <c>?</c>, <c>&amp;</c>, <c>;</c>, <c>,</c> or a blank) whose name is "sig" or ends
/// in "signature", with a random value of at least 16 characters; <c>SignedHeaders=host</c>, <c>signature_version=4</c> and
/// <c>sig=1</c> are settings.</summary>
internal sealed partial class NamedSecretRecognizer
{
    private static readonly SearchValues<string> SignatureAnchors = SearchValues.Create(["sig"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> ParameterStarts = SearchValues.Create("?&;, \t\r\n\"'");

    private static void FindSignatures(string text, Findings found)
    {
        foreach (var match in Anchors.Matches(text, SignatureAnchors, SignatureParameterPattern()))
        {
            // The parameter's whole name: back over name characters (bounded) to the delimiter that opens a parameter.
            var nameStart = match.Index;
            while (nameStart > 0 && match.Index - nameStart < 40 && (char.IsAsciiLetterOrDigit(text[nameStart - 1]) || text[nameStart - 1] is '-' or '_'))
            {
                nameStart--;
            }

            var isSig = match.Groups["nature"].Length == 0;
            if (nameStart > 0 && !ParameterStarts.Contains(text[nameStart - 1]) || isSig && nameStart != match.Index)
            {
                continue;
            }

            var value = match.Groups["value"];
            var v = value.ValueSpan.TrimEnd("=.");
            if (v.Length >= 16 && v.ContainsAnyInRange('0', '9') && !Checks.Placeholder(v) && Checks.Entropy(v) >= 3.0)
            {
                found.Add(PiiType.GenericSecret, value.Index, value.Index + value.Length, 0.9);
            }
        }
    }

    // "sig" or "…signature", an optional digest suffix (Signature-256), "=", the value up to the next parameter or blank.
    [GeneratedRegex(@"\G(?i:sig)(?<nature>(?i:nature))?(?:[-_]?[0-9]{1,3})?=(?<value>[A-Za-z0-9%+/_.~=-]{16,4096})", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureParameterPattern();
}
