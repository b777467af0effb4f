namespace FaultMaven.Core.Data.Classification;

/// <summary>What the classifier decided and why.</summary>
/// <param name="Type">The kind of evidence.</param>
/// <param name="Format">Its format within the kind (a log layout, <c>yaml</c>, <c>prometheus</c>, <c>java</c>, …); null when not known.</param>
/// <param name="Confidence">From 0 to 1: how clearly this type beat the others.</param>
/// <param name="Signals">The observations that decided it, each naming where it came from (content, file name, source URL).</param>
public sealed record DataClassification(DataType Type, string? Format, double Confidence, IReadOnlyList<string> Signals)
{
    /// <summary>For a log, the layout the classifier detected (with what it learned of the header), so that reading the log does not
    /// detect it again; null for other types, or when the format came from elsewhere (a file name).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Logs.Formats.LogLayout? Layout { get; init; }

    /// <summary>The share of the sampled lines <see cref="Layout"/> read.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double LayoutShare { get; init; }
}
