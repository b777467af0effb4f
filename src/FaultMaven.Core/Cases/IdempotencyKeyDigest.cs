using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Core.Cases;

/// <summary>What is kept of a client's idempotency key: its SHA-256. Clients put anything in the header, a token included, and the
/// key is only ever compared, so the key itself is neither stored nor used as a lock name.</summary>
public static class IdempotencyKeyDigest
{
    /// <summary>The digest kept for <paramref name="key"/>; null stays null.</summary>
    public static string? Of(string? key) =>
        key is null ? null : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
