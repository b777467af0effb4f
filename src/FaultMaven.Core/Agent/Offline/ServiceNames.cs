using System.Text.RegularExpressions;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>Which names read as where events come from (a service, a logger, a host, a process) and which only say what kind of error
/// happened: a log line <c>java.lang.OutOfMemoryError: Java heap space</c> reads, to a header parser, like the logger
/// <c>java.lang.OutOfMemoryError</c> saying "Java heap space", but an exception or error type is evidence of an error kind, never a
/// source.</summary>
internal static partial class ServiceNames
{
    /// <summary>Whether <paramref name="name"/> can stand for a source of events (not empty, not an exception or error type).</summary>
    public static bool IsSource(string? name) => name is { Length: > 0 } && !IsErrorKind(name);

    /// <summary>Whether <paramref name="name"/> is an exception or error type (<c>java.lang.OutOfMemoryError</c>,
    /// <c>System.NullReferenceException</c>, <c>KeyError</c>, <c>Foo$BarException</c>, <c>Traceback</c>), judged by its last part.</summary>
    public static bool IsErrorKind(string name)
    {
        var trimmed = name.Trim().TrimEnd(':');
        var last = trimmed[(trimmed.LastIndexOfAny(['.', '$', ':', '/', '\\']) + 1)..];
        return ErrorType().IsMatch(last);
    }

    // The type's own name is in CamelCase and ends with the word for an error (a service is named in lower case and hyphens; a class
    // that handles errors, ErrorReporter, does not end with it).
    [GeneratedRegex(@"^(?:[A-Z][A-Za-z0-9]*(?:Exception|Error|Throwable|Fault|Panic)|Traceback|Exception|Error|Throwable|Panic)$", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorType();
}
