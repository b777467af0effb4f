// Knowledge-base speed and scale, FaultMaven's index side by side with SQLite FTS5 on the same chunks.
//   dotnet run -c Release --project bench/knowledge -- CORPUS.jsonl QUERIES.jsonl [TARGET_CHUNKS (0: the corpus once)] [FTS5_RUN.jsonl]
// The corpus is repeated with new document ids (and a copy number in each text) until TARGET_CHUNKS chunks are indexed.
using System.Diagnostics;
using System.Text.Json;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Chunking;
using FaultMaven.Core.Knowledge.Search;
using Microsoft.Data.Sqlite;

var corpus = File.ReadLines(args[0]).Select(l => JsonDocument.Parse(l).RootElement)
    .Select(e => (Id: e.GetProperty("id").GetString()!, Title: e.GetProperty("title").GetString() ?? "", Text: e.GetProperty("text").GetString()!)).ToList();
var queries = File.ReadLines(args[1]).Select(l => JsonDocument.Parse(l).RootElement)
    .Select(e => (Id: e.GetProperty("id").GetString()!, Query: e.GetProperty("query").GetString()!)).ToList();
// 0 indexes the corpus once, as it is (for quality); more repeats it until that many chunks.
var target = args.Length > 2 ? int.Parse(args[2]) : 100_000;
var once = target <= 0;

// 1. Ingestion and memory.
GC.Collect();
var memoryBefore = GC.GetTotalMemory(true);
using var knowledge = new KnowledgeBase();
var watch = Stopwatch.StartNew();
var copy = 0;
while (copy == 0 || !once && knowledge.ChunkCount < target)
{
    foreach (var (id, title, text) in corpus)
    {
        knowledge.Upsert(new KnowledgeDocument { Id = copy == 0 ? id : $"{id}~{copy}", Title = title, Text = copy == 0 ? text : $"{text}\n\ncopy {copy}\n" });
        if (!once && knowledge.ChunkCount >= target)
        {
            break;
        }
    }

    copy++;
}

var ingestSeconds = watch.Elapsed.TotalSeconds;
var memoryAfter = GC.GetTotalMemory(true);
Console.WriteLine($"ingested {knowledge.DocumentCount:N0} documents, {knowledge.ChunkCount:N0} chunks in {ingestSeconds:F1} s = {knowledge.ChunkCount / ingestSeconds:N0} chunks/s (tokenise, chunk, index; one thread)");
Console.WriteLine($"managed memory: {(memoryAfter - memoryBefore) / 1048576.0:N0} MB = {(memoryAfter - memoryBefore) / (double)knowledge.ChunkCount:N0} bytes per chunk (text included)");

// 2. Search latency at this size: every query, top 10 documents, several rounds after a warm-up round.
foreach (var (_, query) in queries)
{
    knowledge.Search(query, 10);
}

var latencies = new List<double>();
for (var round = 0; round < 5; round++)
{
    foreach (var (_, query) in queries)
    {
        var t = Stopwatch.GetTimestamp();
        knowledge.Search(query, 10);
        latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
    }
}

Report("FaultMaven search", latencies);

// 2b. The fused search once every chunk has a 384-dimension vector (the local models' size), query embedding excluded: the vectors
// are random, which costs the same to scan as real ones.
var random = new Random(42);
float[] RandomVector()
{
    var v = new float[384];
    for (var i = 0; i < v.Length; i++)
    {
        v[i] = (float)(random.NextDouble() - 0.5);
    }

    return v;
}

GC.Collect();
var beforeVectors = GC.GetTotalMemory(true);
var allVectors = new List<(string DocumentId, List<ReadOnlyMemory<float>> Vectors)>();
foreach (var id in knowledge.DocumentIds.ToList())
{
    var text = knowledge.Get(id)!.Text;
    var count = knowledge.EmbeddingInputs(id, text)!.Count;
    var vectors = Enumerable.Range(0, count).Select(_ => (ReadOnlyMemory<float>)RandomVector()).ToList();
    knowledge.SetVectors(id, text, vectors);
    allVectors.Add((id, vectors));
}

