using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Knowledge.Chunking;
using FaultMaven.Core.Knowledge.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Knowledge;

/// <summary>How the knowledge base cuts documents.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The target largest chunk, in characters (a code block stays whole).</summary>
    [ConfigurationKeyName("FM_KB_CHUNK_CHARS")]
    [Range(200, 50_000, ErrorMessage = "FM_KB_CHUNK_CHARS must be an integer from 200 to 50000.")]
    public int ChunkChars { get; set; } = 2000;

    /// <summary>How much of a chunk's end is repeated at the start of the next one of a long section, in characters.</summary>
    [ConfigurationKeyName("FM_KB_CHUNK_OVERLAP")]
    [Range(0, 10_000, ErrorMessage = "FM_KB_CHUNK_OVERLAP must be an integer from 0 to 10000.")]
    public int ChunkOverlap { get; set; } = 200;

    /// <summary>How lexical and semantic rankings are fused once chunks have vectors.</summary>
    /// <value>Default: <see cref="FusionMethod.Weighted"/> (chosen on the runbook benchmark, docs/BENCHMARKS.md).</value>
    [ConfigurationKeyName("FM_KB_FUSION")]
    public FusionMethod FusionMethod { get; set; } = FusionMethod.Weighted;

    /// <summary>The share of the semantic ranking in the fusion, from 0 (words only) to 1 (meaning only).</summary>
    /// <value>Default: 0.4.</value>
    [ConfigurationKeyName("FM_KB_SEMANTIC_WEIGHT")]
    [Range(0.0, 1.0, ErrorMessage = "FM_KB_SEMANTIC_WEIGHT must be a number from 0 to 1.")]
    public double SemanticWeight { get; set; } = 0.4;

    /// <summary>Gets the fusion's options.</summary>
    public FusionOptions Fusion => new() { Method = FusionMethod, SemanticWeight = SemanticWeight };

    /// <summary>Gets the chunker's options.</summary>
    public ChunkingOptions Chunking => new() { MaxChars = ChunkChars, OverlapChars = Math.Min(ChunkOverlap, ChunkChars / 2) };
}

/// <summary>Validates <see cref="KnowledgeOptions"/> at start-up (source-generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>;
