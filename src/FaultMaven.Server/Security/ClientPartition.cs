using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Server.Security;

/// <summary>Who a request counts against: the caller that authentication accepted (its id, hashed so no identifier is written to
/// Redis as is), else the client's IP address. With authentication off every caller is the local admin, so the IP decides; made-up or
/// extra credentials never buy a fresh budget. Runs after authentication.</summary>
internal static class ClientPartition
{
    public static string For(HttpContext context)
    {
        var identity = context.User.Identity;
        if (identity is { IsAuthenticated: true } && identity.AuthenticationType != LocalAuthenticationHandler.SchemeName
            && context.User.FindFirst(CallerClaims.Id)?.Value is { Length: > 0 } caller)
        {
            return "caller:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(caller)).AsSpan(0, 16));
        }

        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
