using System.CommandLine;
using System.Text.Json;
using FaultMaven.Cli.Api;
using FaultMaven.Core.Knowledge;
using Spectre.Console;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm kb …</c>: the knowledge base.</summary>
internal static class KbCommand
{
    private static readonly string[] Importable = [".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".json", ".yaml", ".yml", ".rst"];

    public static Command Create(CliContext context, Option<bool> json)
    {
        var eval = KbEvalCommand.Create(context);
        return new Command("kb", "The knowledge base: runbooks, postmortems, references")
        {
            eval, Import(context, json), List(context, json), Show(context, json), Delete(context, json), Search(context, json), Status(context, json),
        };
    }

    private static Command Import(CliContext context, Option<bool> json)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or directories (searched recursively for .md, .txt, .html, .pdf, .json, .yaml)", Arity = ArgumentArity.OneOrMore };
        var kind = new Option<string?>("--kind") { Description = "runbook (default), postmortem, faq or reference" };
        var service = new Option<string?>("--service") { Description = "The service the documents are about" };
        var tags = new Option<string?>("--tags") { Description = "Comma-separated tags" };
        var noWait = new Option<bool>("--no-wait") { Description = "Return once imported, without following the server's embedding of the new chunks" };
        var command = new Command("import", "Import documents into the knowledge base on the server; then show the embedding's progress") { paths, kind, service, tags, noWait };
        // Counted as they are sent: a run where some files were not imported is a failure, whatever was printed.
        var (sent, failed) = (0, 0);
        command.SetApiAction(context, json,
            async (p, client, ct) =>
            {
                var files = p.GetValue(paths)!.SelectMany(Expand).ToList();
                sent = files.Count;
                if (files.Count == 0)
                {
                    throw new CliException("no importable files found (.md, .txt, .html, .pdf, .json, .yaml).", ExitCodes.NotFound);
                }

                var results = new List<JsonElement>();
                foreach (var file in files)
                {
                    var bytes = await File.ReadAllBytesAsync(file, ct);
                    try
                    {
                        results.Add(await ImportAsync(context, client, file, bytes, p.GetValue(kind), p.GetValue(service), p.GetValue(tags), ct));
                    }
                    catch (CliException ex) when (ex.ExitCode == ExitCodes.Failure)
                    {
                        // One unreadable file (an encrypted PDF) does not stop the others; it is reported with them.
                        results.Add(JsonSerializer.SerializeToElement(new { source = file, error = ex.Message }));
                        failed++;
                    }
                }

                if (!p.GetValue(json) && !p.GetValue(noWait))
                {
                    foreach (var item in results)
                    {
                        PrintImported(context, item);
                    }

                    results.Clear();
                    await KbIndexingProgress.FollowAsync(context, client, ct);
                }

                return JsonSerializer.SerializeToElement(results);
            },
            (c, body) =>
            {
                // Printed before the progress when it was followed; else here.
                foreach (var item in body!.Value.EnumerateArray())
                {
                    PrintImported(c, item);
                }
            },
            () => failed == 0 ? null : new CliException($"{failed} of {sent} files were not imported (see above).", ExitCodes.Failure));
        return command;
    }

    /// <summary>Tries an import at most this many times when the server refuses it for now (429, 503) and says when to come back.</summary>
    internal const int ImportTries = 5;

    /// <summary>The longest Retry-After waited for; a server asking for more is reported at once.</summary>
    internal static readonly TimeSpan LongestRetryWait = TimeSpan.FromMinutes(2);

    // The server refuses imports past a team's share of its queue or while the queue is full, saying when to come back: the file
    // is sent again then, a line on standard error each time, so a batch of files is not lost to a busy moment.
    private static async Task<JsonElement> ImportAsync(CliContext context, FaultMavenClient client, string file, byte[] bytes, string? kind, string? service, string? tags, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(bytes), "file", Path.GetFileName(file));
            form.Add(new StringContent(file), "source");
            foreach (var (name, value) in new[] { ("kind", kind), ("service", service), ("tags", tags) })
            {
                if (value is not null)
                {
                    form.Add(new StringContent(value), name);
                }
            }

