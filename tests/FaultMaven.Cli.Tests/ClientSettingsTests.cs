using FaultMaven.Cli.Api;

namespace FaultMaven.Cli.Tests;

/// <summary>URLs in messages lose their credentials; request deadlines follow the environment.</summary>
public sealed class ClientSettingsTests
{
    [Theory]
    [InlineData("http://admin:pw@fm.example:8000/base?token=t#frag", "http://fm.example:8000/base")]
    [InlineData("http://fm.example:8000/", "http://fm.example:8000/")]
    [InlineData("ftp://u:p@h/x?token=t", "ftp://h/x")]
    [InlineData("user:pw@host?k=v", "host")]
    [InlineData("?token=t", "")]
    [InlineData("http://host/path@with-at", "http://host/path@with-at")]
    public void SafeUrl_DropsUserinfoQueryAndFragment(string url, string shown) => Assert.Equal(shown, SafeUrl.Show(url));

    [Fact]
    public void SafeUrl_OfAUri_DropsUserinfoAndQuery() =>
        Assert.Equal("http://fm.example:8000/", SafeUrl.Show(new Uri("http://admin:pw@fm.example:8000/?token=t")));

    [Fact]
    public void Timeouts_Default_GiveUploadsTheServersBudgetPlusTransfer()
    {
        var timeouts = ClientTimeouts.From(_ => null);

        Assert.Equal(TimeSpan.FromSeconds(30), timeouts.Ordinary);
        Assert.Equal(TimeSpan.FromMinutes(5), timeouts.Upload);
    }

    [Fact]
    public void Timeouts_FollowTheServersUploadBudget_AndTheirOwnVariables()
    {
        var env = new Dictionary<string, string?> { ["FM_UPLOAD_TIMEOUT"] = "00:10:00", ["FM_CLI_TIMEOUT"] = "90" };

        var timeouts = ClientTimeouts.From(name => env.GetValueOrDefault(name));
        env["FM_CLI_UPLOAD_TIMEOUT"] = "00:20:00";
        var overridden = ClientTimeouts.From(name => env.GetValueOrDefault(name));

        Assert.Equal(TimeSpan.FromSeconds(90), timeouts.Ordinary);
        Assert.Equal(TimeSpan.FromMinutes(12), timeouts.Upload);
        Assert.Equal(TimeSpan.FromMinutes(20), overridden.Upload);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("soon")]
    [InlineData("25:00:00")]
    public void Timeouts_Invalid_AreAUsageError(string value)
    {
        var error = Assert.Throws<CliException>(() => ClientTimeouts.From(name => name == "FM_CLI_TIMEOUT" ? value : null));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("FM_CLI_TIMEOUT", error.Message);
    }
}
