using System.CommandLine;
using System.Text.Json;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Cli.Commands;

/// <summary>Runs a command body against the server, printing JSON or a human view, and turns failures into one line and an exit code.</summary>
internal static class CommandActions
{
    /// <summary>The API's JSON conventions, indented for people.</summary>
    public static readonly JsonSerializerOptions Indented = new(ApiJson.Options) { WriteIndented = true };

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
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
        });

    public static T As<T>(this JsonElement? body) => body!.Value.Deserialize<T>(ApiJson.Options)!;

    /// <summary>Text from the server or a file, made safe for a markup string or a table cell (<see cref="TerminalText.Markup"/>).</summary>
    public static string Escape(this string? text) => TerminalText.Markup(text);

    /// <summary>Text from the server or a file, made safe to print as it is (<see cref="TerminalText.Clean"/>).</summary>
    public static string Printable(this string? text) => TerminalText.Clean(text);
}
