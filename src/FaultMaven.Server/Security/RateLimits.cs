using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading.RateLimiting;
using FaultMaven.Infrastructure.Storage;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Server.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Security;

/// <summary>Per-client request budgets on ASP.NET Core's rate limiter: one for creations, uploads and agent turns, a larger one for the
/// rest; counted by <see cref="IRateLimitStore"/> (in the process, or in Redis for every instance). Health and metrics are not limited.</summary>
internal static class RateLimits
{
    private static readonly Counter<long> Rejected = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.http.rate_limited", description: "Requests refused with 429 because the client spent its budget or its share of a queue, by budget.");

    /// <summary>Counts a 429 given by an endpoint's own share (the knowledge import queue, the embedding backlog) under
    /// <paramref name="budget"/>, so that every rate-limited refusal shows in the one counter.</summary>
    public static void CountRefusal(string budget) => Rejected.Add(1, new KeyValuePair<string, object?>("budget", budget));

    public static IServiceCollection AddFaultMavenRateLimits(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<RateLimitOptions, RateLimitOptionsValidator>().BindConfiguration(string.Empty);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, IRateLimitStore>((limiter, options, store) =>
        {
            var budgets = options.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, budgets, store));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions budgets, IRateLimitStore store)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics"))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var (budget, limit) = context.GetEndpoint()?.Metadata.GetMetadata<CreationRateLimit>() is null
            ? ("all", budgets.PerMinute)
            : ("create", budgets.CreatePerMinute);
        if (limit == 0)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.Get($"{budget}:{ClientPartition.For(context)}", key => store.Create(key, limit));
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var budget = context.GetEndpoint()?.Metadata.GetMetadata<CreationRateLimit>() is null ? "FM_RATE_LIMIT_PER_MINUTE" : "FM_RATE_LIMIT_CREATE_PER_MINUTE";
        Rejected.Add(1, new KeyValuePair<string, object?>("budget", budget));
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits)).RateLimited(context.Request.Method, context.Request.Path, budget, seconds);

        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // Whatever the client accepts (a text/plain content read included): a 429 with its problem, never an exception and a 500.
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteForAnyClientAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.RateLimited,
                Title = "Too many requests",
                Detail = $"This client has sent more requests than its budget allows ({budget}); retry after {seconds} s.",
            },
        });
    }
}
