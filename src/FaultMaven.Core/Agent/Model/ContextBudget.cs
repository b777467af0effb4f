namespace FaultMaven.Core.Agent.Model;

/// <summary>How much the model's first request may carry, in tokens (<c>FM_LLM_CONTEXT_TOKENS</c>). The project has no tokenizer, so
/// tokens are estimated as characters / 4 — close for English and log text with the common BPE vocabularies.</summary>
/// <param name="Tokens">The budget in tokens.</param>
public sealed record ContextBudget(int Tokens)
{
    /// <summary>The default budget: 24,000 tokens, about 96,000 characters.</summary>
    public const int DefaultTokens = 24_000;

    /// <summary>Characters per token in the estimate.</summary>
    public const int CharsPerToken = 4;

    /// <summary>Gets the default budget.</summary>
    public static ContextBudget Default { get; } = new(DefaultTokens);

    /// <summary>Gets the budget in characters.</summary>
    public int Chars => Tokens * CharsPerToken;

    /// <summary>The estimated tokens of <paramref name="characters"/> characters.</summary>
    public static int EstimateTokens(long characters) => (int)Math.Min(int.MaxValue, (characters + CharsPerToken - 1) / CharsPerToken);
}
