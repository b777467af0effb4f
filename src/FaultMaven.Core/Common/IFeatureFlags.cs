namespace FaultMaven.Core.Common;

/// <summary>Answers whether a <see cref="FeatureFlag"/> is on; the host reads them from <c>FM_FEATURES</c> at start-up.</summary>
public interface IFeatureFlags
{
    /// <summary>Returns whether <paramref name="flag"/> is on.</summary>
    ValueTask<bool> IsEnabledAsync(FeatureFlag flag, CancellationToken cancellationToken = default);
}
