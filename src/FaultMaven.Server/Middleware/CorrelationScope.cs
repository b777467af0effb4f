using System.Collections;

namespace FaultMaven.Server.Middleware;

/// <summary>The logging scope that puts <c>CorrelationId</c> on every log line of a request.</summary>
internal sealed class CorrelationScope(string correlationId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new("CorrelationId", correlationId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"CorrelationId:{correlationId}";
}
