using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Agent.SemanticCache;

/// <summary>How alike a question must be to a cached one, and how long a cached answer is kept. The cache itself is turned on by the
/// <c>semantic-cache</c> feature flag.</summary>
public sealed class SemanticCacheOptions
{
    /// <summary>The least cosine similarity between the embeddings of a new question and a cached one (same team, same evidence) for the
    /// cached answer to be given.</summary>
    /// <value>Default: 0.95.</value>
    [ConfigurationKeyName("FM_SEMANTIC_CACHE_THRESHOLD")]
    [Range(0.5, 1.0, ErrorMessage = "FM_SEMANTIC_CACHE_THRESHOLD must be a number from 0.5 to 1, e.g. 0.95.")]
    public double Threshold { get; set; } = 0.95;

    /// <summary>How long a cached answer may be given again.</summary>
    /// <value>Default: one day.</value>
    [ConfigurationKeyName("FM_SEMANTIC_CACHE_TTL")]
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "FM_SEMANTIC_CACHE_TTL must be a duration from 00:01:00 to 30.00:00:00 (d.hh:mm:ss).")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>Validates <see cref="SemanticCacheOptions"/> at start-up (source-generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class SemanticCacheOptionsValidator : IValidateOptions<SemanticCacheOptions>;
