namespace FaultMaven.Core.Knowledge.Search;

/// <summary>How a lexical and a semantic ranking of chunks become one.</summary>
public enum FusionMethod
{
    /// <summary>Reciprocal rank fusion: each chunk scores 1/(k + rank) in each ranking it is in; scores themselves are ignored.</summary>
    Rrf,

    /// <summary>Each ranking's scores scaled to 0–1 (best = 1, the deepest kept = 0), then a weighted sum.</summary>
    Weighted,
}

/// <summary>How <see cref="HybridFusion"/> fuses.</summary>
public sealed record FusionOptions
{
    /// <summary>Gets the method.</summary>
    /// <value>Default: <see cref="FusionMethod.Weighted"/>.</value>
    public FusionMethod Method { get; init; } = FusionMethod.Weighted;

    /// <summary>Gets RRF's rank offset: larger flattens the difference between ranks.</summary>
    /// <value>Default: 60 (Cormack et al.).</value>
    public int RrfK { get; init; } = 60;

    /// <summary>Gets the share of the semantic ranking, from 0 (words only) to 1 (meaning only); RRF weighs its terms with it too.</summary>
    /// <value>Default: 0.4 (chosen on the runbook benchmark, docs/BENCHMARKS.md).</value>
    public double SemanticWeight { get; init; } = 0.4;
}
