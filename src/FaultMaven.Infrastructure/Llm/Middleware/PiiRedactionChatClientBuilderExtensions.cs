using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Infrastructure.Llm.Middleware;

/// <summary>Adds <see cref="PiiRedactingChatClient"/> to a chat pipeline.</summary>
public static class PiiRedactionChatClientBuilderExtensions
{
    /// <summary>Redacts everything sent to the inner clients. Put it inside function invocation so that tool results pass through it on every round.
    /// The redactor and pseudonym scopes are taken from the arguments, else from the services, else the defaults.</summary>
    public static ChatClientBuilder UsePiiRedaction(this ChatClientBuilder builder, Redactor? redactor = null, IPseudonymScopes? scopes = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) => new PiiRedactingChatClient(
            inner,
            redactor ?? services.GetService<Redactor>() ?? Redactor.Default,
            scopes ?? services.GetService<IPseudonymScopes>(),
            services.GetService<Core.Common.IIdempotencyGate>()));
    }
}
