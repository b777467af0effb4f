using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Knowledge.Search;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace FaultMaven.Infrastructure.Llm;

/// <summary>Embeds text with a model shipped in the package, in-process: loaded on the first call (idle servers do not hold it),
/// batched, and run one batch at a time on one ONNX thread, so embedding uses at most one core and request handling keeps the rest.</summary>
internal sealed partial class LocalEmbeddingGenerator(LocalEmbeddingModel model, ILogger<LocalEmbeddingGenerator> logger) : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Texts embedded per inference: small enough that a query waits behind at most one batch (about half a second of one
    /// core for long passages), large enough to amortise the call.</summary>
    internal const int BatchSize = 8;

    /// <summary>Characters of one text embedded; the model reads 512 tokens at most, about 2,000 characters of English.</summary>
    internal const int MaxChars = 4000;

    // One model per process and one inference at a time, whatever the number of hosts (tests start many in one process).
    private static readonly ConcurrentDictionary<string, Lazy<Task<ISentenceEncoder>>> Loaded = new(StringComparer.Ordinal);
    private static readonly SemaphoreSlim Inference = new(1, 1);

    private static readonly Histogram<double> Duration = FaultMavenTelemetry.Meter.CreateHistogram<double>(
        "faultmaven.embeddings.duration", "s", "Time to embed one batch of texts with the local model (waiting for the model included).");

    private static readonly Counter<long> Texts = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.embeddings.texts", description: "Texts embedded by the local model.");

    private readonly EmbeddingGeneratorMetadata _metadata = new("faultmaven-local", null, model.Name, model.Dimensions);

    /// <summary>Gets whether this process has loaded <paramref name="model"/>.</summary>
    internal static bool IsLoaded(LocalEmbeddingModel model) =>
        Loaded.TryGetValue(model.Name, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully;

    /// <inheritdoc/>
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var prefix = EmbeddingPurpose.IsQuery(options) ? model.QueryPrefix : null;
        var texts = values.Select(v => prefix + (v.Length <= MaxChars ? v : v[..MaxChars])).ToArray();
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("embeddings.generate");
        activity?.SetTag("gen_ai.request.model", model.Name);
        activity?.SetTag("faultmaven.embeddings.texts", texts.Length);
        var encoder = await LoadAsync(cancellationToken);

        // Texts of like length share a batch, so little of a batch is padding.
        var order = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i].Length).ToArray();
        var vectors = new float[texts.Length][];
        foreach (var batch in order.Chunk(BatchSize))
        {
            var started = Stopwatch.GetTimestamp();
            var inputs = batch.Select(i => texts[i]).ToArray();
            await Inference.WaitAsync(cancellationToken);
            float[][] encoded;
            try
            {
                encoded = await Task.Run(() => encoder.Encode(inputs, cancellationToken), cancellationToken);
            }
            finally
            {
                Inference.Release();
            }

            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = encoded[j];
            }

            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("model", model.Name));
            Texts.Add(batch.Length, new KeyValuePair<string, object?>("model", model.Name));
        }

        return [.. vectors.Select(v => new Embedding<float>(v) { ModelId = model.Name })];
    }

    private async Task<ISentenceEncoder> LoadAsync(CancellationToken cancellationToken)
    {
        var lazy = Loaded.GetOrAdd(model.Name, _ => new Lazy<Task<ISentenceEncoder>>(() => Task.Run(Load)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed load is tried again on the next call rather than remembered for the life of the process.
            Loaded.TryRemove(new KeyValuePair<string, Lazy<Task<ISentenceEncoder>>>(model.Name, lazy));
            LogLoadFailed(logger, model.Name, ex);
            throw;
        }
    }

    private ISentenceEncoder Load()
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("embeddings.load");
        activity?.SetTag("gen_ai.request.model", model.Name);
        var started = Stopwatch.GetTimestamp();
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        var encoder = model.Create(options);
        LogLoaded(logger, model.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return encoder;
    }

    /// <inheritdoc/>
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType == typeof(LocalEmbeddingModel) ? model
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc/>
    public void Dispose()
    {
        // The model is shared by the process and lives as long as it does.
    }

    [LoggerMessage(LogEvents.EmbeddingModelLoaded, LogLevel.Information, "Embedding model {Model} loaded in {Milliseconds:0} ms")]
    private static partial void LogLoaded(ILogger logger, string model, double milliseconds);

    [LoggerMessage(LogEvents.EmbeddingModelFailed, LogLevel.Error, "Embedding model {Model} failed to load")]
    private static partial void LogLoadFailed(ILogger logger, string model, Exception exception);
}
