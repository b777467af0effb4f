using FaultMaven.Core.Common;
using Microsoft.FeatureManagement;

namespace FaultMaven.Server.Flags;

/// <summary>The flags through Microsoft.FeatureManagement, so a flag can later take filters (percentage, targeting) without its
/// readers changing.</summary>
internal sealed class FeatureManagerFlags(IVariantFeatureManager features) : IFeatureFlags
{
    /// <inheritdoc/>
    public ValueTask<bool> IsEnabledAsync(FeatureFlag flag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return features.IsEnabledAsync(flag.Name, cancellationToken);
    }
}
