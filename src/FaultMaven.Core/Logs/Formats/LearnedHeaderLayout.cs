namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// A layout whose messages still begin with header fields the layout does not know (a thread number, a padded level, a
/// run of bracketed component names): reads a line with the inner layout, then takes the learned fields off the message
/// start one by one while each is there, so a line written another way keeps its whole message.
/// </summary>
public sealed class LearnedHeaderLayout : LogLayout
{
    private readonly LogLayout _inner;
    private readonly HeaderFieldKind[] _fields;

    /// <summary>Reads with <paramref name="inner"/>, then strips <paramref name="fields"/> in order from each message.</summary>
    public LearnedHeaderLayout(LogLayout inner, IReadOnlyList<HeaderFieldKind> fields)
    {
        _inner = inner;
        _fields = [.. fields];
    }

    // The inner layout's name: a layout found again by name (the server's pipeline) is the inner one, which reads the
    // same lines with the longer message.
    /// <inheritdoc/>
    public override string Name => _inner.Name;

    /// <summary>The layout that reads each line first.</summary>
    public LogLayout Inner => _inner;

    /// <summary>The header fields taken off each message start, in order.</summary>
    public IReadOnlyList<HeaderFieldKind> Fields => _fields;

    /// <inheritdoc/>
    public override bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time)
    {
        if (!_inner.TryParse(line, fields, time))
        {
            return false;
        }

        // The learned header wins only where it reaches further than the inner layout's own reading of the line.
        if (!line.Span.Overlaps(fields.MessageText.Span, out var offset) || offset < 0)
        {
            return true;
        }

        var end = HeaderEnd(line, fields, time, offset);
        if (end > offset)
        {
            fields.MessageText = line[end..];
        }

        return true;
    }

    /// <summary>Where the learned header of <paramref name="line"/> ends (the fields there, in order, while each is there).
    /// Fills in the level, source and time the header gives and the inner layout did not, when it ends after <paramref name="from"/>.</summary>
    internal int HeaderEnd(ReadOnlyMemory<char> line, LogFields? fields, TimestampParser time, int from)
    {
        var span = line.Span;
        var at = HeaderTokens.SkipSpaces(span, 0);
        foreach (var kind in _fields)
        {
            var end = HeaderTokens.Match(span, at, kind, time);
            if (end < 0)
            {
                break;
            }

            if (fields is { Timestamp: null } && kind == HeaderFieldKind.Timestamp && time.TryParsePrefix(span[at..end].Trim("[]"), out var stamp) > 0)
            {
                // A stamp after a level ("INFO  [main] 2024-…") is not where the inner layout looks for one.
                fields.Timestamp = stamp;
            }
            else if (fields is not null && end > from)
            {
                Fill(line, at, end, kind, fields);
            }

            at = HeaderTokens.SkipSpaces(span, end);
        }

        return at;
    }

    private static void Fill(ReadOnlyMemory<char> line, int at, int end, HeaderFieldKind kind, LogFields fields)
    {
        var token = line.Span[at..end];
        if (kind is HeaderFieldKind.Level or HeaderFieldKind.Bracket && fields.Severity == LogSeverity.Unknown && Severities.TryParse(token.TrimEnd(':'), out var level))
        {
            fields.Severity = level;
        }
        else if (kind == HeaderFieldKind.Source && fields.SourceText is null)
        {
            fields.SourceText = line[at..HeaderTokens.TokenEnd(line.Span, at)];
        }
    }
}