            try
            {
                return (await client.SendAsync(HttpMethod.Post, "api/v1/knowledge/documents", form, ct))!.Value;
            }
            catch (CliException ex) when (ex.RetryAfter is { } wait && wait <= LongestRetryWait && attempt < ImportTries)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                await context.Error.WriteLineAsync($"fm: {file.Printable()}: {ex.Message} — sending it again in {seconds} s (try {attempt + 1} of {ImportTries})");
                await Task.Delay(TimeSpan.FromSeconds(seconds), ct);
            }
            catch (CliException ex) when (ex.RetryAfter is { } wait && wait > LongestRetryWait)
            {
                // Not waited for: say how long the server asked for, so the user can come back then.
                throw new CliException($"{ex.Message}; the server asks to come back in {(int)Math.Ceiling(wait.TotalSeconds)} s, longer than fm waits "
                    + $"({(int)LongestRetryWait.TotalSeconds} s)", ex.ExitCode);
            }
        }
    }

    private static void PrintImported(CliContext c, JsonElement item) =>
        c.Console.WriteLine(item.TryGetProperty("error", out var error)
            ? $"{item.GetProperty("source").GetString().Printable()}: not imported: {error.GetString().Printable()}"
            : $"{item.GetProperty("source").GetString().Printable()} → {item.GetProperty("id").GetString().Printable()} \"{item.GetProperty("title").GetString().Printable()}\""
                + (item.GetProperty("duplicate").GetBoolean() ? " (duplicate, already there)" : $" ({item.GetProperty("chunks").GetInt32()} chunks)"));

    private static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            // Symbolic links are not followed: one could lead out of the directory (to /etc/shadow, into the team's shared knowledge)
            // or round in a loop; a link to a file inside the directory loses nothing, the file itself is imported.
            var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, MatchType = MatchType.Simple };
            return Directory.EnumerateFiles(path, "*", walk).Where(f => Importable.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal);
        }

        if (!File.Exists(path))
        {
            throw new CliException($"cannot read '{path}': no such file or directory.", ExitCodes.NotFound);
        }

        return EvidenceFile.Problem(path) is { } problem ? throw new CliException(problem, ExitCodes.Usage) : [path];
    }

    private static Command List(CliContext context, Option<bool> json)
    {
        var limit = CommonOptions.Limit();
        var offset = CommonOptions.Offset();
        var command = new Command("list", "List documents, most recently changed first") { limit, offset };
        command.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Get, $"api/v1/knowledge/documents?limit={p.GetValue(limit)}&offset={p.GetValue(offset)}", null, ct),
            (c, body) =>
            {
                var page = body!.Value;
                foreach (var item in page.GetProperty("items").EnumerateArray())
                {
                    c.Console.WriteLine($"{item.GetProperty("id").GetString().Printable(),-40} {item.GetProperty("kind").GetString().Printable(),-10} {item.GetProperty("title").GetString().Printable()}");
                }

                c.Console.WriteLine($"{page.GetProperty("total").GetInt32()} documents.");
            });
        return command;
    }

    private static Command Show(CliContext context, Option<bool> json)
    {
        var id = CommonOptions.Id("document");
        var command = new Command("show", "Show a document with its text") { id };
        command.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Get, $"api/v1/knowledge/documents/{Uri.EscapeDataString(p.GetValue(id)!)}", null, ct),
            (c, body) =>
            {
                var d = body!.Value;
                c.Console.WriteLine($"{d.GetProperty("title").GetString().Printable()} ({d.GetProperty("kind").GetString().Printable()}, {d.GetProperty("format").GetString().Printable()})");
                c.Console.WriteLine(d.GetProperty("text").GetString().Printable());
            });
        return command;
    }

    private static Command Delete(CliContext context, Option<bool> json)
    {
        var id = CommonOptions.Id("document");
        var command = new Command("delete", "Delete a document") { id };
        command.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Delete, $"api/v1/knowledge/documents/{Uri.EscapeDataString(p.GetValue(id)!)}", null, ct),
            (c, _) => c.Console.WriteLine("Document deleted."));
        return command;
    }

    private static Command Status(CliContext context, Option<bool> json)
    {
        var command = new Command("status", "How far the knowledge base's vectors are, and whether search fuses meaning with words yet");
        command.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Get, "api/v1/knowledge/status", null, ct),
            (c, body) =>
            {
                var s = body!.Value;
                c.Console.WriteLine($"{s.GetProperty("documents").GetInt32():N0} documents, {s.GetProperty("chunks").GetInt32():N0} chunks, " +
                    $"{s.GetProperty("chunksWithVectors").GetInt32():N0} with vectors ({s.GetProperty("model").GetString().Printable() ?? "no embedder"}).");
                c.Console.WriteLine($"Embedding: {s.GetProperty("state").GetString().Printable()}; search: {s.GetProperty("search").GetString().Printable()}." +
                    (s.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? $" Last error: {error.GetString().Printable()}" : ""));
            });
        return command;
    }

    private static Command Search(CliContext context, Option<bool> json)
    {
        var query = new Argument<string>("QUERY") { Description = "An alert, a log line, a question" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind" };
        var command = new Command("search", "Search the knowledge base") { query, kind };
        command.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Get, $"api/v1/knowledge/search?q={Uri.EscapeDataString(p.GetValue(query)!)}" + (p.GetValue(kind) is { } k ? $"&kind={k}" : ""), null, ct),
            (c, body) =>
            {
                foreach (var hit in body!.Value.GetProperty("results").EnumerateArray())
                {
                    c.Console.WriteLine($"{hit.GetProperty("score").GetDouble():F1}  {hit.GetProperty("documentId").GetString().Printable()} — {hit.GetProperty("title").GetString().Printable()}");
                    var passage = hit.GetProperty("passages")[0];
                    c.Console.WriteLine($"      {string.Join(" › ", passage.GetProperty("headingPath").EnumerateArray().Select(h => h.GetString())).Printable()}: {passage.GetProperty("snippet").GetString().Printable()}");
                }

                // Said on standard error, so the results stay the same to read: a search by words alone ranks differently.
                if (body.Value.TryGetProperty("chunksWaiting", out var waiting) && waiting.TryGetInt32(out var chunks) && chunks > 0)
                {
                    c.Error.WriteLine($"fm: search by words only: {chunks:N0} chunks still wait for vectors (fm kb status); it fuses meaning with words once they have them.");
                }
            });
        return command;
    }

    internal static IEnumerable<(JsonElement Line, int Number)> ReadJsonLines(string path)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"cannot read '{path}': no such file.", ExitCodes.NotFound);
        }

        var number = 0;
        foreach (var text in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonElement line;
            try
            {
                line = JsonDocument.Parse(text).RootElement;
            }
            catch (JsonException ex)
            {
                throw new CliException($"{path}:{number}: not a JSON object ({ex.Message})", ExitCodes.Failure);
            }

            yield return (line, number);
        }
    }

    internal static string Required(JsonElement line, string name, string path, int number) =>
        line.ValueKind == JsonValueKind.Object && line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new CliException($"{path}:{number}: \"{name}\" (a string) is required.", ExitCodes.Failure);
}
