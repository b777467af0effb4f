using System.Text.Encodings.Web;
using FaultMaven.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Security;

/// <summary>With FM_AUTH=off (loopback only) every request is the implicit local admin, so the API behaves as it always has.</summary>
internal sealed class LocalAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(CallerClaims.ToPrincipal(Caller.Local, SchemeName), SchemeName)));
}
