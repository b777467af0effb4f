using FaultMaven.Core.Logs.Formats;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>
/// Reads one line's fields with the file's layout; a line of another layout in a mixed file goes to the layout that
/// read the last odd line, then to every other. Holds no more state than that hint, so each thread of a parallel
/// reader can have its own.
/// </summary>
public sealed class LineParser(LogLayout layout, TimestampParser time)
{
    private LogLayout? _lastOther;

    /// <summary>The file's layout.</summary>
    public LogLayout Layout { get; } = layout;

    /// <summary>The timestamp reader in use.</summary>
    public TimestampParser Time { get; } = time;

    /// <summary>How many lines were read with a layout other than <see cref="Layout"/>.</summary>
    public long OtherLayoutLines { get; private set; }

    /// <summary>Reads <paramref name="line"/> into <paramref name="fields"/> (already reset); returns the layout that read it,
    /// or null when none did (the fields are reset again then).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LogLayout? Read(string line, LogFields fields) => Read(line.AsMemory(), fields);

    /// <summary>Reads <paramref name="line"/> as <see cref="Read(string, LogFields)"/> does; the fields may hold slices of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LogLayout? Read(ReadOnlyMemory<char> line, LogFields fields)
    {
        if (Layout.TryParse(line, fields, Time))
        {
            return Layout;
        }

        if (ReferenceEquals(Layout, LogLayouts.Plain) || LogEventReader.IsContinuation(line.Span))
        {
            return null;
        }

        // Mixed files come in runs: the layout that read the last odd line is the first to try on the next.
        if (_lastOther is not null)
        {
            fields.Reset();
            if (_lastOther.TryParse(line, fields, Time))
            {
                OtherLayoutLines++;
                return _lastOther;
            }
        }

        foreach (var other in LogLayouts.All)
        {
            fields.Reset();
            if (!ReferenceEquals(other, Layout) && !ReferenceEquals(other, _lastOther) && other.TryParse(line, fields, Time))
            {
                OtherLayoutLines++;
                _lastOther = other;
                return other;
            }
        }

        fields.Reset();
        return null;
    }

    /// <summary>Reads <paramref name="line"/> with <see cref="Read(string, LogFields)"/>, or as plain text when no layout does; returns the message.</summary>
    public string ReadMessage(string line, LogFields fields) => ReadMessageText(line.AsMemory(), fields).ToString();

    /// <summary>Reads <paramref name="line"/> as <see cref="ReadMessage"/> does; returns the message, a slice of the line when
    /// the layout took it from there (no copy).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlyMemory<char> ReadMessageText(ReadOnlyMemory<char> line, LogFields fields)
    {
        fields.Reset();
        if (Read(line, fields) is null)
        {
            LogLayouts.Plain.TryParse(line, fields, Time);
        }

        return fields.MessageText;
    }
}
