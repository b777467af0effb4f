using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Values whose secret-ness a sibling name gives (HAR headers and cookies as <c>{"name": K, "value": V}</c>) and session
/// cookies in cookie headers: the credential must go, the setting of the same shape stay. Values are made up for these tests.</summary>
public sealed class NameValuePairTests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    [InlineData("""{"name": "X-Api-Key", "value": "q7Lm2Zx9Tk4Rw8Pn"}""", "q7Lm2Zx9Tk4Rw8Pn")]
    [InlineData("""{ "name":"x-csrf-token","value":"fa93kd02ld93ja0s" }""", "fa93kd02ld93ja0s")]
    [InlineData("""{"name": "x-amz-security-token", "value": "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ"}""", "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ")]
    [InlineData("""{"value": "Bearer mA9kq2LpX7wZ4", "name": "Authorization"}""", "mA9kq2LpX7wZ4")]
    [InlineData("""{"name": "Cookie", "value": "theme=dark; JSESSIONID=8F3A2B1C9D0E7F66"}""", "8F3A2B1C9D0E7F66")]
    [InlineData("""{"name": "Cookie", "value": "lang=en; remember_token=alice-2026-laptop"}""", "alice-2026-laptop")]
    [InlineData("""{"name": "Set-Cookie", "value": "auth_session=r3k9x2m7q1; Path=/; HttpOnly"}""", "r3k9x2m7q1")]
    [InlineData("""{"name": "sid", "value": "s%3Ak2Jx9Lq7Wm"}""", "s%3Ak2Jx9Lq7Wm")]
    [InlineData("GET /cart HTTP/1.1\nCookie: remember_token=bob-2025-desktop; theme=dark\n", "bob-2025-desktop")]
    public void Finds_the_credential(string text, string secret)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type.IsSecret() && text[e.Start..e.End] == secret);
    }

    [Theory]
    [InlineData("""{"name": "Accept", "value": "text/html,application/xhtml+xml"}""")]
    [InlineData("""{"name": "Cookie", "value": "theme=dark; lang=en-GB"}""")]
    [InlineData("""{"name": "Set-Cookie", "value": "theme=dark; Path=/; Max-Age=31536000"}""")]
    [InlineData("""{"name": "AUTH_MODE", "value": "oidc"}""")]
    [InlineData("""{"name": "SESSION_TIMEOUT", "value": "3600"}""")]
    [InlineData("""{"name": "Authorization", "value": "Bearer <token>"}""")]
    [InlineData("Cookie: theme=dark; session_store=redis\n")]
    public void Leaves_the_setting(string text)
    {
        var entities = Detector.Detect(text);

        Assert.DoesNotContain(entities, e => e.Type.IsSecret());
    }
}
