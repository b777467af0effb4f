using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace FaultMaven.Server.Integrations;

/// <summary>Checks an integration's token, sent as <c>Authorization: Bearer &lt;token&gt;</c> or as the password of HTTP Basic
/// (Alertmanager's <c>http_config</c> can send either), in constant time.</summary>
internal static class IntegrationToken
{
    /// <summary>Whether the request carries <paramref name="expected"/>.</summary>
    public static bool Matches(HttpRequest request, string expected)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        string? sent = null;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            sent = header["Bearer ".Length..].Trim();
        }
        else if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            sent = BasicPassword(header["Basic ".Length..].Trim());
        }

        // Hashes are compared, so neither the token's length nor its prefix shows in the time taken.
        return sent is not null
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }

    private static string? BasicPassword(string encoded)
    {
        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var written))
        {
            return null;
        }

        var pair = Encoding.UTF8.GetString(buffer, 0, written);
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : pair[(colon + 1)..];
    }
}