Console.WriteLine($"vectors: {knowledge.ChunksWithVectors:N0}, managed memory {(GC.GetTotalMemory(true) - beforeVectors) / 1048576.0:N0} MB");
var queryVectors = queries.Select(_ => RandomVector()).ToList();
foreach (var ((_, query), vector) in queries.Zip(queryVectors))
{
    knowledge.SearchWithVector(query, vector, 10);
}

var fusedLatencies = new List<double>();
for (var round = 0; round < 3; round++)
{
    foreach (var ((_, query), vector) in queries.Zip(queryVectors))
    {
        var t = Stopwatch.GetTimestamp();
        knowledge.SearchWithVector(query, vector, 10);
        fusedLatencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
    }
}

Report("FaultMaven fused search (vectors, query embedding excluded)", fusedLatencies);

// 2b'. Where the fused search's time goes: each phase alone over the same queries (the same index and vectors for the lexical and
// vector parts), CPU time of the whole process per search beside wall-time percentiles, all in this run and under the same load.
{
    var lexicalAlone = new LexicalIndex();
    foreach (var id in knowledge.DocumentIds.ToList())
    {
        var document = knowledge.Get(id)!;
        var chunks = MarkdownChunker.Chunk(document.Text, new ChunkingOptions { MaxChars = 2000 });
        lexicalAlone.Replace(chunks.Count == 0 ? [new IndexedChunk($"{id}#0", id, document.Title, [], "")]
            : chunks.Select((c, i) => new IndexedChunk($"{id}#{i}", id, document.Title, c.HeadingPath, c.Text)).ToList());
    }

    var vectorsAlone = new VectorIndex();
    foreach (var (id, vectors) in allVectors)
    {
        vectorsAlone.Replace(id, vectors);
    }

    var lexicalHits = queries.Select(q => lexicalAlone.Search(q.Query, 300)).ToList();
    var vectorHits = queryVectors.Select(v => vectorsAlone.Search(v, 300)).ToList();
    var fusion = new FusionOptions();
    Console.WriteLine($"phases at {knowledge.ChunkCount:N0} chunks, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}:");
    Phase("fused search, whole (lexical + vectors + fusion + ranking and snippets)", i => knowledge.SearchWithVector(queries[i].Query, queryVectors[i], 10));
    // More than a page: the coverage below the first page runs (one search of the document vectors), and ten more snippets.
    Phase("fused search, whole, 20 documents (the first page, then the coverage below it)", i => knowledge.SearchWithVector(queries[i].Query, queryVectors[i], 20));
    Phase("lexical search at the fusion's depth (300 chunks)", i => lexicalAlone.Search(queries[i].Query, 300));
    Phase("vector search at the fusion's depth (300 chunks)", i => vectorsAlone.Search(queryVectors[i], 300));
    Phase("fusion of the two rankings", i => HybridFusion.Fuse(lexicalHits[i], vectorHits[i], fusion));
    Phase("lexical search through the knowledge base (ranking and snippets of 10 documents)", i => knowledge.Search(queries[i].Query, 10));
    vectorsAlone.Dispose();
    lexicalAlone.Dispose();
}

void Phase(string name, Action<int> search)
{
    for (var i = 0; i < queries.Count; i++)
    {
        search(i);
    }

    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var phaseLatencies = new List<double>();
    for (var round = 0; round < 3; round++)
    {
        for (var i = 0; i < queries.Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            search(i);
            phaseLatencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
    }

    Report($"  {name}, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / phaseLatencies.Count:F2} ms/search", phaseLatencies);
}

// 2c. The vector side alone at the fusion's depth (300): the index against the exhaustive float scan, same vectors and queries, in
// this run: wall time and the process's CPU time per search, and the managed memory the index holds per vector. (The int8 index with
// float32 rescoring copies that the float16 one replaced was compared here until the seventh session; commit 0bf1d02 still has it.)
using (var quantised = new VectorIndex())
{
    var exact = new FaultMaven.Bench.Vectors.ExactScanVectorIndex();
    var vectorCount = allVectors.Sum(v => v.Vectors.Count);
    var heldBefore = GC.GetTotalMemory(forceFullCollection: true);
    foreach (var (id, vectors) in allVectors)
    {
        quantised.Replace(id, vectors);
    }

    var heldNow = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"memory per vector ({vectorCount:N0} vectors): int8 + float16 rescoring + ordinals {(heldNow - heldBefore) / (double)vectorCount:N0} bytes");
    foreach (var (id, vectors) in allVectors)
    {
        exact.Replace(id, vectors.Select((v, i) => ($"{id}#{i}", v)).ToList());
    }

    allVectors.Clear();
    foreach (var (name, searchVectors) in new (string, Func<float[], int>)[]
    {
        ("exhaustive float scan", v => exact.Search(v, 300).Count),
        ("int8 scan + float16 rescoring (the index)", v => quantised.Search(v, 300).Count),
    })
    {
        queryVectors.ForEach(v => searchVectors(v));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var vectorLatencies = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var vector in queryVectors)
            {
                var t = Stopwatch.GetTimestamp();
                searchVectors(vector);
                vectorLatencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }

        var cpuPerSearch = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / vectorLatencies.Count;
        Report($"vector search alone, top 300, {name}, CPU {cpuPerSearch:F2} ms/search", vectorLatencies);
    }
}

