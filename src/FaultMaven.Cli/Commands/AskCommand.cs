using System.CommandLine;
using System.Text.Json;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm ask</c>: one question, with evidence files, answered by the server (<c>--server</c>, or the one at <c>FM_URL</c>
/// when it answers) or in-process over a data directory (<c>--data-dir</c>, or when no server answers); see <see cref="AnswerTarget"/>.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context, Option<bool> json)
    {
        var question = new Argument<string>("QUESTION") { Description = "What you want to know, e.g. \"why did checkout fail?\"" };
        var files = new Option<string[]>("--file", "-f") { Description = "Evidence to attach (logs, stack traces, metrics, kubectl output, configs); repeatable" };
        var caseId = new Option<string?>("--case") { Description = "Continue this case instead of opening a new one" };
        var server = new Option<string?>("--server") { Description = "Ask the FaultMaven server at this URL (default: the one at FM_URL when it answers, else in-process)" };
        var dataDir = new Option<string?>("--data-dir") { Description = "Answer in-process over this data directory, even when a server is up (default: FM_DATA_DIR, else ./.faultmaven)" };
        var command = new Command("ask", "Ask FaultMaven about an incident; the answer follows the doctrine and cites your evidence") { question, files, caseId, server, dataDir };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var message = p.GetValue(question)!;
                if (string.IsNullOrWhiteSpace(message))
                {
                    throw new CliException("the question must not be empty.", ExitCodes.Usage);
                }

                var paths = p.GetValue(files) ?? [];
                foreach (var path in paths)
                {
                    if (!File.Exists(path))
                    {
                        throw new CliException($"{path}: no such file.", ExitCodes.NotFound);
                    }
                }

                var target = await AnswerTarget.ResolveAsync(context, p.GetValue(server), p.GetValue(dataDir), cancellationToken);
                var reply = target.ServerUrl is { } url
                    ? await RemoteAsync(context, url, message, paths, p.GetValue(caseId), cancellationToken)
                    : await InProcessAsync(message, paths, p.GetValue(caseId), target.DataDir, cancellationToken);
                if (p.GetValue(json))
                {
                    await context.Output.WriteLineAsync(JsonSerializer.Serialize(reply, CommandActions.Indented));
                }
                else
                {
                    await context.Output.WriteLineAsync(reply.GetProperty("text").GetString().Printable());
                    await context.Error.WriteLineAsync($"fm: case {reply.GetProperty("caseId").GetString().Printable()} ({reply.GetProperty("engine").GetString().Printable()}); continue it with --case");
                }

                return ExitCodes.Success;
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
        });
        return command;
    }

    private static async Task<JsonElement> InProcessAsync(string message, string[] paths, string? caseId, string? dataDir, CancellationToken cancellationToken)
    {
        await using var agent = await EmbeddedAgent.StartAsync(dataDir, cancellationToken);
        return JsonSerializer.SerializeToElement(await agent.AskAsync(caseId, message, paths, cancellationToken), ApiJson.Options);
    }

    /// <summary>Where a turn goes: a new case's one-shot query, or the case's turns.</summary>
    public static string TurnRoute(string? caseId) => caseId is null ? "api/v1/agent/query" : $"api/v1/cases/{Uri.EscapeDataString(caseId)}/turns";

    /// <summary>A turn as the server takes it: a <c>message</c> field and one file part per attachment, streamed from disk.</summary>
    public static MultipartFormDataContent TurnForm(string message, IEnumerable<string> paths)
    {
        var form = new MultipartFormDataContent { { new StringContent(message), "message" } };
        foreach (var path in paths)
        {
            var file = new StreamContent(File.OpenRead(path), 1 << 16);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", Path.GetFileName(path));
        }

        return form;
    }

    private static async Task<JsonElement> RemoteAsync(CliContext context, string url, string message, string[] paths, string? caseId, CancellationToken cancellationToken)
    {
        // A turn reads and analyses every attachment before it answers.
        using var client = context.CreateClient(url, TimeSpan.FromMinutes(5));
        using var form = TurnForm(message, paths);
        return await client.SendAsync(HttpMethod.Post, TurnRoute(caseId), form, cancellationToken) ?? throw new CliException("the server sent an empty reply.", ExitCodes.Failure);
    }
}
