using System.Text.Json;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Tests.Telemetry;

/// <summary>The server's console formatter as the server registers it: user payloads never reach its logs.</summary>
public sealed class ServerLogRedactionTests
{
    private const string Email = "dana.kowalski@globex-mail.com";
    private const string PublicAddress = "198.51.100.23";
    private const string GitHubToken = "ghp_R8sKq2VbX4nL7mT9wZ3yJ6pD1fH5gC0aE2uQ";
    private const string Password = "Tr0ub4dor-and-3";

    // Defined the way the server defines its log messages.
    private static readonly Action<ILogger, string, string, int, Exception?> SignInFailed = LoggerMessage.Define<string, string, int>(
        LogLevel.Warning, new EventId(1, "SignInFailed"), "Sign-in for {User} from {Address} failed after {Attempts} attempts");

    private static readonly Action<ILogger, string, int, double, Exception?> UpstreamAnswered = LoggerMessage.Define<string, int, double>(
        LogLevel.Information, new EventId(2, "UpstreamAnswered"), "Upstream {Upstream} answered {Status} in {Elapsed} ms");

    private static readonly Func<ILogger, string, IDisposable?> CorrelationScope = LoggerMessage.DefineScope<string>("CorrelationId:{CorrelationId}");

    private static readonly Func<ILogger, string, IDisposable?> QueryScope = LoggerMessage.DefineScope<string>("Query {Query}");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JsonLog_RedactsMessageStateScopesAndException_AndStaysValidJson()
    {
        var line = await LogOneEntryAsync("json");

        AssertNoPayload(line);
        using var entry = JsonDocument.Parse(line);
        var root = entry.RootElement;
        Assert.Equal("Sign-in for <EMAIL> from <IPV4> failed after 3 attempts", root.GetProperty("Message").GetString());
        var state = root.GetProperty("State");
        Assert.Equal("<EMAIL>", state.GetProperty("User").GetString());
        Assert.Equal(JsonValueKind.Number, state.GetProperty("Attempts").ValueKind);
        Assert.Equal("Sign-in for {User} from {Address} failed after {Attempts} attempts", state.GetProperty("{OriginalFormat}").GetString());
        Assert.Contains("<GITHUB_TOKEN>", root.GetProperty("Exception").GetString());
        var scopes = root.GetProperty("Scopes").EnumerateArray().ToList();
        Assert.Contains(scopes, s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("Query", out var q) && q.GetString() == "password=<GENERIC_SECRET>");
        Assert.Contains(scopes, s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("CorrelationId", out var c) && c.GetString() == "req-42");
    }

    [Fact]
    public async Task TextLog_RedactsTheSameValues()
    {
        var text = await LogOneEntryAsync("text");

        AssertNoPayload(text);
        Assert.Contains("Sign-in for <EMAIL> from <IPV4> failed after 3 attempts", text);
        Assert.Contains("Query password=<GENERIC_SECRET>", text);
        Assert.Contains("CorrelationId:req-42", text);
    }

    [Fact]
    public async Task PrivateAddressesAndPlainValues_AreKept()
    {
        var line = await LogOneEntryAsync("json", logger => UpstreamAnswered(logger, "10.0.4.17:8080", 503, 12.5, null));

        using var entry = JsonDocument.Parse(line);
        Assert.Equal("Upstream 10.0.4.17:8080 answered 503 in 12.5 ms", entry.RootElement.GetProperty("Message").GetString());
    }

    [Fact]
    public async Task ServerProcess_RequestPathWithAnEmail_IsLoggedRedacted()
    {
        using var data = new TempDirectory();
        await using var server = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, ["FM_LOG_LEVEL"] = "Information" });
        await server.WaitUntilLiveAsync(Token);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var response = await http.GetAsync($"api/v1/cases/{Uri.EscapeDataString(Email)}", Token);
        server.Terminate();
        await server.WaitForExitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/api/v1/cases/<EMAIL>", server.StandardOutput);
        Assert.DoesNotContain("dana.kowalski", server.StandardOutput);
    }

    private static void AssertNoPayload(string output)
    {
        Assert.DoesNotContain(Email, output);
        Assert.DoesNotContain(PublicAddress, output);
        Assert.DoesNotContain(GitHubToken, output);
        Assert.DoesNotContain(Password, output);
    }

    private static Task<string> LogOneEntryAsync(string format) => LogOneEntryAsync(format, logger =>
    {
        using var correlation = CorrelationScope(logger, "req-42");
        using var query = QueryScope(logger, $"password={Password}");
        var failure = new InvalidOperationException($"GitHub refused token {GitHubToken} for {Email}");
        SignInFailed(logger, Email, PublicAddress, 3, failure);
    });

    private static async Task<string> LogOneEntryAsync(string format, Action<ILogger> log)
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_LOG_FORMAT"] = format }, cancellationToken: Token);
        var formatterName = server.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName!;
        var formatter = server.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == formatterName);
        using var output = new StringWriter();
        log(new FormattingLogger(formatter, output));
        return output.ToString().Trim();
    }

    /// <summary>Hands each entry straight to a console formatter, as the console logger does, but into a string.</summary>
    private sealed class FormattingLogger(ConsoleFormatter formatter, TextWriter output) : ILogger
    {
        private readonly LoggerExternalScopeProvider _scopes = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> format) =>
            formatter.Write(new LogEntry<TState>(logLevel, "FaultMaven.Test", eventId, state, exception, format), _scopes, output);
    }
}
