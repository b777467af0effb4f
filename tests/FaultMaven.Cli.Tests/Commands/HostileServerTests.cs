using System.Text;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary><c>fm</c> against a real local HTTP server that misbehaves: it ends with one <c>fm: error:</c> line and a documented exit
/// code, never a stack trace, and never sends a request on to where a redirect points.</summary>
public sealed class HostileServerTests
{
    private const string EmptyPage = """{"items":[],"total":0,"offset":0,"limit":20}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("301 Moved Permanently")]
    [InlineData("307 Temporary Redirect")]
    [InlineData("308 Permanent Redirect")]
    public async Task Redirect_IsRefusedNamingTheTarget_AndTheTargetIsNeverContacted(string status)
    {
        await using var target = MisbehavingServer.Json(EmptyPage);
        await using var redirecting = MisbehavingServer.Answering(status, $"Location: {target.Url}api/v1/cases\r\n", "");

        var run = await RunAsync(redirecting.Url, "cases", "list");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"redirecting to {target.Url}api/v1/cases", run.Error);
        Assert.Equal(0, target.Connections);
        AssertOneLine(run);
    }

    [Fact]
    public async Task Upload_Redirected_SendsNoEvidenceToTheTarget()
    {
        await using var target = MisbehavingServer.Json("{}");
        await using var redirecting = MisbehavingServer.Answering("307 Temporary Redirect", $"Location: {target.Url}api/v1/cases/case_x/data\r\n", "");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "2026-12-06 db password=hunter2 login failed\n", Token);

            var run = await RunAsync(redirecting.Url, "upload", "case_x", file);

            Assert.Equal(ExitCodes.Failure, run.ExitCode);
            Assert.Contains("does not follow redirects", run.Error);
            Assert.Equal(0, target.RequestBytes);
            Assert.Equal(0, target.Connections);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task KbImport_Redirected_SendsNoDocumentToTheTarget()
    {
        await using var target = MisbehavingServer.Json("{}");
        await using var redirecting = MisbehavingServer.Answering("308 Permanent Redirect", $"Location: {target.Url}api/v1/knowledge/documents\r\n", "");
        var file = Path.Combine(Path.GetTempPath(), $"fm-runbook-{Guid.NewGuid():N}.md");
        try
        {
            await File.WriteAllTextAsync(file, "# Runbook\nrotate the key sk_live_abcdef\n", Token);

            var run = await RunAsync(redirecting.Url, "kb", "import", "--no-wait", file);

            Assert.Contains("redirecting to", run.Output + run.Error);
            Assert.Equal(0, target.Connections);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Ok_WithABodyThatIsNotJson_IsOneLineAndExit1()
    {
        await using var server = MisbehavingServer.Answering("200 OK", "Content-Type: text/html\r\n", "<html>login portal</html>");

        var run = await RunAsync(server.Url, "cases", "list");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("not JSON", run.Error);
        AssertOneLine(run);
    }

    [Theory]
    [InlineData("cases", "list")]
    [InlineData("cases", "show", "case_x")]
    [InlineData("sessions", "list")]
    [InlineData("kb", "list")]
    [InlineData("kb", "status")]
    [InlineData("kb", "search", "redis")]
    public async Task Json_OfTheWrongShape_IsOneLineAndExit1(params string[] args)
    {
        await using var server = MisbehavingServer.Json("""{"unexpected":[1,2,3]}""");

        var run = await RunAsync(server.Url, args);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        AssertOneLine(run);
    }

    [Fact]
    public async Task Upload_AnsweredWithJsonOfTheWrongShape_IsOneLineAndExit1()
    {
        await using var server = MisbehavingServer.Json("""{"id":"up_1"}""");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "line\n", Token);

            var run = await RunAsync(server.Url, "upload", "case_x", file);

            Assert.Equal(ExitCodes.Failure, run.ExitCode);
            AssertOneLine(run);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task KbImport_AnsweredWithJsonOfTheWrongShape_IsOneLineAndExit1()
    {
        await using var server = MisbehavingServer.Json("""{"unexpected":true}""");
        var file = Path.Combine(Path.GetTempPath(), $"fm-runbook-{Guid.NewGuid():N}.md");
        try
        {
            await File.WriteAllTextAsync(file, "# Runbook\n", Token);

            var run = await RunAsync(server.Url, "kb", "import", "--no-wait", file);

            Assert.Equal(ExitCodes.Failure, run.ExitCode);
            AssertOneLine(run);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task EndlessBody_StopsAtTheCap()
    {
        await using var server = MisbehavingServer.Start(async (_, stream, ct) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"u8.ToArray(), ct);
            var chunk = Encoding.ASCII.GetBytes($"10000\r\n{new string(' ', 0x10000)}\r\n");
            await stream.WriteAsync("1\r\n[\r\n"u8.ToArray(), ct);
            while (true)
            {
                await stream.WriteAsync(chunk, ct);
            }
        });

        var run = await RunAsync(server.Url, "cases", "list");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("larger than", run.Error);
        AssertOneLine(run);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Hang_IsATimeout_NotUnreachable(bool afterPartOfTheBody)
    {
        await using var server = MisbehavingServer.Start(async (_, stream, ct) =>
        {
            if (afterPartOfTheBody)
            {
                await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"items\":"u8.ToArray(), ct);
            }

            await Task.Delay(Timeout.Infinite, ct);
        });

        var run = await RunAsync(server.Url, new Dictionary<string, string?> { ["FM_CLI_TIMEOUT"] = "1" }, "cases", "list");

        Assert.Equal(ExitCodes.Timeout, run.ExitCode);
        Assert.Contains("did not finish answering within 1 s", run.Error);
        Assert.DoesNotContain("cannot reach", run.Error);
        AssertOneLine(run);
    }

    [Fact]
    public async Task ConnectionClosedMidBody_IsOneLineAndExit1()
    {
        await using var server = MisbehavingServer.Start(async (_, stream, ct) =>
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"items\":[]"u8.ToArray(), ct));

        var run = await RunAsync(server.Url, "cases", "list");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("broke off", run.Error);
        AssertOneLine(run);
    }

    [Fact]
    public async Task Upload_GetsTheUploadDeadline_NotTheOrdinaryOne()
    {
        // The ordinary deadline is 1 s; the server takes 2 s to process the upload (its budget is minutes), then answers garbage.
        await using var server = MisbehavingServer.Start(async (_, stream, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"u8.ToArray(), ct);
        });
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "line\n", Token);

            var run = await RunAsync(server.Url, new Dictionary<string, string?> { ["FM_CLI_TIMEOUT"] = "1" }, "upload", "case_x", file);

            Assert.Contains("not JSON", run.Error);
            Assert.Equal(ExitCodes.Failure, run.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("http://admin:pw-s3cr3t@127.0.0.1:1/?token=tok-s3cr3t", ExitCodes.ServerUnreachable)]
    [InlineData("ftp://admin:pw-s3cr3t@127.0.0.1:1/?token=tok-s3cr3t", ExitCodes.Usage)]
    public async Task ServerUrl_Credentials_AreNotPrinted(string url, int exitCode)
    {
        var run = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["FM_URL"] = url }, "cases", "list");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains("127.0.0.1:1", run.Error);
        Assert.DoesNotContain("s3cr3t", run.Error);
    }

    [Fact]
    public async Task Timeout_Message_LeavesOutTheUrlsCredentials()
    {
        await using var server = MisbehavingServer.Start((_, _, ct) => Task.Delay(Timeout.Infinite, ct));
        var url = server.Url.Replace("http://", "http://admin:pw-s3cr3t@", StringComparison.Ordinal) + "?token=tok-s3cr3t";

        var run = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["FM_URL"] = url, ["FM_CLI_TIMEOUT"] = "1" }, "cases", "list");

        Assert.Equal(ExitCodes.Timeout, run.ExitCode);
        Assert.DoesNotContain("s3cr3t", run.Error);
    }

    private static Task<CliResult> RunAsync(string url, params string[] args) => RunAsync(url, new Dictionary<string, string?>(), args);

    private static Task<CliResult> RunAsync(string url, Dictionary<string, string?> environment, params string[] args)
    {
        environment["FM_URL"] = url;
        return CliRunner.RunWithEnvironmentAsync(environment, args);
    }

    private static void AssertOneLine(CliResult run)
    {
        Assert.StartsWith("fm: error: ", run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", run.Error);
    }
}
