using System.Globalization;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Telemetry;

/// <summary>Options of <see cref="RedactingConsoleFormatter"/>.</summary>
public sealed class RedactingConsoleFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>Gets or sets the name of the console formatter that writes the redacted entry (<c>json</c> or <c>simple</c>).</summary>
    public string Inner { get; set; } = ConsoleFormatterNames.Json;
}

/// <summary>Keeps user payloads out of the server's own logs: the message, every state and scope value and the exception
/// text of a log entry are redacted (values replaced by their type, <c>&lt;EMAIL&gt;</c>) before the JSON or text formatter
/// writes them. Redacting the values rather than the written line keeps JSON escapes intact.</summary>
internal sealed class RedactingConsoleFormatter(IOptionsMonitor<RedactingConsoleFormatterOptions> options, IServiceProvider services)
    : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "faultmaven-redacting";

    private static readonly Redactor LogRedactor = new(new PiiDetector(), RedactionPolicy.RedactAll);
    private ConsoleFormatter? _inner;

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = Redact(logEntry.Formatter(logEntry.State, logEntry.Exception));
        var state = logEntry.State is IEnumerable<KeyValuePair<string, object?>> pairs ? RedactPairs(pairs) : new RedactedPairs(message);
        var exception = logEntry.Exception is null ? null : new RedactedException(logEntry.Exception);
        var entry = new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(
            logEntry.LogLevel, logEntry.Category, logEntry.EventId, state, exception, (_, _) => message);
        Inner.Write(entry, scopeProvider is null ? null : new RedactingScopes(scopeProvider), textWriter);
    }

    private ConsoleFormatter Inner => _inner ??= services.GetServices<ConsoleFormatter>().FirstOrDefault(f => f.Name == options.CurrentValue.Inner)
        ?? throw new InvalidOperationException($"No console formatter named '{options.CurrentValue.Inner}' is registered.");

    /// <summary>Redacts a log text (also for <see cref="RedactingLogProcessor"/>, which does for OTLP what this does for the console).</summary>
    internal static string Redact(string text) => text.Length == 0 ? text : LogRedactor.Redact(text).Text;

    private static RedactedPairs RedactPairs(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var redacted = new RedactedPairs(Redact(pairs.ToString() ?? string.Empty));
        foreach (var pair in pairs)
        {
            redacted.Add(new(pair.Key, pair.Key == "{OriginalFormat}" ? pair.Value : RedactValue(pair.Value)));
        }

        return redacted;
    }

    /// <summary>Values that cannot carry private data keep their type (so JSON numbers stay numbers); any other is redacted as text.</summary>
    internal static object? RedactValue(object? value) => value switch
    {
        null or bool or Enum or DateTime or DateTimeOffset or TimeSpan or Guid => value,
        int or short or byte or double or float or decimal => value,
        _ => RedactText(value),
    };

    /// <summary>Redacts a value's text; a long number with nothing found in it (a byte count) stays a number.</summary>
    private static object RedactText(object value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        var redacted = Redact(text);
        return value is not string && ReferenceEquals(redacted, text) ? value : redacted;
    }

    /// <summary>Structured values, redacted; the text formatter writes a scope by its <see cref="object.ToString"/>, so that is kept, redacted too.</summary>
    private sealed class RedactedPairs(string text) : List<KeyValuePair<string, object?>>
    {
        public override string ToString() => text;
    }

    /// <summary>Scopes (request path, correlation id, …) pass through the same redaction on their way to the formatter.</summary>
    private sealed class RedactingScopes(IExternalScopeProvider inner) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state) =>
            inner.ForEachScope((scope, s) => callback(scope switch
            {
                null => null,
                IEnumerable<KeyValuePair<string, object?>> pairs => RedactPairs(pairs),
                _ => Redact(Convert.ToString(scope, CultureInfo.InvariantCulture) ?? string.Empty),
            }, s), state);

        public IDisposable Push(object? state) => inner.Push(state);
    }

    /// <summary>Stands in for the logged exception: formatters write <see cref="Exception.ToString"/>, which is redacted here.</summary>
    internal sealed class RedactedException(Exception original) : Exception(Redact(original.Message))
    {
        private readonly string _text = Redact(original.ToString());

        public override string ToString() => _text;
    }
}
