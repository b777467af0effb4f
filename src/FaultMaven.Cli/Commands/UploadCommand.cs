using System.CommandLine;
using System.Text.Json;
using FaultMaven.Core.Data;
using Spectre.Console;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm upload CASE FILE…</c>: attach evidence to a case on the server, which classifies, redacts and analyses it.</summary>
internal static class UploadCommand
{
    public static Command Create(CliContext context, Option<bool> json)
    {
        var caseId = new Argument<string>("CASE") { Description = "The case to attach the files to" };
        var files = new Argument<string[]>("FILE") { Description = "Files to upload, plain or gzip ('-' for standard input)", Arity = ArgumentArity.OneOrMore }.NamesFilesArgument();
        var sourceUrl = new Option<string?>("--source-url") { Description = "The page or API the content was captured from" };
        var pageTitle = new Option<string?>("--page-title") { Description = "That page's title" };
        var command = new Command("upload", "Upload evidence to a case: logs, stack traces, metrics, configs, kubectl output…") { caseId, files, sourceUrl, pageTitle };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var paths = p.GetValue(files)!;
                // Every file must be readable before the first is sent, so a typo does not leave half a batch on the server.
                foreach (var path in paths)
                {
                    LogFiles.Require(path).Dispose();
                }

                using var client = context.CreateClient();
                var uploads = new List<JsonElement>();
                foreach (var path in paths)
                {
                    await using var stream = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
                    var body = await client.UploadAsync(p.GetValue(caseId)!, stream, path == "-" ? null : Path.GetFileName(path), p.GetValue(sourceUrl), p.GetValue(pageTitle), cancellationToken);
                    uploads.Add(body!.Value);
                    if (!p.GetValue(json))
                    {
                        Render(context.Console, path, body.As<DataUpload>());
                    }
                }

                if (p.GetValue(json))
                {
                    await context.Output.WriteLineAsync(JsonSerializer.Serialize(uploads.Count == 1 ? (object)uploads[0] : uploads, CommandActions.Indented));
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

    private static void Render(IAnsiConsole console, string path, DataUpload upload)
    {
        var c = upload.Classification;
        var redacted = upload.Redactions.Count == 0 ? "nothing redacted" : "redacted " + string.Join(", ", upload.Redactions.Select(r => $"{r.Key} {r.Value:N0}"));
        console.MarkupLine($"[bold]{LogFiles.Name(path).Escape()}[/] → {upload.Id.Escape()}: {c.Type.Name()}{(c.Format is null ? "" : $" ({c.Format.Escape()})")}, "
            + $"confidence {c.Confidence:0.00}, {upload.FindingCount} findings; {redacted}");
        console.MarkupLine($"  {upload.Summary.Escape()}");
        foreach (var warning in upload.Warnings)
        {
            console.MarkupLine($"  [yellow]Warning:[/] {warning.Escape()}");
        }
    }
}
