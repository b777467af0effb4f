using System.Net;

namespace FaultMaven.Infrastructure.Llm.Providers;

/// <summary>A provider answered with a status worth retrying or failing over on (429, 408, 5xx), or a request error.</summary>
public sealed class ProviderUnavailableException(string provider, HttpStatusCode? status, TimeSpan? retryAfter, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>Gets the provider's name.</summary>
    public string Provider { get; } = provider;

    /// <summary>Gets the HTTP status, when there was a response.</summary>
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Gets how long the provider asked us to wait (Retry-After), if it did.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>Sits under each provider's SDK: turns transient answers into <see cref="ProviderUnavailableException"/> (with Retry-After)
/// before the SDK sees them, so the router retries, breaks and fails over the same way for every SDK; puts Azure's key in the
/// <c>api-key</c> header it expects.</summary>
internal sealed class ProviderHttpHandler(LlmProvider provider, TimeProvider time) : DelegatingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (provider.Kind == LlmProviderKind.AzureOpenAI)
        {
            request.Headers.Authorization = null;
            request.Headers.Remove("api-key");
            request.Headers.Add("api-key", provider.ApiKey);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new ProviderUnavailableException(provider.Name, null, null, $"{provider.Name} could not be reached: {ex.Message}", ex);
        }

        var status = (int)response.StatusCode;
        if (status is 429 or 408 or >= 500)
        {
            var retryAfter = RetryAfter(response);
            response.Dispose();
            throw new ProviderUnavailableException(provider.Name, response.StatusCode, retryAfter,
                $"{provider.Name} answered {status}{(retryAfter is { } wait ? $" (retry after {wait.TotalSeconds:0.#} s)" : "")}.");
        }

        return response;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var ms) && double.TryParse(ms.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var milliseconds))
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
    }
}
