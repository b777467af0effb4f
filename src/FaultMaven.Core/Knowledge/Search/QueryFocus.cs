using System.Text.RegularExpressions;

namespace FaultMaven.Core.Knowledge.Search;

/// <summary>Removes from a query what is a log line's format rather than its content: the field names of <c>key=value</c> and JSON
/// pairs (<c>ts=</c>, <c>"caller":</c>, <c>msg=</c>), timestamps, URL schemes and source locations (<c>dedupe.go:112</c>). A pasted log excerpt then
/// searches with its message, error and component, not with the words every structured log shares.</summary>
public static partial class QueryFocus
{
    /// <summary>The query with log-format words blanked out; other text is returned unchanged.</summary>
    public static string Apply(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var focused = SourceLocation().Replace(query, " ");
        focused = Timestamp().Replace(focused, " ");
        focused = JsonKey().Replace(focused, " ");
        focused = UrlScheme().Replace(focused, " ");
        return FieldName().Replace(focused, " ");
    }

    [GeneratedRegex(@"(?<![\w.-])[A-Za-z_][\w.-]*(?==(?!=))", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();

    [GeneratedRegex(@"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\b[a-z][a-z0-9+.-]*://", RegexOptions.CultureInvariant)]
    private static partial Regex UrlScheme();

    [GeneratedRegex(@"""[A-Za-z_][\w.-]*""\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex JsonKey();

    [GeneratedRegex(@"[\w/.-]+\.(?:go|py|java|kt|js|ts|rb|rs|c|cc|cpp|cs|scala|php):\d+", RegexOptions.CultureInvariant)]
    private static partial Regex SourceLocation();
}
