using System.Collections.Concurrent;
using System.Net;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>The CLI reads secrets given as <c>&lt;NAME&gt;_FILE</c> too: FM_API_KEY_FILE is the key it sends, and a conflict or a bad file
/// stops any command with exit 2 and one line that names the variable, never the secret.</summary>
public sealed class SecretFileTests : IDisposable
{
    private const string Key = "fm_fromfile0123456789abcdef0123456789abcdef0123456789";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ApiKeyFile_IsTheKeySent_WithoutItsNewline()
    {
        var handler = new RecordingHandler();
        var environment = new Dictionary<string, string?> { ["FM_URL"] = "http://127.0.0.1:9/", ["FM_API_KEY_FILE"] = Write("key", Key + "\n") };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await FmCommandLine.RunAsync(["cases", "list", "--json"], new CliContext(output, error, environment.GetValueOrDefault, handler), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("Bearer " + Key, Assert.Single(handler.Requests));
    }

    [Fact]
    public async Task BothForms_ExitWithUsageError_AndPrintNoSecret()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string?> { ["FM_API_KEY"] = Key, ["FM_API_KEY_FILE"] = Write("key", Key) }, "cases", "list");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("fm: error: FM_API_KEY and FM_API_KEY_FILE are both set; set only one of them.", result.Error.Trim());
        Assert.DoesNotContain(Key, result.Output + result.Error);
    }

    [Fact]
    public async Task MissingFileOfAServerSecret_StopsLocalCommandsToo()
    {
        var path = Path.Combine(_directory.Path, "absent");

        var result = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["FM_POSTGRES_FILE"] = path }, "logs", "parse", "--help");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"fm: error: FM_POSTGRES_FILE '{path}' does not exist.", result.Error.Trim());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public ConcurrentQueue<string> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue(request.Headers.Authorization?.ToString() ?? "(none)");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("{\"items\":[],\"nextCursor\":null}", System.Text.Encoding.UTF8, "application/json"),
            });
        }
    }
}
