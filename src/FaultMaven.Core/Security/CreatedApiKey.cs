namespace FaultMaven.Core.Security;

/// <summary>A new API key and its secret, which is never shown again.</summary>
/// <param name="Key">The stored key.</param>
/// <param name="Secret">The key to send, <c>fm_…</c>.</param>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
