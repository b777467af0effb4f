namespace FaultMaven.Core.Logs.Formats;

/// <summary>One way of writing log lines (JSON, syslog, an access log…): recognises a line and reads its fields.</summary>
public abstract class LogLayout
{
    /// <summary>A short, stable name such as <c>json</c> or <c>syslog-5424</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Reads <paramref name="line"/> into <paramref name="fields"/> (already reset); false when the line is not in this layout.</summary>
    public abstract bool TryParse(string line, LogFields fields, TimestampParser time);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
