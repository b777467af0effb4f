using System.Globalization;
using FaultMaven.Core.Agent.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Llm.Providers;

/// <summary>The language-model providers and the router's settings, read from environment variables. With none configured the
/// agent runs its offline engine.</summary>
/// <param name="Providers">Providers in priority order: the router fails over from the first to the next.</param>
/// <param name="Timeout">How long one attempt at one provider may take.</param>
/// <param name="Retries">Retries per provider on transient errors (429, 5xx, timeouts) before failing over.</param>
/// <param name="Cache">Whether identical (redacted) requests are answered from the cache.</param>
/// <param name="Prices">USD per million input and output tokens, by model.</param>
public sealed record LlmSettings(IReadOnlyList<LlmProvider> Providers, TimeSpan Timeout, int Retries, bool Cache, IReadOnlyDictionary<string, (decimal Input, decimal Output)> Prices) : IModelPricing
{
    private static readonly (string Key, LlmProviderKind Kind, string Prefix, string? DefaultUrl, string? DefaultModel)[] Kinds =
    [
        ("openai", LlmProviderKind.OpenAI, "FM_OPENAI", "https://api.openai.com/v1", "gpt-4o-mini"),
        ("anthropic", LlmProviderKind.Anthropic, "FM_ANTHROPIC", "https://api.anthropic.com", "claude-sonnet-4-5"),
        ("azure-openai", LlmProviderKind.AzureOpenAI, "FM_AZURE_OPENAI", null, null),
        ("fireworks", LlmProviderKind.Fireworks, "FM_FIREWORKS", "https://api.fireworks.ai/inference/v1", "accounts/fireworks/models/llama-v3p3-70b-instruct"),
        ("openai-compatible", LlmProviderKind.OpenAICompatible, "FM_OPENAI_COMPATIBLE", null, null),
        ("ollama", LlmProviderKind.Ollama, "FM_OLLAMA", null, "llama3.1"),
    ];

