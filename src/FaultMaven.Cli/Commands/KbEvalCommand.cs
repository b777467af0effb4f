using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Knowledge;
using FaultMaven.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm kb eval</c>: ranks benchmark queries with the server's own knowledge services (import, chunking, embedder, fusion
/// and configuration), so its figures are the product's.</summary>
internal static class KbEvalCommand
{
    /// <summary>Most documents or queries one run reads: a benchmark, not a data load.</summary>
    private const int MaxLines = 200_000;

    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Documents, JSONL: {\"id\",\"title\",\"text\",\"source\"?}", Required = true }.NamesFiles();
        var queries = new Option<string>("--queries") { Description = "Queries, JSONL: {\"id\",\"query\"}", Required = true }.NamesFiles();
        var output = new Option<string>("--output", "-o") { Description = "The run to write, JSONL: {\"qid\",\"docids\":[…]} (top 100, best first)", Required = true }.NamesFiles();
        var dataDir = new Option<string?>("--data-dir")
        {
            Description = "Data directory to index into (kept: a second run reuses its vectors); a temporary one by default",
        };
        var eval = new Command("eval", "Index a corpus as the server does (same embedder, fusion and FM_* configuration) and write the ranking for every query (input of retrieval_eval.py)")
        {
            corpus, queries, output, dataDir,
        };
        eval.SetAction(async (p, cancellationToken) =>
        {
            var temporary = p.GetValue(dataDir) is null ? Directory.CreateTempSubdirectory("fm-kb-eval-") : null;
            try
            {
                return await RunAsync(context, p.GetValue(corpus)!, p.GetValue(queries)!, p.GetValue(output)!, p.GetValue(dataDir) ?? temporary!.FullName, cancellationToken);
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
            finally
            {
                temporary?.Delete(recursive: true);
            }
        });
        return eval;
    }

    private static async Task<int> RunAsync(CliContext context, string corpus, string queries, string output, string dataDir, CancellationToken cancellationToken)
    {
        // The run is written while the queries are read: writing over an input would truncate it first.
        if (LogFiles.SameFile(corpus, output) || LogFiles.SameFile(queries, output))
        {
            throw new CliException($"--output '{output}' is an input file; write the run somewhere else.", ExitCodes.Usage);
        }

        var settings = new Dictionary<string, string?> { ["FM_DATA_DIR"] = dataDir, ["FM_DATA_WARMUP"] = "false", ["FM_LOG_LEVEL"] = "Warning" };
        IHost host;
        try
        {
            host = FaultMavenApplication.CreateEmbedded(settings);
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (FaultMavenApplication.DescribeConfigurationErrors(ex, settings) is { Count: > 0 } lines)
        {
            throw new CliException(string.Join("; ", lines), ExitCodes.Usage);
        }

        try
        {
            var knowledge = host.Services.GetRequiredService<KnowledgeService>();
            var fusion = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var documents = 0;
            foreach (var (line, number) in KbCommand.ReadJsonLines(corpus).Take(MaxLines))
            {
                var id = KbCommand.Required(line, "id", corpus, number);
                var metadata = new DocumentMetadata(id, Optional(line, "title") ?? id, Optional(line, "source"));
                var imported = await knowledge.ImportAsync(Encoding.UTF8.GetBytes(KbCommand.Required(line, "text", corpus, number)), null, metadata, ".md", cancellationToken);
                if (!imported.Succeeded)
                {
                    throw new CliException($"{corpus}:{number}: {imported.Failure.Detail}", ExitCodes.Failure);
                }

                documents++;
            }

            var status = await WaitForVectorsAsync(context, knowledge, cancellationToken);
            var written = 0;
            var searching = Stopwatch.StartNew();
            await using (var file = OutputFile.Create(output))
            {
                await using (var run = new StreamWriter(file.Stream, new UTF8Encoding(false)))
                {
                    foreach (var (line, number) in KbCommand.ReadJsonLines(queries).Take(MaxLines))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var qid = KbCommand.Required(line, "id", queries, number);
                        var hits = await knowledge.SearchAsync(KbCommand.Required(line, "query", queries, number), null, 100, cancellationToken);
                        await run.WriteLineAsync(JsonSerializer.Serialize(new { qid, docids = hits.Select(h => h.DocumentId) }));
                        written++;
                    }
                }

                file.Commit();
            }

            await context.Error.WriteLineAsync(
                $"fm: {documents:N0} documents ({status.Chunks:N0} chunks), {written:N0} queries ranked in {searching.Elapsed.TotalSeconds:0.0} s; " +
                $"search {status.Search}" + (status.Model is { } model ? $" ({model}, {status.ChunksWithVectors:N0} chunks with vectors)" : "") +
                // The fusion in force, so a run's figures say which setting they measured.
                (status.Search == "hybrid" ? $", fusion {fusion.FusionMethod.ToString().ToLowerInvariant()} semantic weight {fusion.SemanticWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : ""));
            return ExitCodes.Success;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }
    }

    // The run must measure the fused search, so it waits until every chunk has its vector; progress goes to stderr.
    private static async Task<Core.Knowledge.Indexing.SemanticIndexStatus> WaitForVectorsAsync(CliContext context, KnowledgeService knowledge, CancellationToken cancellationToken)
    {
        var status = knowledge.Status();
        var reported = Stopwatch.StartNew();
        while (status.State is "indexing" or "failed")
        {
            if (reported.Elapsed > TimeSpan.FromSeconds(10))
            {
                await context.Error.WriteLineAsync($"fm: embedding with {status.Model}: {status.ChunksWithVectors:N0}/{status.Chunks:N0} chunks" +
                    (status.Error is { } error ? $" (retrying: {error})" : ""));
                reported.Restart();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            status = knowledge.Status();
        }

        return status;
    }

    private static string? Optional(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
