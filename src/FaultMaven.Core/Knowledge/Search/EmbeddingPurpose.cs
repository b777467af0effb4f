using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Knowledge.Search;

/// <summary>Tells an embedder whether it embeds a search query or a passage to be found: asymmetric models (arctic-embed, BGE, E5)
/// put an instruction before queries. Embedders that make no difference ignore it.</summary>
public static class EmbeddingPurpose
{
    /// <summary>The key in <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>.</summary>
    public const string Key = "faultmaven.input_type";

    /// <summary>The value for a search query.</summary>
    public const string Query = "query";

    /// <summary>Options that mark the inputs as search queries.</summary>
    public static EmbeddingGenerationOptions ForQuery() => new() { AdditionalProperties = new() { [Key] = Query } };

    /// <summary>Gets whether <paramref name="options"/> mark the inputs as search queries.</summary>
    public static bool IsQuery(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(Key, out var value) == true && value is Query;
}
