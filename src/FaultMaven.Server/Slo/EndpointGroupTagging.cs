using Microsoft.AspNetCore.Http.Features;

namespace FaultMaven.Server.Slo;

/// <summary>Adds the request's endpoint group to ASP.NET Core's request duration measurement, refused and failed requests included.</summary>
internal sealed class EndpointGroupTagging(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (EndpointGroups.Of(context.GetEndpoint()) is { } group && context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
        {
            metrics.Tags.Add(new(EndpointGroups.TagName, group));
        }

        return next(context);
    }
}
