using System.CommandLine;
using System.Text.Json;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Cli.Commands;

/// <summary>Runs a command body against the server, printing JSON or a human view, and turns failures into one line and an exit code.</summary>
internal static class CommandActions
{
    /// <summary>The API's JSON conventions, indented for people.</summary>
    public static readonly JsonSerializerOptions Indented = new(ApiJson.Options) { WriteIndented = true };

    // Reading an answer: a missing constructor parameter or a null where the contract has none is the wrong shape, said as such,
    // not a NullReferenceException in the view that prints it later.
    private static readonly JsonSerializerOptions Strict = new(ApiJson.Options) { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    public static void SetApiAction(
        this Command command,
        CliContext context,
        Option<bool> json,
        Func<ParseResult, Api.FaultMavenClient, CancellationToken, Task<JsonElement?>> call,
        Action<CliContext, JsonElement?> render) => SetApiAction(command, context, json, call, render, null);

    /// <summary>Sets the action as above; <paramref name="outcome"/>, when given, is asked after the output is written for a failure
    /// to report (a summary on standard error and the exit code), or null for success.</summary>
    public static void SetApiAction(
        this Command command,
        CliContext context,
        Option<bool> json,
        Func<ParseResult, Api.FaultMavenClient, CancellationToken, Task<JsonElement?>> call,
        Action<CliContext, JsonElement?> render,
        Func<CliException?>? outcome) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                using var client = context.CreateClient();
                var body = await call(parse, client, cancellationToken);
                if (parse.GetValue(json))
                {
                    await context.Output.WriteLineAsync(body is { } value ? JsonSerializer.Serialize(value, Indented) : "{}");
                }
                else
                {
                    render(context, body);
                }

                if (outcome?.Invoke() is { } failed)
                {
                    await context.Error.WriteLineAsync($"fm: error: {failed.Message}");
                    return failed.ExitCode;
                }

                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                // The server's JSON lacks a field the view reads, or has it in another type: one line, not a stack trace.
                return await CliFailures.ReportAsync(new CliException(
                    $"the server answered with JSON of another shape than fm expects ({ex.Message}); is FM_URL a FaultMaven server of this version?", ExitCodes.Failure),
                    context, cancellationToken);
            }
            catch (Exception ex) when (ex is CliException or IOException)
            {
                return await CliFailures.ReportAsync(ex, context, cancellationToken);
            }
        });

    /// <summary>The server's answer as <typeparamref name="T"/>; an answer without it, or of another shape, is a <see cref="CliException"/>.</summary>
    public static T As<T>(this JsonElement? body)
    {
        try
        {
            return body is { } value && value.Deserialize<T>(Strict) is { } typed ? typed
                : throw new CliException($"the server answered without the {typeof(T).Name} fm expects; is FM_URL a FaultMaven server of this version?", ExitCodes.Failure);
        }
        catch (JsonException ex)
        {
            throw new CliException($"the server answered with JSON of another shape than fm expects ({ex.Message}); is FM_URL a FaultMaven server of this version?", ExitCodes.Failure);
        }
    }

    /// <summary>Text from the server or a file, made safe for a markup string or a table cell (<see cref="TerminalText.Markup"/>).</summary>
    public static string Escape(this string? text) => TerminalText.Markup(text);

    /// <summary>Text from the server or a file, made safe to print as it is (<see cref="TerminalText.Clean"/>).</summary>
    public static string Printable(this string? text) => TerminalText.Clean(text);
}
