using System.Net;
using System.Text;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>A server killed with SIGKILL in the middle of an upload leaves none of the upload's raw bytes on disk.</summary>
public sealed class KilledUploadTests
{
    private const string Secret = "DB_PASSWORD=Kq7vR2mXw9pL4tZs";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kill9_DuringAnUpload_LeavesNoRawBytes()
    {
        using var data = new TempDirectory();
        var server = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, ["FM_DATA_WARMUP"] = "false" });
        await using (server)
        {
            await server.WaitUntilLiveAsync(Token);
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            var caseId = (await (await http.PostJsonAsync("/api/v1/cases", new { title = "killed" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();

            var halfSent = new TaskCompletionSource();
            var upload = http.PostAsync($"/api/v1/cases/{caseId}/data?filename=env.log", new HalfSentContent(halfSent), Token);
            await halfSent.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);
            await Task.Delay(500, Token); // the server has the first half
        }

        // DisposeAsync killed the process (SIGKILL): nothing ran on the way out.
        foreach (var file in Directory.EnumerateFiles(data.Path, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Secret, await File.ReadAllTextAsync(file, Encoding.Latin1, Token));
        }
    }

    /// <summary>Sends half a body with a secret in it, then waits forever.</summary>
    private sealed class HalfSentContent(TaskCompletionSource halfSent) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var lines = new StringBuilder();
            for (var i = 0; i < 20_000; i++)
            {
                lines.Append(FormattableString.Invariant($"2026-12-05 01:00:{i % 60:00} INFO starting worker {i} with {Secret}\n"));
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(lines.ToString()));
            await stream.FlushAsync();
            halfSent.TrySetResult();
            await Task.Delay(Timeout.Infinite);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