    // Published list prices (USD per million tokens) for common models; FM_LLM_PRICES adds or overrides.
    private static readonly Dictionary<string, (decimal, decimal)> KnownPrices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-4o-mini"] = (0.15m, 0.60m),
        ["gpt-4o"] = (2.50m, 10.00m),
        ["gpt-4.1-mini"] = (0.40m, 1.60m),
        ["gpt-4.1"] = (2.00m, 8.00m),
        ["claude-sonnet-4-5"] = (3.00m, 15.00m),
        ["claude-haiku-4-5"] = (1.00m, 5.00m),
        ["claude-opus-4-1"] = (15.00m, 75.00m),
    };

    /// <summary>The estimated cost in USD of <paramref name="input"/> and <paramref name="output"/> tokens of <paramref name="model"/>: its
    /// exact price entry, else the longest entry its id starts with (<c>gpt-4o-mini-2024-07-18</c>); 0 for a model without a price.</summary>
    public double Cost(string? model, long input, long output)
    {
        if (model is null)
        {
            return 0;
        }

        var key = Prices.ContainsKey(model) ? model : Prices.Keys.Where(k => model.StartsWith(k, StringComparison.OrdinalIgnoreCase)).MaxBy(k => k.Length);
        return key is null ? 0 : (double)((input * Prices[key].Input + output * Prices[key].Output) / 1_000_000m);
    }

    /// <summary>Gets the budget of the model's first request in tokens (<c>FM_LLM_CONTEXT_TOKENS</c>).</summary>
    /// <value>24,000 tokens, about 96,000 characters.</value>
    public int ContextTokens { get; init; } = ContextBudget.DefaultTokens;

    /// <summary>Gets whether model-call spans carry the messages (<c>FM_TRACE_CONTENT=redacted</c>): the telemetry client sits inside
    /// the redactor, so what it records is the redacted text the provider received, never the original.</summary>
    public bool TraceContent { get; init; }

    /// <summary>Gets whether any provider is configured.</summary>
    public bool Enabled => Providers.Count > 0;

    /// <summary>Reads the settings; a bad value throws <see cref="OptionsValidationException"/> naming every bad variable.</summary>
    public static LlmSettings Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<string>();
        string? Get(string key) => configuration[key] is { Length: > 0 } value ? value.Trim() : null;

        var configured = new Dictionary<string, LlmProvider>(StringComparer.Ordinal);
        foreach (var (key, kind, prefix, defaultUrl, defaultModel) in Kinds)
        {
            var apiKey = Get($"{prefix}_API_KEY");
            var url = Get($"{prefix}_URL");
            var model = Get($"{prefix}_MODEL") ?? defaultModel;
            var wanted = kind is LlmProviderKind.Ollama or LlmProviderKind.OpenAICompatible or LlmProviderKind.AzureOpenAI ? url is not null : apiKey is not null;
            if (!wanted)
            {
                continue;
            }

            if (kind == LlmProviderKind.AzureOpenAI && apiKey is null)
            {
                errors.Add($"{prefix}_URL is set but {prefix}_API_KEY is missing: Azure OpenAI needs its key.");
            }

            if (model is null)
            {
                errors.Add($"{prefix}_URL is set but {prefix}_MODEL is missing: name {(kind == LlmProviderKind.AzureOpenAI ? "the deployment" : "the model the server serves")}.");
                continue;
            }

            var raw = url ?? defaultUrl!;
            if (!Uri.TryCreate(raw, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            {
                errors.Add($"{prefix}_URL '{raw}' is not valid: expected an http:// or https:// URL.");
                continue;
            }

            configured[key] = new LlmProvider(key, kind, Normalise(kind, endpoint), apiKey, model);
        }

        var providers = new List<LlmProvider>();
        if (Get("FM_LLM_PROVIDERS") is { } order)
        {
            foreach (var name in order.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (configured.TryGetValue(name.ToLowerInvariant(), out var provider))
                {
                    providers.Add(provider);
                }
                else
                {
                    var known = Kinds.Any(k => k.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
                    errors.Add(known
                        ? $"FM_LLM_PROVIDERS names '{name}' but it is not configured (set its key or URL)."
                        : $"FM_LLM_PROVIDERS names '{name}', which is not one of {string.Join(", ", Kinds.Select(k => k.Key))}.");
                }
            }
        }
        else
        {
            providers.AddRange(Kinds.Where(k => configured.ContainsKey(k.Key)).Select(k => configured[k.Key]));
        }

        var timeout = TimeSpan.FromSeconds(Number(Get("FM_LLM_TIMEOUT_SECONDS"), "FM_LLM_TIMEOUT_SECONDS", 60, 1, 600, errors));
        var retries = Number(Get("FM_LLM_RETRIES"), "FM_LLM_RETRIES", 2, 0, 10, errors);
        var contextTokens = Number(Get("FM_LLM_CONTEXT_TOKENS"), "FM_LLM_CONTEXT_TOKENS", ContextBudget.DefaultTokens, 4_000, 1_000_000, errors);
        var cache = Get("FM_LLM_CACHE")?.ToLowerInvariant() switch
        {
            null or "memory" => true,
            "off" => false,
            var other => Error(errors, $"FM_LLM_CACHE '{other}' is not valid: expected memory or off."),
        };
        var prices = new Dictionary<string, (decimal, decimal)>(KnownPrices, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (Get("FM_LLM_PRICES") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(['=', '/'], StringSplitOptions.TrimEntries);
            if (parts.Length == 3 && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var input)
                && decimal.TryParse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var output) && input >= 0 && output >= 0)
            {
                prices[parts[0]] = (input, output);
            }
            else
            {
                errors.Add($"FM_LLM_PRICES entry '{entry}' is not valid: expected model=input/output in USD per million tokens, e.g. gpt-4o-mini=0.15/0.60.");
            }
        }

        var traceContent = Get("FM_TRACE_CONTENT")?.ToLowerInvariant() switch
        {
            null or "off" => false,
            "redacted" => true,
            var other => Error(errors, $"FM_TRACE_CONTENT '{other}' is not valid: expected off or redacted."),
        };

        if (errors.Count > 0)
        {
            throw new OptionsValidationException("FM_LLM", typeof(LlmSettings), errors);
        }

        return new LlmSettings(providers, timeout, retries, cache, prices) { ContextTokens = contextTokens, TraceContent = traceContent };
    }

    /// <summary>The base URL each SDK expects: Ollama's OpenAI-compatible API lives under /v1, Azure's under /openai/v1.</summary>
    private static Uri Normalise(LlmProviderKind kind, Uri endpoint)
    {
        var path = endpoint.AbsolutePath.TrimEnd('/');
        return kind switch
        {
            LlmProviderKind.Ollama when !path.EndsWith("/v1", StringComparison.Ordinal) => new Uri(endpoint, path + "/v1/"),
            LlmProviderKind.AzureOpenAI when !path.EndsWith("/openai/v1", StringComparison.Ordinal) => new Uri(endpoint, path + "/openai/v1/"),
            _ => endpoint,
        };
    }

    private static int Number(string? value, string name, int fallback, int min, int max, List<string> errors)
    {
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add($"{name} '{value}' is not valid: expected an integer from {min} to {max}.");
        return fallback;
    }

    private static bool Error(List<string> errors, string message)
    {
        errors.Add(message);
        return false;
    }
}
