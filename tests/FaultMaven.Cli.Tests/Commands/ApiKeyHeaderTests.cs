using System.Collections.Concurrent;
using System.Net;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>Every request the CLI sends to a server carries FM_API_KEY as a bearer token: the commands are run against a handler that
/// records each request.</summary>
public sealed class ApiKeyHeaderTests
{
    private const string Key = "fm_headertest0123456789abcdef0123456789abcdef0123456789";

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "cases", "list", "--json" },
        new[] { "cases", "create", "--title", "t", "--json" },
        new[] { "sessions", "list", "--json" },
        new[] { "kb", "search", "redis", "--json" },
        new[] { "admin", "keys", "list", "--json" },
        new[] { "ask", "--server", "http://127.0.0.1:9/", "why?", "--json" },
        new[] { "ask", "why?", "--json" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_request_carries_the_key(string[] args)
    {
        var handler = new RecordingHandler();
        var environment = new Dictionary<string, string?> { ["FM_URL"] = "http://127.0.0.1:9/", ["FM_API_KEY"] = Key };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, name => environment.GetValueOrDefault(name), handler);

        try
        {
            await FmCommandLine.RunAsync(args, context, TestContext.Current.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The canned reply may not be what the command expects; only the requests it sent matter here.
        }

        Assert.NotEmpty(handler.Requests);
        Assert.All(handler.Requests, r => Assert.Equal("Bearer " + Key, r));
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public ConcurrentQueue<string> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue(request.Headers.Authorization?.ToString() ?? "(none)");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
