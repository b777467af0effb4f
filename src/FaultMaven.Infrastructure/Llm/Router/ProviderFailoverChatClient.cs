using System.Runtime.CompilerServices;
using FaultMaven.Core.Agent.Model;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Infrastructure.Llm.Providers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace FaultMaven.Infrastructure.Llm.Router;

/// <summary>Asks the providers in priority order and answers with the first that succeeds; a provider whose circuit is open is
/// skipped at once. The response names the provider that answered (<c>AdditionalProperties["faultmaven.provider"]</c>).</summary>
internal sealed partial class ProviderFailoverChatClient(IReadOnlyList<(LlmProvider Provider, IChatClient Client)> providers, ProviderHealth health, TimeProvider clock, ILogger logger) : IChatClient
{
    public const string ProviderProperty = LlmRouter.ProviderProperty;

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? [.. messages];
        var failures = new List<Exception>();
        foreach (var (provider, client) in providers)
        {
            try
            {
                var response = await client.GetResponseAsync(list, options, cancellationToken);
                (response.AdditionalProperties ??= [])[ProviderProperty] = provider.Name;
                health.Succeeded(provider.Name, clock.GetUtcNow());
                return response;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Record(provider, ex, failures);
            }
        }

        throw Unavailable(failures);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? [.. messages];
        var failures = new List<Exception>();
        foreach (var (provider, client) in providers)
        {
            IAsyncEnumerator<ChatResponseUpdate>? stream = null;
            ChatResponseUpdate? first = null;
            try
            {
                // Fail over only before the first update: after it the caller has already shown part of an answer.
                stream = client.GetStreamingResponseAsync(list, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
                first = await stream.MoveNextAsync() ? stream.Current : null;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (stream is not null)
                {
                    await stream.DisposeAsync();
                }

                Record(provider, ex, failures);
                continue;
            }

            await using (stream)
            {
                health.Succeeded(provider.Name, clock.GetUtcNow());
                if (first is null)
                {
                    yield break;
                }

                (first.AdditionalProperties ??= [])[ProviderProperty] = provider.Name;
                yield return first;
                while (await stream.MoveNextAsync())
                {
                    yield return stream.Current;
                }

                yield break;
            }
        }

        throw Unavailable(failures);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType.IsInstanceOfType(this) ? this : providers.Count > 0 ? providers[0].Client.GetService(serviceType, serviceKey) : null;

    public void Dispose()
    {
        foreach (var (_, client) in providers)
        {
            client.Dispose();
        }
    }

    private void Record(LlmProvider provider, Exception ex, List<Exception> failures)
    {
        failures.Add(ex);
        var reason = ex is BrokenCircuitException ? "circuit open" : Describe(ex);
        health.Failed(provider.Name, reason);
        LogFailedOver(logger, provider.Name, reason);
    }

    private static LlmUnavailableException Unavailable(List<Exception> failures) =>
        new($"No language model answered: {string.Join("; ", failures.Select(Describe))}.", failures);

    /// <summary>One line, never the request (which could hold evidence) and never a key: a provider's own message (a 401 echoes part
    /// of the key) goes through the redactor first.</summary>
    private static string Describe(Exception ex) => ex switch
    {
        ProviderUnavailableException p => p.Message,
        BrokenCircuitException => "circuit open",
        Polly.Timeout.TimeoutRejectedException => "timed out",
        _ when ex.InnerException is ProviderUnavailableException p => p.Message,
        System.ClientModel.ClientResultException result => $"refused the request ({result.Status})",
        _ => $"{ex.GetType().Name}: {Redactor.Default.Redact(ex.Message.Split('\n')[0]).Text}",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Language model provider {Provider} failed ({Reason}); trying the next one")]
    private static partial void LogFailedOver(ILogger logger, string provider, string reason);
}
