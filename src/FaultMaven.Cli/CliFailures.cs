using System.Text.Json;

namespace FaultMaven.Cli;

/// <summary>The one place a command's failure becomes what the user sees: one line on standard error, <c>fm: error: …</c>, and an
/// exit code from <see cref="ExitCodes"/>. Commands throw; nothing below prints a stack trace unless <c>FM_DEBUG=1</c> asks for it.</summary>
internal static class CliFailures
{
    /// <summary>Reports <paramref name="exception"/> and returns the exit code to end with.</summary>
    public static async Task<int> ReportAsync(Exception exception, CliContext context, CancellationToken cancellationToken)
    {
        var (message, code) = exception switch
        {
            CliException cli => (cli.Message, cli.ExitCode),
            // Ours, thrown under a library's call (the MCP client, HttpClient buffering a capped answer) and wrapped by it.
            _ when Wrapped(exception) is { } cli => (cli.Message, cli.ExitCode),
            OperationCanceledException when cancellationToken.IsCancellationRequested => ("cancelled.", ExitCodes.Failure),

            // Standard output on a full disk or a closed pipe, an --output file that cannot be written: the command cannot finish.
            IOException io => ($"cannot read or write: {io.Message}", ExitCodes.Failure),
            UnauthorizedAccessException denied => ($"permission denied: {denied.Message}", ExitCodes.Failure),

            // JSON read by a command that is missing a field or has it in another type: from a server of another kind or version, mostly.
            JsonException => (ShapeMessage(exception), ExitCodes.Failure),
            KeyNotFoundException or InvalidOperationException or FormatException when FromJsonReading(exception) => (ShapeMessage(exception), ExitCodes.Failure),

            // Anything else is fm's own fault, not the data's: saying so sends the user to a report, not to their server.
            _ => ($"fm failed unexpectedly ({exception.GetType().Name}: {exception.Message}); run again with FM_DEBUG=1 for the details, and report it", ExitCodes.Failure),
        };

        try
        {
            await context.Error.WriteLineAsync($"fm: error: {TerminalText.Clean(message).ReplaceLineEndings(" ")}");
            if (context.Environment("FM_DEBUG") == "1")
            {
                await context.Error.WriteLineAsync(exception.ToString());
            }
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code is all that is left to say it.
        }

        return code;
    }

    private static string ShapeMessage(Exception exception) =>
        $"the data read has another shape than fm expects ({exception.Message}); if it came from FM_URL, is that a FaultMaven server of this version?";

    // JsonElement's accessors throw these for a missing property or a value of another kind; the same types thrown by fm's own code
    // are bugs.
    private static bool FromJsonReading(Exception exception) =>
        exception.TargetSite?.DeclaringType?.Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true;

    private static CliException? Wrapped(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is CliException cli)
            {
                return cli;
            }
        }

        return exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.OfType<CliException>().FirstOrDefault() : null;
    }
}
