using FaultMaven.Core.Common;
using FaultMaven.Server.Flags;
using FaultMaven.Testing;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Tests.Flags;

/// <summary>FM_FEATURES: parsing, the start-up error, and the states /health/ready reports.</summary>
public sealed class FeatureFlagsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void Parse_Nothing_GivesEveryDefault(string? value)
    {
        var states = FeatureFlagSettings.Parse(value);

        Assert.Equal(FeatureFlags.All.Count, states.Count);
        Assert.True(states[FeatureFlags.ModelTools]);
        Assert.False(states[FeatureFlags.LiveSources]);
        Assert.False(states[FeatureFlags.SemanticCache]);
    }

    [Fact]
    public void Parse_NamedFlags_SetThose_AndKeepTheOthersDefaults()
    {
        var states = FeatureFlagSettings.Parse(" Model-Tools : OFF ,semantic-cache:on");

        Assert.False(states[FeatureFlags.ModelTools]);
        Assert.True(states[FeatureFlags.SemanticCache]);
        Assert.False(states[FeatureFlags.LiveSources]);
    }

    [Theory]
    [InlineData("model-tool:off", "FM_FEATURES entry 'model-tool:off' names no feature flag: the flags are model-tools, live-sources, semantic-cache.")]
    [InlineData("model-tools:maybe", "FM_FEATURES entry 'model-tools:maybe' is not valid: expected flag:on or flag:off")]
    [InlineData("model-tools", "FM_FEATURES entry 'model-tools' is not valid: expected flag:on or flag:off")]
    [InlineData("model-tools=off", "FM_FEATURES entry 'model-tools=off' is not valid")]
    [InlineData("model-tools:off:on", "FM_FEATURES entry 'model-tools:off:on' is not valid")]
    [InlineData("model-tools:off,model-tools:on", "FM_FEATURES names model-tools more than once: name each of")]
    public void Parse_BadValue_FailsNamingTheVariableAndTheValidFlags(string value, string expected)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => FeatureFlagSettings.Parse(value));

        var line = Assert.Single(failure.Failures);
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.Contains("model-tools, live-sources, semantic-cache", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_UnknownFlag_IsOneConfigurationLineNamingTheValidFlags()
    {
        using var data = new TempDirectory();
        var settings = new Dictionary<string, string?> { ["FM_DATA_DIR"] = data.Path, ["FM_PORT"] = "0", ["FM_FEATURES"] = "model-tools:off,live-source:on" };

        var failure = Assert.ThrowsAny<Exception>(() => FaultMavenApplication.Create([], settings));

        var line = Assert.Single(FaultMavenApplication.DescribeConfigurationErrors(failure, settings));
        Assert.Equal("FM_FEATURES entry 'live-source:on' names no feature flag: the flags are model-tools, live-sources, semantic-cache.", line);
    }

    [Fact]
    public async Task HealthReady_ShowsEachFlagsState_AndLiveDoesNot()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_FEATURES"] = "model-tools:off,semantic-cache:on" }, cancellationToken: Token);

        var ready = await (await server.Client.GetAsync("/health/ready", Token)).ReadJsonAsync(Token);
        var live = await (await server.Client.GetAsync("/health/live", Token)).ReadJsonAsync(Token);

        var features = ready.GetProperty("features");
        Assert.Equal(["model-tools", "live-sources", "semantic-cache"], features.EnumerateObject().Select(p => p.Name));
        Assert.False(features.GetProperty("model-tools").GetBoolean());
        Assert.False(features.GetProperty("live-sources").GetBoolean());
        Assert.True(features.GetProperty("semantic-cache").GetBoolean());
        Assert.False(live.TryGetProperty("features", out _));
    }

    [Fact]
    public async Task HealthReady_WithoutFmFeatures_ShowsTheDefaults()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);

        var features = (await (await server.Client.GetAsync("/health/ready", Token)).ReadJsonAsync(Token)).GetProperty("features");

        Assert.True(features.GetProperty("model-tools").GetBoolean());
        Assert.False(features.GetProperty("live-sources").GetBoolean());
        Assert.False(features.GetProperty("semantic-cache").GetBoolean());
    }
}
