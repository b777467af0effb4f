using System.Text;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary><c>fm kb import</c> against a server that refuses for now (429 rate-limited, 503 busy) and says when to come back: the
/// file is sent again after the stated delay, with a line on standard error each time, at most <see cref="FaultMaven.Cli.Commands.KbCommand.ImportTries"/>
/// times; a server that keeps refusing is reported as the file not imported, exit 1.</summary>
public sealed class KbImportRetryTests
{
    private const string Refusal = """{"type":"urn:faultmaven:problem:rate-limited","title":"Too many requests","status":429,"detail":"Your team already has 2 knowledge imports running or waiting; retry after 1 s.","retryAfterSeconds":1}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("429 Too Many Requests")]
    [InlineData("503 Service Unavailable")]
    public async Task A_refusal_with_Retry_After_is_sent_again_after_the_delay_and_imported(string status)
    {
        var requests = 0;
        var times = new List<DateTime>();
        await using var server = MisbehavingServer.Start(async (head, stream, ct) =>
        {
            lock (times)
            {
                times.Add(DateTime.UtcNow);
            }

            var (line, headers, body) = Interlocked.Increment(ref requests) <= 2
                ? (status, "Content-Type: application/problem+json\r\nRetry-After: 1\r\n", Refusal)
                : ("201 Created", "Content-Type: application/json\r\n", """{"id":"rb-disk","title":"Disk full","source":"x","duplicate":false,"chunks":1}""");
            var bytes = Encoding.UTF8.GetBytes(body);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {line}\r\n{headers}Content-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"), ct);
            await stream.WriteAsync(bytes, ct);
        });
        var file = Path.Combine(Path.GetTempPath(), $"fm-runbook-{Guid.NewGuid():N}.md");
        try
        {
            await File.WriteAllTextAsync(file, "# Disk full\n\nRotate the logs.\n", Token);

            var run = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["FM_URL"] = server.Url }, "kb", "import", "--no-wait", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(3, requests);
            Assert.Contains("rb-disk", run.Output);
            var retries = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, retries.Length);
            Assert.Contains("sending it again in 1 s (try 2 of 5)", retries[0]);
            Assert.Contains("Your team already has 2 knowledge imports", retries[0]);
            Assert.Contains("(try 3 of 5)", retries[1]);
            // The stated delay was waited (less a little for clocks), not ignored.
            Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(900), $"sent again after {(times[1] - times[0]).TotalMilliseconds} ms");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_server_that_keeps_refusing_is_tried_a_bounded_number_of_times_and_the_file_reported_not_imported()
    {
        var requests = 0;
        await using var server = MisbehavingServer.Start(async (head, stream, ct) =>
        {
            Interlocked.Increment(ref requests);
            var bytes = Encoding.UTF8.GetBytes(Refusal);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/problem+json\r\nRetry-After: 1\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"), ct);
            await stream.WriteAsync(bytes, ct);
        });
        var file = Path.Combine(Path.GetTempPath(), $"fm-runbook-{Guid.NewGuid():N}.md");
        try
        {
            await File.WriteAllTextAsync(file, "# Disk full\n\nRotate the logs.\n", Token);

            var run = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["FM_URL"] = server.Url }, "kb", "import", "--no-wait", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(FaultMaven.Cli.Commands.KbCommand.ImportTries, requests);
            Assert.Contains("not imported: Your team already has 2 knowledge imports", run.Output);
            Assert.Contains("1 of 1 files were not imported", run.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_refusal_asking_for_longer_than_fm_waits_is_reported_at_once_with_the_wait()
    {
        var requests = 0;
        await using var server = MisbehavingServer.Start(async (head, stream, ct) =>
        {
            Interlocked.Increment(ref requests);
            var bytes = Encoding.UTF8.GetBytes(Refusal);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/problem+json\r\nRetry-After: 999999\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"), ct);
            await stream.WriteAsync(bytes, ct);
        });
        var file = Path.Combine(Path.GetTempPath(), $"fm-runbook-{Guid.NewGuid():N}.md");
        try
        {
            await File.WriteAllTextAsync(file, "# Disk full\n\nRotate the logs.\n", Token);

            var run = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["FM_URL"] = server.Url }, "kb", "import", "--no-wait", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(1, requests);
            // The console wraps long lines: compare words.
            var words = string.Join(' ', run.Output.Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("the server asks to come back in 999999 s, longer than fm waits (120 s)", words);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("413 Payload Too Large", "payload-too-large", "The document makes 20,100 chunks, more than the 20,000 one team may have waiting for vectors; split it into smaller documents and import them one after another. Nothing was imported.")]
    [InlineData("408 Request Timeout", "request-timeout", "The document did not arrive within 0:02:00 (FM_IMPORT_BODY_TIMEOUT), the time a knowledge import's body may take once it has its place in the import queue. Nothing was imported; send it again over a faster connection, or split it into smaller documents.")]
    public async Task A_refusal_without_Retry_After_is_reported_for_its_file_once_and_the_next_file_is_still_imported(string status, string type, string detail)
    {
        var requests = 0;
        await using var server = MisbehavingServer.Start(async (head, stream, ct) =>
        {
            var (line, body) = Interlocked.Increment(ref requests) == 1
                ? (status, $$"""{"type":"urn:faultmaven:problem:{{type}}","title":"Refused","status":{{status[..3]}},"detail":"{{detail}}"}""")
                : ("201 Created", """{"id":"rb-cert","title":"Certificate expired","source":"x","duplicate":false,"chunks":1}""");
            var bytes = Encoding.UTF8.GetBytes(body);
            var kind = line.StartsWith('2') ? "application/json" : "application/problem+json";
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {line}\r\nContent-Type: {kind}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"), ct);
            await stream.WriteAsync(bytes, ct);
        });
        var folder = Path.Combine(Path.GetTempPath(), $"fm-runbooks-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "a-huge.md"), "# Huge\n\nMany sections.\n", Token);
            await File.WriteAllTextAsync(Path.Combine(folder, "b-cert.md"), "# Certificate expired\n\nRenew it.\n", Token);

            var run = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["FM_URL"] = server.Url }, "kb", "import", "--no-wait", folder);

            Assert.Equal(1, run.ExitCode);
            // Not sent again: the server gave no time to come back.
            Assert.Equal(2, requests);
            // The line may be wrapped to the terminal's width: compared with its white space collapsed.
            static string Collapsed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(Collapsed($"a-huge.md: not imported: {detail}"), Collapsed(run.Output));
            Assert.Contains("rb-cert", run.Output);
            Assert.Contains("1 of 2 files were not imported", run.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
