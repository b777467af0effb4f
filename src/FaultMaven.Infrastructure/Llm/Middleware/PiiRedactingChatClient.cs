using System.Runtime.CompilerServices;
using System.Text.Json;
using FaultMaven.Core.Agent.Model;
using FaultMaven.Core.Common;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.AI;

namespace FaultMaven.Infrastructure.Llm.Middleware;

/// <summary>Redacts every text on its way to the model (messages, instructions, tool results and tool-call arguments) and puts the
/// real values back into what comes out, so the guarantee lives in the pipeline rather than in each caller. Pseudonyms are those of the
/// case named by <see cref="ScopeKey"/> in the options, or of the request alone; both overrides are implemented, so neither path leaks.</summary>
public sealed class PiiRedactingChatClient(IChatClient innerClient, Redactor redactor, IPseudonymScopes? scopes = null, IIdempotencyGate? gate = null) : DelegatingChatClient(innerClient)
{
    /// <summary>The <see cref="ChatOptions.AdditionalProperties"/> key naming the case whose pseudonyms apply.</summary>
    public const string ScopeKey = ModelPropertyKeys.PrivacyScope;

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (redactedMessages, redactedOptions, pseudonyms) = await RedactAsync(messages, options, cancellationToken);
        var response = await base.GetResponseAsync(redactedMessages, redactedOptions, cancellationToken);
        if (KeepsPseudonyms(options))
        {
            return response;
        }

        foreach (var message in response.Messages)
        {
            for (var i = 0; i < message.Contents.Count; i++)
            {
                message.Contents[i] = Restore(message.Contents[i], pseudonyms);
            }
        }

        return response;
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (redactedMessages, redactedOptions, pseudonyms) = await RedactAsync(messages, options, cancellationToken);
        if (KeepsPseudonyms(options))
        {
            await foreach (var update in base.GetStreamingResponseAsync(redactedMessages, redactedOptions, cancellationToken))
            {
                yield return update;
            }

            yield break;
        }

        // A token such as <EMAIL_1> can arrive split over two updates: hold back an unfinished one until it closes.
        var held = string.Empty;
        ChatResponseUpdate? last = null;
        await foreach (var update in base.GetStreamingResponseAsync(redactedMessages, redactedOptions, cancellationToken))
        {
            last = update;
            for (var i = 0; i < update.Contents.Count; i++)
            {
                if (update.Contents[i] is TextContent text)
                {
                    var pending = held + text.Text;
                    var open = pending.LastIndexOf('<');
                    var cut = open >= 0 && pending.IndexOf('>', open) < 0 && pending.Length - open < 48 ? open : pending.Length;
                    held = pending[cut..];
                    update.Contents[i] = new TextContent(pseudonyms.Restore(pending[..cut])) { AdditionalProperties = text.AdditionalProperties };
                }
                else
                {
                    update.Contents[i] = Restore(update.Contents[i], pseudonyms);
                }
            }

            yield return update;
        }

        if (held.Length > 0)
        {
            yield return new ChatResponseUpdate(last?.Role ?? ChatRole.Assistant, pseudonyms.Restore(held)) { ResponseId = last?.ResponseId, MessageId = last?.MessageId };
        }
    }

    /// <summary>Redacts the request with the pseudonyms of its scope, and saves any new ones before the request leaves.</summary>
    private async ValueTask<(List<ChatMessage> Messages, ChatOptions? Options, PseudonymMap Pseudonyms)> RedactAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        var scope = scopes is null ? null : Scope(options);
        await using var held = scope is null || gate is null ? null : await gate.HoldPseudonymsAsync(scope, cancellationToken);
        var pseudonyms = scope is null ? new PseudonymMap() : await scopes!.GetAsync(scope, cancellationToken);
        var redactedMessages = Redact(messages, pseudonyms);
        var redactedOptions = Redact(options, pseudonyms);
        if (scope is not null)
        {
            await scopes!.SaveAsync(scope, pseudonyms, cancellationToken);
        }

        return (redactedMessages, redactedOptions, pseudonyms);
    }

    /// <summary>Whether the caller wants the answer in the scope's pseudonyms (<see cref="ModelPropertyKeys.KeepPseudonyms"/>): the
    /// agent stores what it gets, so real values must not come back into it.</summary>
    private static bool KeepsPseudonyms(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(ModelPropertyKeys.KeepPseudonyms, out var keep) == true && keep is true;

    private static string? Scope(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(ScopeKey, out var value) == true ? value?.ToString() : null;

    private List<ChatMessage> Redact(IEnumerable<ChatMessage> messages, PseudonymMap pseudonyms)
    {
        var redacted = new List<ChatMessage>();
        foreach (var message in messages)
        {
            var copy = message.Clone();
            copy.Contents = [.. message.Contents.Select(content => Redact(content, pseudonyms))];
            redacted.Add(copy);
        }

        return redacted;
    }

    private ChatOptions? Redact(ChatOptions? options, PseudonymMap pseudonyms)
    {
        if (options?.Instructions is null)
        {
            return options;
        }

        var copy = options.Clone();
        copy.Instructions = redactor.Redact(options.Instructions, pseudonyms).Text;
        return copy;
    }

    private AIContent Redact(AIContent content, PseudonymMap pseudonyms) => content switch
    {
        TextContent text => new TextContent(redactor.Redact(text.Text, pseudonyms).Text) { AdditionalProperties = text.AdditionalProperties },
        TextReasoningContent reasoning => new TextReasoningContent(redactor.Redact(reasoning.Text, pseudonyms).Text),
        FunctionResultContent result => new FunctionResultContent(result.CallId, redactor.Redact(AsText(result.Result), pseudonyms).Text) { Exception = result.Exception },
        FunctionCallContent call => new FunctionCallContent(call.CallId, call.Name, call.Arguments?.ToDictionary(a => a.Key, a => (object?)redactor.Redact(AsText(a.Value), pseudonyms).Text)),
        // Content the redactor cannot read (images, files) must not travel unexamined.
        DataContent or UriContent => new TextContent("[attachment withheld: content that cannot be redacted is not sent to the model]"),
        _ => content,
    };

    private static AIContent Restore(AIContent content, PseudonymMap pseudonyms) => content switch
    {
        TextContent text => new TextContent(pseudonyms.Restore(text.Text)) { AdditionalProperties = text.AdditionalProperties },
        // Tools run here, with the real values the model referred to by pseudonym.
        FunctionCallContent { Arguments: not null } call => new FunctionCallContent(call.CallId, call.Name,
            call.Arguments.ToDictionary(a => a.Key, a => a.Value is string s ? pseudonyms.Restore(s) : a.Value)),
        _ => content,
    };

    private static string AsText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString() ?? string.Empty,
        _ => JsonSerializer.Serialize(value),
    };
}
