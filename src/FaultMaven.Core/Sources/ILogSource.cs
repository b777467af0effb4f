using FaultMaven.Core.Common;

namespace FaultMaven.Core.Sources;

/// <summary>A log store's search API, read-only (Loki, Elasticsearch/OpenSearch, Splunk). A search returns the entries of a window, at
/// most <see cref="LogSearch.Limit"/> of them and at most the configured size, or a failure: <see cref="FailureKind.Invalid"/> when
/// the store rejects the query, <see cref="FailureKind.SourceUnavailable"/> when it cannot be reached, times out or its circuit is open.</summary>
public interface ILogSource
{
    /// <summary>Gets the source's short name as turns, tools and metrics spell it: <c>loki</c>, <c>elasticsearch</c>, <c>splunk</c>.</summary>
    string Name { get; }

    /// <summary>Gets the name people know it by (<c>Loki</c>), for messages.</summary>
    string DisplayName { get; }

    /// <summary>Gets the base address queried, for citing where evidence came from.</summary>
    Uri BaseAddress { get; }

    /// <summary>Gets the labels (or fields) whose values name a service, which a question naming one can select by; empty when the
    /// source cannot list them.</summary>
    IReadOnlyList<string> ServiceLabels { get; }

    /// <summary>Searches the window with the source's own query language.</summary>
    Task<Outcome<LogSearchResult>> SearchAsync(LogSearch search, CancellationToken cancellationToken = default);

    /// <summary>The values a label holds (Loki's <c>/label/&lt;name&gt;/values</c>) over the window; empty when the source has no such list.</summary>
    Task<Outcome<IReadOnlyList<string>>> LabelValuesAsync(string label, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);

    /// <summary>The query that brings a named service's error lines (<c>{app="checkout"} |~ "(?i)error|…"</c>), or null when the
    /// source cannot write one.</summary>
    string? ServiceErrorsQuery(string label, string value);
}

/// <summary>One search of a log source.</summary>
/// <param name="Query">The query in the source's language (LogQL, Lucene query string, SPL).</param>
/// <param name="Start">The start of the window.</param>
/// <param name="End">The end of the window.</param>
/// <param name="Limit">The most entries to return.</param>
/// <param name="Newest">Whether the newest entries are kept when there are more than <paramref name="Limit"/> (else the oldest).</param>
public sealed record LogSearch(string Query, DateTimeOffset Start, DateTimeOffset End, int Limit, bool Newest = true);

/// <summary>One log entry: its time, its line and the labels (stream, index, host) it came with.</summary>
public sealed record LogEntry(DateTimeOffset Time, string Line, IReadOnlyList<KeyValuePair<string, string>> Labels);

/// <summary>A search's answer.</summary>
/// <param name="Request">The request as sent (path and query, or method, path and body's query), without credentials, to cite.</param>
/// <param name="Entries">The entries, in the order the source sent them.</param>
/// <param name="Truncated">Whether the source had more than were read (the limit or the size cap was reached).</param>
public sealed record LogSearchResult(string Request, IReadOnlyList<LogEntry> Entries, bool Truncated);
