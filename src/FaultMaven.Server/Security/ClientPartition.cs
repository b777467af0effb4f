using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Server.Security;

/// <summary>Who a request counts against: the credential it carries (the <c>Authorization</c> header or <c>X-API-Key</c>), hashed so no
/// raw key is kept or sent to Redis, when authentication accepted it; else the client's IP address — so made-up credentials never buy
/// a fresh budget. Runs after authentication.</summary>
internal static class ClientPartition
{
    public const string ApiKeyHeader = ApiKeyAuthenticationHandler.HeaderName;

    public static string For(HttpContext context)
    {
        var headers = context.Request.Headers;
        var credential = headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : headers[ApiKeyHeader].ToString();
        if (credential.Length > 0 && context.User.Identity?.IsAuthenticated == true)
        {
            return "key:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(credential)).AsSpan(0, 16));
        }

        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
