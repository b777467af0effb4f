using Microsoft.AspNetCore.Http;

namespace FaultMaven.Server.Problems;

/// <summary>Writes problem details whatever the client said it accepts.</summary>
internal static class ProblemWriting
{
    /// <summary>Writes <paramref name="problem"/>; a client that accepts no JSON (<c>Accept: text/plain</c> on an upload's content) gets it
    /// as JSON all the same, as it does for a failure an endpoint returns (ProblemHttpResult falls back to JSON), rather than an empty
    /// response or an exception.</summary>
    public static async ValueTask<bool> WriteForAnyClientAsync(this IProblemDetailsService problems, ProblemDetailsContext problem)
    {
        if (await problems.TryWriteAsync(problem))
        {
            return true;
        }

        problem.HttpContext.Request.Headers.Accept = "application/problem+json";
        return await problems.TryWriteAsync(problem);
    }
}
