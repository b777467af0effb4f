using System.Runtime.CompilerServices;
using System.Text.Json;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.AI;

namespace FaultMaven.Infrastructure.Llm.Middleware;

/// <summary>Redacts every text on its way to the model (messages, instructions, tool results and tool-call arguments) and puts the
/// real values back into what comes out, so the guarantee lives in the pipeline rather than in each caller. Pseudonyms are those of the
/// case named by <see cref="ScopeKey"/> in the options, or of the request alone; both overrides are implemented, so neither path leaks.</summary>
public sealed class PiiRedactingChatClient(IChatClient innerClient, Redactor redactor, IPseudonymScopes? scopes = null) : DelegatingChatClient(innerClient)
{
    /// <summary>The <see cref="ChatOptions.AdditionalProperties"/> key naming the case whose pseudonyms apply.</summary>
    public const string ScopeKey = "faultmaven.privacy.scope";

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var pseudonyms = await PseudonymsForAsync(options, cancellationToken);
        var response = await base.GetResponseAsync(Redact(messages, pseudonyms), Redact(options, pseudonyms), cancellationToken);
        await SaveAsync(options, pseudonyms, cancellationToken);
        foreach (var message in response.Messages)
        {
            Restore(message.Contents, pseudonyms);
        }

        return response;
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pseudonyms = await PseudonymsForAsync(options, cancellationToken);
        var redactedMessages = Redact(messages, pseudonyms);
        var redactedOptions = Redact(options, pseudonyms);
        await SaveAsync(options, pseudonyms, cancellationToken);

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
            }

            Restore(update.Contents, pseudonyms, textToo: false);
            yield return update;
        }

        if (held.Length > 0)
        {
            yield return new ChatResponseUpdate(last?.Role ?? ChatRole.Assistant, pseudonyms.Restore(held)) { ResponseId = last?.ResponseId, MessageId = last?.MessageId };
        }
    }

    private async ValueTask<PseudonymMap> PseudonymsForAsync(ChatOptions? options, CancellationToken cancellationToken) =>
        scopes is not null && Scope(options) is { } scope ? await scopes.GetAsync(scope, cancellationToken) : new PseudonymMap();

    private async ValueTask SaveAsync(ChatOptions? options, PseudonymMap pseudonyms, CancellationToken cancellationToken)
    {
        if (scopes is not null && Scope(options) is { } scope)
        {
            await scopes.SaveAsync(scope, pseudonyms, cancellationToken);
        }
    }

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

    private static void Restore(IList<AIContent> contents, PseudonymMap pseudonyms, bool textToo = true)
    {
        for (var i = 0; i < contents.Count; i++)
        {
            contents[i] = contents[i] switch
            {
                TextContent text when textToo => new TextContent(pseudonyms.Restore(text.Text)) { AdditionalProperties = text.AdditionalProperties },
                FunctionCallContent call when call.Arguments is not null => new FunctionCallContent(call.CallId, call.Name,
                    call.Arguments.ToDictionary(a => a.Key, a => a.Value is string s ? pseudonyms.Restore(s) : a.Value)),
                var other => other,
            };
        }
    }

    private static string AsText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString() ?? string.Empty,
        _ => JsonSerializer.Serialize(value),
    };
}
