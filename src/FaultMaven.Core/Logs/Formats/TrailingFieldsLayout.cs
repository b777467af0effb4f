using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// A layout whose messages end in fields written after them (<c>message | logger | thread</c>): reads a line with the inner
/// layout, then cuts the learned number of pipe-separated fields off the message's end, where the line has them all.
/// </summary>
public sealed class TrailingFieldsLayout : LogLayout
{
    /// <summary>What separates the fields after the message.</summary>
    public const string Separator = " | ";

    private readonly LogLayout _inner;

    /// <summary>Reads with <paramref name="inner"/>, then cuts <paramref name="count"/> trailing fields off each message.</summary>
    public TrailingFieldsLayout(LogLayout inner, int count)
    {
        _inner = inner;
        Count = count;
    }

    /// <inheritdoc/>
    public override string Name => _inner.Name;

    /// <summary>The layout that reads each line first.</summary>
    public LogLayout Inner => _inner;

    /// <summary>How many fields are cut off the message's end.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time)
    {
        if (!_inner.TryParse(line, fields, time))
        {
            return false;
        }

        var message = fields.MessageText;
        var end = MessageEnd(message.Span, Count);
        if (end > 0)
        {
            fields.MessageText = message[..end];
        }

        return true;
    }

    /// <summary>Where the message ends before its last <paramref name="count"/> pipe-separated fields, or -1 when it has fewer.</summary>
    public static int MessageEnd(ReadOnlySpan<char> message, int count)
    {
        var end = message.Length;
        for (var i = 0; i < count; i++)
        {
            end = message[..end].LastIndexOf(Separator, StringComparison.Ordinal);
            if (end < 0)
            {
                return -1;
            }
        }

        return end;
    }
}
