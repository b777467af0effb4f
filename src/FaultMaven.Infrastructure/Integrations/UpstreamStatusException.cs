using System.Net;

namespace FaultMaven.Infrastructure.Integrations;

/// <summary>A live source answered with an error status that is its own fault (5xx, 429): counted by the circuit breaker as a
/// failed call, and told once as what the source answered, its message or a short excerpt of its body, if any.</summary>
internal sealed class UpstreamStatusException(HttpStatusCode status, string? excerpt)
    : HttpRequestException(excerpt is null ? $"answered HTTP {(int)status} with no message" : $"answered HTTP {(int)status}: {excerpt}", null, status);
