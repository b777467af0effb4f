using FaultMaven.Infrastructure.Llm.Providers;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>Provider settings read from the environment, and the cost estimate they carry.</summary>
public sealed class LlmSettingsTests
{
    [Fact]
    public void Cost_UsesTheExactOrLongestPrefixPrice_AndTheOverrides()
    {
        var settings = Load(("FM_OPENAI_API_KEY", "sk"), ("FM_LLM_PRICES", "local-llama=0/0; gpt-4o=5/20"));

        Assert.Equal(0.15 + 0.60, settings.Cost("gpt-4o-mini-2024-07-18", 1_000_000, 1_000_000), 9); // gpt-4o-mini's price, not gpt-4o's
        Assert.Equal(5.0 + 20.0, settings.Cost("gpt-4o", 1_000_000, 1_000_000), 9); // overridden
        Assert.Equal(0, settings.Cost("local-llama", 5_000, 5_000));
        Assert.Equal(0, settings.Cost("unpriced-model", 5_000, 5_000));
        Assert.Equal(0, settings.Cost(null, 5_000, 5_000));
    }

    [Fact]
    public void NoProvider_IsOffline_AndOneKeyEnablesItsProvider()
    {
        Assert.False(Load().Enabled);
        var openAi = Assert.Single(Load(("FM_OPENAI_API_KEY", "sk")).Providers);
        Assert.Equal(("openai", "gpt-4o-mini", "https://api.openai.com/v1"), (openAi.Name, openAi.Model, openAi.Endpoint.ToString()));
    }

    private static LlmSettings Load(params (string Key, string Value)[] values) =>
        LlmSettings.Load(new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build());
}
