// RecallLab: the runbook benchmark's rankings offline, to choose how words and meaning are fused (issue 22).
//   RecallLab prepare DATA_DIR QUERIES.jsonl CACHE   start the embedded host over a copy of a data directory whose vectors are
//                                                     stored (fm kb eval --data-dir), dump documents, chunk vectors, query vectors
//   RecallLab embed CACHE KIND OUT                    embed texts of a variant (Variants.Texts) as passages, for the run
//   RecallLab run CACHE [EXPERIMENT ...]              rank every query with the product's indexes and each variant, score as
//                                                     retrieval_eval.py does, choose with leave-one-style-out
using FaultMaven.Bench.RecallLab;
using FaultMaven.Core.Knowledge;

switch (args[0])
{
    case "prepare":
        await Cache.PrepareAsync(args[1], args[2], args[3]);
        return 0;
    case "embed":
    {
        // RecallLab embed CACHE KIND OUT: texts derived from the cache embedded as passages by the product's embedder.
        var (docs, qs) = Cache.Read(args[1]);
        var texts = Variants.Texts(args[2], docs, qs, new KnowledgeOptions().Chunking);
        var vectors = await Cache.EmbedPassagesAsync(texts, Directory.CreateTempSubdirectory("recall-lab-").FullName);
        using var writer = new BinaryWriter(File.Create(args[3]));
        Cache.WriteVectors(writer, vectors);
        return 0;
    }

    case "run":
        var (documents, queries) = Cache.Read(args[1]);
        var lab = new Lab(documents, queries, new KnowledgeOptions().Chunking);
        Experiments.Run(lab, args.Skip(2).ToHashSet(StringComparer.Ordinal), Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
        return 0;
    default:
        Console.Error.WriteLine("usage: RecallLab prepare DATA_DIR QUERIES CACHE | run CACHE [EXPERIMENT ...]");
        return 2;
}
