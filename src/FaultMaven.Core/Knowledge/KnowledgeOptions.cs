using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Knowledge.Chunking;
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

    /// <summary>Gets the chunker's options.</summary>
    public ChunkingOptions Chunking => new() { MaxChars = ChunkChars, OverlapChars = Math.Min(ChunkOverlap, ChunkChars / 2) };
}

/// <summary>Validates <see cref="KnowledgeOptions"/> at start-up (source-generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>;
