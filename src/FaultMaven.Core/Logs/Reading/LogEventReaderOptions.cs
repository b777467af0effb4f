using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>How a <see cref="LogEventReader"/> splits lines into events.</summary>
public sealed class LogEventReaderOptions
{
    /// <summary>The layout to use; detected from the first lines when null.</summary>
    /// <value>null.</value>
    public LogLayout? Layout { get; init; }

    /// <summary>The share of sampled lines <see cref="Layout"/> read where it was detected before (by the classifier); reported as
    /// the reader's <see cref="LogEventReader.LayoutShare"/>.</summary>
    /// <value>1 (a layout given by the user).</value>
    public double LayoutShare { get; init; } = 1;

    /// <summary>Whether continuation lines (stack frames, indented text) join the event before them.</summary>
    /// <value>true.</value>
    public bool JoinContinuationLines { get; init; } = true;

    /// <summary>The most continuation lines kept in one event's <see cref="LogEvent.Detail"/> (the rest are counted only).</summary>
    /// <value>200.</value>
    public int MaxDetailLines { get; init; } = 200;

    /// <summary>The date assumed for timestamps without one (time of day alone; the year of syslog stamps).</summary>
    /// <value>today (UTC).</value>
    public DateOnly? ReferenceDate { get; init; }
}
