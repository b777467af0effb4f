using FaultMaven.Core.Common;
using Microsoft.FeatureManagement;

namespace FaultMaven.Server.Flags;

/// <summary>Registers the feature flags (<c>FM_FEATURES</c>) as <see cref="IFeatureFlags"/>.</summary>
internal static class FeatureFlagServiceCollectionExtensions
{
    /// <summary>Reads and validates <c>FM_FEATURES</c> now, so a bad value stops start-up, and gives Microsoft.FeatureManagement every
    /// flag's state, defaults included.</summary>
    public static IHostApplicationBuilder AddFaultMavenFeatureFlags(this IHostApplicationBuilder builder)
    {
        var states = FeatureFlagSettings.Load(builder.Configuration);
        // Its own configuration, in the library's schema ("FeatureManagement": {"model-tools": true}): FM_FEATURES is the one source.
        var definitions = new ConfigurationBuilder()
            .AddInMemoryCollection(states.Select(s => KeyValuePair.Create($"FeatureManagement:{s.Key.Name}", (string?)(s.Value ? "true" : "false"))))
            .Build();
        builder.Services.AddFeatureManagement(definitions);
        builder.Services.AddSingleton<IFeatureFlags, FeatureManagerFlags>();
        return builder;
    }
}
