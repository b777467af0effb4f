using System.CommandLine;
using System.Text.Json;
using FaultMaven.Core.Knowledge;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm kb …</c>: the knowledge base.</summary>
internal static class KbCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Documents, JSONL: {\"id\",\"title\",\"text\",\"source\"?}", Required = true };
        var queries = new Option<string>("--queries") { Description = "Queries, JSONL: {\"id\",\"query\"}", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "The run to write, JSONL: {\"qid\",\"docids\":[…]} (top 100, best first)", Required = true };
        var eval = new Command("eval", "Index a corpus in a temporary knowledge base and write the ranking for every query (input of retrieval_eval.py)") { corpus, queries, output };
        eval.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                using var knowledge = new KnowledgeBase();
                var documents = 0;
                foreach (var (line, number) in ReadJsonLines(p.GetValue(corpus)!))
                {
                    var id = Required(line, "id", p.GetValue(corpus)!, number);
                    knowledge.Upsert(new KnowledgeDocument
                    {
                        Id = id,
                        Title = line.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString()! : id,
                        Text = Required(line, "text", p.GetValue(corpus)!, number),
                        Source = line.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String ? source.GetString() : null,
                    });
                    documents++;
                }

                var written = 0;
                await using (var run = CreateOutput(p.GetValue(output)!))
                {
                    foreach (var (line, number) in ReadJsonLines(p.GetValue(queries)!))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var qid = Required(line, "id", p.GetValue(queries)!, number);
                        var ranking = knowledge.Search(Required(line, "query", p.GetValue(queries)!, number), 100).Select(h => h.DocumentId).ToList();
                        await run.WriteLineAsync(JsonSerializer.Serialize(new { qid, docids = ranking }));
                        written++;
                    }
                }

                await context.Error.WriteLineAsync($"fm: {documents:N0} documents ({knowledge.ChunkCount:N0} chunks), {written:N0} queries ranked");
                return ExitCodes.Success;
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
        });

        return new Command("kb", "The knowledge base: runbooks, postmortems, references") { eval };
    }

    private static IEnumerable<(JsonElement Line, int Number)> ReadJsonLines(string path)
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

    private static string Required(JsonElement line, string name, string path, int number) =>
        line.ValueKind == JsonValueKind.Object && line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new CliException($"{path}:{number}: \"{name}\" (a string) is required.", ExitCodes.Failure);

    private static StreamWriter CreateOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            throw new CliException($"cannot write '{path}': {ex.Message}", ExitCodes.Failure);
        }
    }
}
