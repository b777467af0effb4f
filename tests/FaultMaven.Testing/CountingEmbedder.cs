using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Knowledge.Search;
using Microsoft.Extensions.AI;

namespace FaultMaven.Testing;

/// <summary>A small embedder that counts what it is asked to embed: each word of a text adds to one of 64 dimensions (by the hash of
/// the word), so texts sharing words are alike. Query inputs (<see cref="EmbeddingPurpose.ForQuery"/>) are counted apart.</summary>
public sealed class CountingEmbedder(string modelId) : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int Dimensions = 64;
    private readonly EmbeddingGeneratorMetadata _metadata = new("test", null, modelId, Dimensions);
    private readonly Lock _gate = new();
    private readonly List<string> _documents = [];
    private int _queries;

    /// <summary>Gets the texts embedded as documents (not queries), in order.</summary>
    public IReadOnlyList<string> Documents
    {
        get
        {
            lock (_gate)
            {
                return [.. _documents];
            }
        }
    }

    /// <summary>Gets how many query texts were embedded.</summary>
    public int Queries => Volatile.Read(ref _queries);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        lock (_gate)
        {
            if (EmbeddingPurpose.IsQuery(options))
            {
                _queries += texts.Count;
            }
            else
            {
                _documents.AddRange(texts);
            }
        }

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => new Embedding<float>(Vector(t)) { ModelId = modelId })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata : serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            vector[SHA256.HashData(Encoding.UTF8.GetBytes(word))[0] % Dimensions] += 1;
        }

        return vector;
    }
}
