using System.Net;
using System.Text.Json;
using FaultMaven.Server.Security;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>A client without credentials learns how to get them — whether they are required, and the OIDC issuer and public client the
/// web app signs in with — and nothing else; the web app's CSP lets it reach that issuer and no other.</summary>
public sealed class SignInOptionsTests
{
    private const string Authority = "http://127.0.0.1:9/";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Options_AreReadableWithoutCredentials_AndNameTheIssuerAndClient()
    {
        using var webRoot = WebRoot();
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_AUTH"] = "required",
            ["FM_OIDC_AUTHORITY"] = Authority,
            ["FM_OIDC_AUDIENCE"] = "api://faultmaven",
            ["FM_OIDC_CLIENT_ID"] = "faultmaven-web",
            ["FM_WEB_ROOT"] = webRoot.Path,
        }, cancellationToken: Token);

        using var options = await server.Client.GetAsync("/auth/options", Token);
        using var cases = await server.Client.GetAsync("/api/v1/cases", Token);
        using var page = await server.Client.GetAsync("/sign-in", Token);

        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        var body = JsonDocument.Parse(await options.Content.ReadAsStringAsync(Token)).RootElement;
        Assert.True(body.GetProperty("credentialsRequired").GetBoolean());
        Assert.Equal("http://127.0.0.1:9", body.GetProperty("oidc").GetProperty("authority").GetString());
        Assert.Equal("faultmaven-web", body.GetProperty("oidc").GetProperty("clientId").GetString());
        Assert.Equal("openid profile", body.GetProperty("oidc").GetProperty("scope").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, cases.StatusCode);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self' http://127.0.0.1:9;", csp);
    }

    [Fact]
    public async Task WithoutAClientId_TheAppIsOfferedApiKeysOnly_AndReachesOnlyItsServer()
    {
        using var webRoot = WebRoot();
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_AUTH"] = "required",
            ["FM_OIDC_AUTHORITY"] = Authority,
            ["FM_OIDC_AUDIENCE"] = "api://faultmaven",
            ["FM_WEB_ROOT"] = webRoot.Path,
        }, cancellationToken: Token);

        var body = JsonDocument.Parse(await server.Client.GetStringAsync("/auth/options", Token)).RootElement;
        using var page = await server.Client.GetAsync("/", Token);

        Assert.Equal(JsonValueKind.Null, body.GetProperty("oidc").ValueKind);
        Assert.True(body.GetProperty("apiKeys").GetBoolean());
        Assert.Equal(SecurityHeaders.WebAppPolicy, string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task AScopeWithoutOpenId_IsAConfigurationError()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_AUTH"] = "required",
            ["FM_OIDC_AUTHORITY"] = Authority,
            ["FM_OIDC_AUDIENCE"] = "api://faultmaven",
            ["FM_OIDC_CLIENT_ID"] = "faultmaven-web",
            ["FM_OIDC_SCOPE"] = "profile",
        }, cancellationToken: Token));

        Assert.Contains("FM_OIDC_SCOPE 'profile' must include openid", string.Join("\n", FaultMavenApplication.DescribeConfigurationErrors(error)));
    }

    private static TempDirectory WebRoot()
    {
        var directory = new TempDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "index.html"), "<!doctype html><div id=\"root\"></div>");
        return directory;
    }
}
