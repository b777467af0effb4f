using FaultMaven.Server.Integrations.Slack;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>Where a signed Slack request may make the server post (a slash command's <c>response_url</c>) or fetch from (a file).</summary>
public sealed class SlackOptionsTests
{
    [Theory]
    [InlineData("https://hooks.slack.com/commands/T1/2/abc", true)]
    [InlineData("https://hooks.slack.com:443/commands/T1/2/abc", true)]
    [InlineData("https://files.slack.com/files-pri/T1-F1/x.log", true)]
    [InlineData("https://hooks.slack.com:8443/commands/T1/2/abc", false)]
    [InlineData("https://hooks.slack.com:22/commands/T1/2/abc", false)]
    [InlineData("https://slack.com:6379/", false)]
    [InlineData("http://hooks.slack.com/commands/T1/2/abc", false)]
    [InlineData("https://hooks.slack.com.evil.example/commands", false)]
    [InlineData("https://user:pw@hooks.slack.com/commands", false)]
    public void Issue18_IsSlackUrl_OnlyTheApiHostsOnTheApiPort(string url, bool allowed) =>
        Assert.Equal(allowed, new SlackOptions().IsSlackUrl(url));

    [Fact]
    public void IsSlackUrl_ALocalApiWithItsPort_AllowsThatPortOnly()
    {
        var options = new SlackOptions { ApiUrl = "http://127.0.0.1:5555/api/" };

        Assert.True(options.IsSlackUrl("http://127.0.0.1:5555/hooks/1"));
        Assert.False(options.IsSlackUrl("http://127.0.0.1:5556/hooks/1"));
    }
}
