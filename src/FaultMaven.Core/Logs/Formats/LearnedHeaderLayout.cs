using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// A layout whose messages still begin with header fields the layout does not know (a thread number, a padded level, a
/// run of bracketed component names): reads a line with the inner layout, then takes the learned fields off the message
/// start one by one while each is there, so a line written another way keeps its whole message.
/// </summary>
public sealed class LearnedHeaderLayout : LogLayout
{
    private readonly LogLayout _inner;
    private readonly LearnedField[] _fields;
    private readonly bool _authoritative;

    /// <summary>Reads with <paramref name="inner"/>, then strips <paramref name="fields"/> in order from each message.</summary>
    public LearnedHeaderLayout(LogLayout inner, IReadOnlyList<HeaderFieldKind> fields)
        : this(inner, [.. fields.Select(f => new LearnedField(f, Varying: false))], authoritative: false)
    {
    }

    /// <summary>Reads with <paramref name="inner"/>, then strips <paramref name="fields"/> in order from each message; when
    /// <paramref name="authoritative"/>, a line whose whole learned header is there has its message start right after it, even
    /// where the inner layout read further.</summary>
    public LearnedHeaderLayout(LogLayout inner, IReadOnlyList<LearnedField> fields, bool authoritative)
    {
        _inner = inner;
        _fields = [.. fields];
        _authoritative = authoritative;
    }

    // The inner layout's name: a layout found again by name (the server's pipeline) is the inner one, which reads the
    // same lines with the longer message.
    /// <inheritdoc/>
    public override string Name => _inner.Name;

    /// <summary>The layout that reads each line first.</summary>
    public LogLayout Inner => _inner;

    /// <summary>The header fields taken off each message start, in order.</summary>
    public IReadOnlyList<HeaderFieldKind> Fields => [.. _fields.Select(f => f.Kind)];

    /// <summary>True when the learned header ends the header on every line that has all of it.</summary>
    public bool Authoritative => _authoritative;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time)
    {
        if (!_inner.TryParse(line, fields, time))
        {
            return false;
        }

        // The learned header wins where it reaches further than the inner layout's own reading of the line, and, when it
        // is authoritative, wherever all of it is there.
        if (!line.Span.Overlaps(fields.MessageText.Span, out var offset) || offset < 0)
        {
            return true;
        }

        var end = HeaderEnd(line, fields, time, offset, out var whole);
        if (end > offset || _authoritative && whole && end != offset)
        {
            fields.MessageText = line[end..];
        }

        return true;
    }

    /// <summary>Where the learned header of <paramref name="line"/> ends (the fields there, in order, while each is there; a
    /// field of varying wording only with the steadier field after it). Fills in the level, source and time the header gives
    /// and the inner layout did not, when it ends after <paramref name="from"/>.</summary>
    internal int HeaderEnd(ReadOnlyMemory<char> line, LogFields? fields, TimestampParser time, int from, out bool whole)
    {
        var span = line.Span;
        var at = HeaderTokens.SkipSpaces(span, 0);
        var steadyEnd = at;
        whole = false;
        var matched = 0;
        Span<int> starts = stackalloc int[_fields.Length];
        Span<int> ends = stackalloc int[_fields.Length];
        foreach (var field in _fields)
        {
            var end = HeaderTokens.Match(span, at, field.Kind, time);
            if (end < 0)
            {
                break;
            }

            starts[matched] = at;
            ends[matched++] = end;
            at = HeaderTokens.SkipSpaces(span, end);
            if (!field.Varying)
            {
                steadyEnd = at;
            }
        }

        whole = matched == _fields.Length;
        var stop = whole ? at : steadyEnd;
        if (fields is not null)
        {
            for (var i = 0; i < matched && starts[i] < stop; i++)
            {
                Fill(line, starts[i], ends[i], _fields[i].Kind, fields, time, ends[i] > from);
            }
        }

        return stop;
    }

    private static void Fill(ReadOnlyMemory<char> line, int at, int end, HeaderFieldKind kind, LogFields fields, TimestampParser time, bool past)
    {
        var token = line.Span[at..end];
        if (fields is { Timestamp: null } && kind == HeaderFieldKind.Timestamp && HeaderTokens.TryReadStamp(token, time, out var stamp))
        {
            // A stamp after a level ("INFO  [main] 2024-…") is not where the inner layout looks for one.
            fields.Timestamp = stamp;
        }
        else if (!past)
        {
            return;
        }
        else if (kind is HeaderFieldKind.Level or HeaderFieldKind.Capitals or HeaderFieldKind.Bracket && fields.Severity == LogSeverity.Unknown && Severities.TryParse(token.TrimEnd(':'), out var level))
        {
            fields.Severity = level;
        }
        else if (kind == HeaderFieldKind.Source && fields.SourceText is null)
        {
            fields.SourceText = line[at..HeaderTokens.TokenEnd(line.Span, at)];
        }
    }
}
