namespace FaultMaven.Server.Security;

/// <summary>Marks an endpoint that opens sessions or cases, takes uploads or runs the agent: it counts against the stricter
/// <c>FM_RATE_LIMIT_CREATE_PER_MINUTE</c> budget instead of <c>FM_RATE_LIMIT_PER_MINUTE</c>.</summary>
internal sealed class CreationRateLimit
{
    public static readonly CreationRateLimit Instance = new();

    private CreationRateLimit()
    {
    }
}

/// <summary>Puts an endpoint under the stricter creation budget.</summary>
internal static class CreationRateLimitExtensions
{
    public static TBuilder CountsAsCreation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(CreationRateLimit.Instance);
}
