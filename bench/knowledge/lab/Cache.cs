using System.Text.Json;
using FaultMaven.Core.Knowledge;
using FaultMaven.Server;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaultMaven.Bench.RecallLab;

/// <summary>A document as the product indexed it, with its stored chunk vectors.</summary>
internal sealed record LabDocument(string Id, string Title, string Text, float[][] Vectors);

/// <summary>A benchmark query with its judgments and its vector as the product embeds it.</summary>
internal sealed record LabQuery(string Id, string Text, string Style, Dictionary<string, int> Relevant, float[] Vector);

/// <summary>What one prepare run dumps: the product's documents, their stored vectors and the embedded queries, so experiments run
/// without the model.</summary>
internal static class Cache
{
    public static async Task PrepareAsync(string dataDir, string queriesPath, string cachePath)
    {
        var settings = new Dictionary<string, string?> { ["FM_DATA_DIR"] = dataDir, ["FM_DATA_WARMUP"] = "false", ["FM_LOG_LEVEL"] = "Warning" };
        using var host = FaultMavenApplication.CreateEmbedded(settings);
        await host.StartAsync();
        var service = host.Services.GetRequiredService<KnowledgeService>();
        while (service.Status() is var s && (s.Documents == 0 || s.Search != "hybrid"))
        {
            Console.Error.WriteLine($"waiting: {s}");
            await Task.Delay(2000);
        }

        var kb = host.Services.GetRequiredService<KnowledgeBase>();
        var stored = ReadVectors(Path.Combine(dataDir, "faultmaven.db"));
        var documents = kb.DocumentIds.OrderBy(i => i, StringComparer.Ordinal).Select(id => kb.Get(id)!)
            .Select(d => new LabDocument(d.Id, d.Title, d.Text, stored[d.Id])).ToList();
        var queries = new List<LabQuery>();
        foreach (var line in File.ReadLines(queriesPath))
        {
            var e = JsonDocument.Parse(line).RootElement;
            var text = e.GetProperty("query").GetString()!;
            var vector = (await kb.EmbedQueryAsync(text))!.Value.ToArray();
            var relevant = e.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
            queries.Add(new LabQuery(e.GetProperty("id").GetString()!, text, e.GetProperty("style").GetString()!, relevant, vector));
        }

        await host.StopAsync();
        Write(cachePath, documents, queries);
        Console.Error.WriteLine($"cached {documents.Count} documents, {documents.Sum(d => d.Vectors.Length)} chunk vectors, {queries.Count} queries");
    }

    /// <summary>Embeds texts as passages with the product's embedder (for document-level vectors and other variants).</summary>
    public static async Task<float[][]> EmbedPassagesAsync(IReadOnlyList<string> texts, string dataDir)
    {
        var settings = new Dictionary<string, string?> { ["FM_DATA_DIR"] = dataDir, ["FM_DATA_WARMUP"] = "false", ["FM_LOG_LEVEL"] = "Warning" };
        using var host = FaultMavenApplication.CreateEmbedded(settings);
        var embedder = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var result = new List<float[]>();
        foreach (var batch in texts.Chunk(64))
        {
            result.AddRange((await embedder.GenerateAsync(batch)).Select(e => e.Vector.ToArray()));
            Console.Error.Write($"\rembedded {result.Count}/{texts.Count}");
        }

        Console.Error.WriteLine();
        return [.. result];
    }

    private static Dictionary<string, float[][]> ReadVectors(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id, vectors FROM knowledge_vectors";
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, float[][]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var blob = (byte[])reader[1];
            var count = BitConverter.ToInt32(blob, 0);
            var dimensions = BitConverter.ToInt32(blob, 4);
            var vectors = new float[count][];
            for (var i = 0; i < count; i++)
            {
                vectors[i] = new float[dimensions];
                Buffer.BlockCopy(blob, 8 + i * dimensions * 4, vectors[i], 0, dimensions * 4);
            }

            result[reader.GetString(0)] = vectors;
        }

        return result;
    }

    public static void Write(string path, List<LabDocument> documents, List<LabQuery> queries)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(documents.Count);
        foreach (var d in documents)
        {
            writer.Write(d.Id);
            writer.Write(d.Title);
            writer.Write(d.Text);
            WriteVectors(writer, d.Vectors);
        }

        writer.Write(queries.Count);
        foreach (var q in queries)
        {
            writer.Write(q.Id);
            writer.Write(q.Text);
            writer.Write(q.Style);
            writer.Write(q.Relevant.Count);
            foreach (var (id, grade) in q.Relevant)
            {
                writer.Write(id);
                writer.Write(grade);
            }

            WriteVectors(writer, [q.Vector]);
        }
    }

    public static (List<LabDocument> Documents, List<LabQuery> Queries) Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var documents = new List<LabDocument>();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            documents.Add(new LabDocument(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadVectors(reader)));
        }

        var queries = new List<LabQuery>();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var (id, text, style) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
            var relevant = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = reader.ReadInt32(); r > 0; r--)
            {
                relevant[reader.ReadString()] = reader.ReadInt32();
            }

            queries.Add(new LabQuery(id, text, style, relevant, ReadVectors(reader)[0]));
        }

        return (documents, queries);
    }

    public static void WriteVectors(BinaryWriter writer, float[][] vectors)
    {
        writer.Write(vectors.Length);
        writer.Write(vectors.Length == 0 ? 0 : vectors[0].Length);
        foreach (var v in vectors)
        {
            foreach (var x in v)
            {
                writer.Write(x);
            }
        }
    }

    public static float[][] ReadVectors(BinaryReader reader)
    {
        var (count, dimensions) = (reader.ReadInt32(), reader.ReadInt32());
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            vectors[i] = new float[dimensions];
            for (var j = 0; j < dimensions; j++)
            {
                vectors[i][j] = reader.ReadSingle();
            }
        }

        return vectors;
    }
}
