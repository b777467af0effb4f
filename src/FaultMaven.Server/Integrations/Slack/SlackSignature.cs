using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Server.Integrations.Slack;

/// <summary>Slack's request signing (v0): <c>X-Slack-Signature</c> is <c>v0=</c> and the hex HMAC-SHA256, keyed by the signing secret,
/// of <c>v0:{X-Slack-Request-Timestamp}:{body}</c>. A timestamp outside the window is refused too, so a captured request cannot be replayed later.</summary>
internal static class SlackSignature
{
    /// <summary>Gets why the request is not Slack's, or null when it is.</summary>
    public static string? Refusal(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return "X-Slack-Request-Timestamp is missing or not a number.";
        }

        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds() || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > SlackOptions.TimestampWindow)
        {
            return "X-Slack-Request-Timestamp is more than five minutes from now.";
        }

        if (signature is null || !signature.StartsWith("v0=", StringComparison.Ordinal) || signature.Length != 3 + 64)
        {
            return "X-Slack-Signature is missing or not a v0 signature.";
        }

        var expected = Sign(secret, timestamp!, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()))
            ? null
            : "X-Slack-Signature does not match the body.";
    }

    /// <summary>Signs a body as Slack does.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