if (Environment.GetEnvironmentVariable("SKIP_FTS5") == "1")
{
    return;
}

// 3. SQLite FTS5 on the same chunks (unicode61 tokenizer, bm25 ranking), queries as OR of their words.
using var connection = new SqliteConnection("Data Source=:memory:");
connection.Open();
Execute("CREATE VIRTUAL TABLE chunks USING fts5(doc UNINDEXED, title, body)");
watch.Restart();
using (var transaction = connection.BeginTransaction())
{
    var insert = connection.CreateCommand();
    insert.CommandText = "INSERT INTO chunks (doc, title, body) VALUES ($doc, $title, $body)";
    var (doc, titleParameter, body) = (insert.Parameters.Add("$doc", SqliteType.Text), insert.Parameters.Add("$title", SqliteType.Text), insert.Parameters.Add("$body", SqliteType.Text));
    var inserted = 0;
    for (var c = 0; c == 0 || !once && inserted < target; c++)
    {
        foreach (var (id, title, text) in corpus)
        {
            foreach (var chunk in MarkdownChunker.Chunk(c == 0 ? text : $"{text}\n\ncopy {c}\n", new ChunkingOptions { MaxChars = 2000 }))
            {
                (doc.Value, titleParameter.Value, body.Value) = (c == 0 ? id : $"{id}~{c}", title, chunk.Text);
                insert.ExecuteNonQuery();
                inserted++;
            }

            if (!once && inserted >= target)
            {
                break;
            }
        }
    }

    transaction.Commit();
}

Console.WriteLine($"FTS5 ingestion: {knowledge.ChunkCount / watch.Elapsed.TotalSeconds:N0} chunks/s (chunks already cut)");
var search = connection.CreateCommand();
search.CommandText = "SELECT doc FROM chunks WHERE chunks MATCH $q ORDER BY bm25(chunks, 3.0, 1.0) LIMIT 300";
var parameter = search.Parameters.Add("$q", SqliteType.Text);
var ftsLatencies = new List<double>();
var runs = new List<string>();
for (var round = 0; round < 3; round++)
{
    foreach (var (qid, query) in queries)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(query, @"[\p{L}\p{N}]+").Select(m => $"\"{m.Value}\"").Distinct().ToList();
        parameter.Value = words.Count == 0 ? "\"\"" : string.Join(" OR ", words);
        var t = Stopwatch.GetTimestamp();
        var docs = new List<string>();
        using (var reader = search.ExecuteReader())
        {
            while (reader.Read())
            {
                var d = reader.GetString(0);
                if (!docs.Contains(d))
                {
                    docs.Add(d);
                }
            }
        }

        ftsLatencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        if (round == 0)
        {
            runs.Add(JsonSerializer.Serialize(new { qid, docids = docs.Take(100) }));
        }
    }
}

Report("SQLite FTS5 search", ftsLatencies);
if (args.Length > 3)
{
    File.WriteAllLines(args[3], runs);
}

void Execute(string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

static void Report(string name, List<double> latencies)
{
    latencies.Sort();
    double At(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
    Console.WriteLine($"{name}: {latencies.Count} queries, p50 {At(0.5):F2} ms, p95 {At(0.95):F2} ms, p99 {At(0.99):F2} ms, max {latencies[^1]:F2} ms");
}
