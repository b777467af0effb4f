using System.Runtime.InteropServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>One way of writing log lines (JSON, syslog, an access log…): recognises a line and reads its fields.</summary>
public abstract class LogLayout
{
    /// <summary>A short, stable name such as <c>json</c> or <c>syslog-5424</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Reads <paramref name="line"/> into <paramref name="fields"/> (already reset); false when the line is not in this layout.</summary>
    public bool TryParse(string line, LogFields fields, TimestampParser time) => TryParse(line.AsMemory(), fields, time);

    /// <summary>Reads <paramref name="line"/> into <paramref name="fields"/> (already reset); false when the line is not in this
    /// layout. The fields' <see cref="LogFields.MessageText"/> and <see cref="LogFields.SourceText"/> may be slices of the line.</summary>
    public abstract bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>The line as a string, for the layouts that read it with a regular expression: no copy when it is one already.</summary>
    private protected static string AsString(ReadOnlyMemory<char> line) =>
        MemoryMarshal.TryGetString(line, out var text, out var start, out var length) && start == 0 && length == text.Length ? text : line.ToString();
}
