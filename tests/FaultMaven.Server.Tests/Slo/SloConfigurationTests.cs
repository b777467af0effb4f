using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Slo;

/// <summary>Objectives, windows and receivers that cannot work stop the server at start with one line naming the variable.</summary>
public sealed class SloConfigurationTests
{
    private const string SecretPath = "T0001/B0001/very-secret-token";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> BadValues() => new()
    {
        { "FM_SLO_AVAILABILITY_TARGET", "100", "FM_SLO_AVAILABILITY_TARGET '100' is not valid: expected a percentage above 0 and below 100" },
        { "FM_SLO_UPLOAD_THRESHOLD", "3s", "FM_SLO_UPLOAD_THRESHOLD '3s' is not valid: expected a bucket bound" },
        { "FM_SLO_PAGE_BURN", "5m/1h@14.4", "FM_SLO_PAGE_BURN entry '5m/1h@14.4' is not valid: expected long/short@factor" },
        { "FM_SLO_TICKET_BURN", "1d/2h", "FM_SLO_TICKET_BURN entry '1d/2h' is not valid" },
        // The ticket windows run to 3 days: a shorter compliance window cannot hold them.
        { "FM_SLO_WINDOW", "1h", "FM_SLO_WINDOW '1h' is not valid: it must be at least the longest burn window, 3d" },
        // 14.4 times a 10% budget is an error rate above 100%: the page would never fire.
        { "FM_SLO_AGENT_TURN_TARGET", "90", "FM_SLO_PAGE_BURN entry '1h/5m@14.4' can never fire for the agent-turn objective" },
        { "FM_SLO_EVALUATION_INTERVAL", "0s", "FM_SLO_EVALUATION_INTERVAL '0s' is not valid" },
        { "FM_SLO_MIN_REQUESTS", "0", "FM_SLO_MIN_REQUESTS '0' is not valid: expected a whole number of requests from 1" },
        { "FM_SLO_MIN_REQUESTS", "1e3", "FM_SLO_MIN_REQUESTS '1e3' is not valid" },
        { "FM_SLO_WEBHOOK_URLS", "hooks.slack.com/services/" + SecretPath, "FM_SLO_WEBHOOK_URLS entry 1 is not valid: expected http:// or https:// URLs" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Startup_BadSloVariable_FailsWithOneLineNamingIt(string name, string value, string expected)
    {
        using var data = new TempDirectory();
        await using var server = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, [name] = value });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), Token);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(server.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("faultmaven: configuration error: " + expected, line);
        Assert.DoesNotContain(SecretPath, server.StandardError + server.StandardOutput, StringComparison.Ordinal);
    }
}
