using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// <see cref="MessageMasker.Mask(ReadOnlySpan{char}, CharBuffer)"/> through a memo keyed by a message's shape: the message
/// with every ASCII digit read as <c>0</c>. Masking reads a digit only as a digit, never by its value (lengths, classes and
/// positions decide), so two messages of one shape are masked alike; and where no digit of the message reaches its masked
/// words (each number became a value), their masked words are the same characters. A message of a shape seen before then
/// costs one copy and one lookup instead of its masking. Lines of one statement differ mostly by their numbers, and in
/// fixed-width ones (clocks, dates, ids, addresses), so a shape recurs on most lines of a real log.
/// One per thread (no locks); memory bounded by <see cref="MaxEntries"/> and <see cref="MaxChars"/>.
/// </summary>
public sealed class MaskedShapeCache
{
    /// <summary>At most this many shapes are kept; past it the memo starts again.</summary>
    public const int MaxEntries = 8192;

    /// <summary>At most this many characters of shapes and masked words are kept; past it the memo starts again.</summary>
    public const int MaxChars = 1 << 20;

    // Longer messages are masked directly: their shape is rarely seen twice, and one would take a large share of the memo.
    private const int MaxMessage = 512;

    // A shape is kept on its second sighting: a log of one-off messages then fills no memo and allocates nothing for it.
    private const int SeenSlots = 4096;

    private readonly Dictionary<string, string> _masked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _seen = new int[SeenSlots];
    private char[] _shape = new char[256];
    private int _chars;

    /// <summary>Creates an empty memo.</summary>
    public MaskedShapeCache() => _lookup = _masked.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of shapes kept.</summary>
    public int Count => _masked.Count;

    /// <summary>Writes the masked words of <paramref name="message"/> to <paramref name="output"/>, exactly as
    /// <see cref="MessageMasker.Mask(ReadOnlySpan{char}, CharBuffer)"/> does.</summary>
    public void Mask(ReadOnlySpan<char> message, CharBuffer output)
    {
        if (Recall(message, output) is { } known)
        {
            output.Append(known);
        }
    }

    /// <summary>The masked words of <paramref name="message"/> when a message of its shape was masked before (nothing is
    /// written then); otherwise null, with the masked words written to <paramref name="output"/>, exactly as
    /// <see cref="MessageMasker.Mask(ReadOnlySpan{char}, CharBuffer)"/> writes them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Recall(ReadOnlySpan<char> message, CharBuffer output)
    {
        // "sha256:" and "sha512:" open a digest by the values of their digits (MessageMasker.DigestLength): such a message is
        // masked directly, so that "sha123:" never takes their masking or they its. Any other rule that reads a digit's value
        // must be kept out here the same way.
        if (message.Length > MaxMessage || message.Contains("sha", StringComparison.Ordinal))
        {
            MessageMasker.Mask(message, output);
            return null;
        }

        var shape = Shape(message);
        if (_lookup.TryGetValue(shape, out var known))
        {
            return known;
        }

        var start = output.Length;
        MessageMasker.Mask(message, output);
        var masked = output.AsSpan(start);

        // A digit in the masked words is one of the message's own ("jk2_init()"): another message of this shape has its own.
        if (masked.ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var hash = string.GetHashCode(shape);
        ref var slot = ref _seen[hash & (SeenSlots - 1)];
        if (slot != hash)
        {
            slot = hash;
            return null;
        }

        if (_masked.Count >= MaxEntries || _chars + shape.Length + masked.Length > MaxChars)
        {
            _masked.Clear();
            _chars = 0;
        }

        _masked[shape.ToString()] = masked.ToString();
        _chars += shape.Length + masked.Length;
        return null;
    }

    // The message with '1'–'9' read as '0', in a buffer reused from message to message.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> Shape(ReadOnlySpan<char> message)
    {
        if (_shape.Length < message.Length)
        {
            _shape = new char[Math.Max(message.Length, _shape.Length * 2)];
        }

        var shape = _shape.AsSpan(0, message.Length);
        var source = MemoryMarshal.Cast<char, ushort>(message);
        var target = MemoryMarshal.Cast<char, ushort>(shape);
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var one = Vector128.Create((ushort)'1');
            var eight = Vector128.Create((ushort)8);
            var zero = Vector128.Create((ushort)'0');
            for (; i + Vector128<ushort>.Count <= source.Length; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.Create(source.Slice(i, Vector128<ushort>.Count));
                var digit = Vector128.LessThanOrEqual(chars - one, eight);
                Vector128.ConditionalSelect(digit, zero, chars).CopyTo(target[i..]);
            }
        }

        for (; i < source.Length; i++)
        {
            target[i] = (ushort)(source[i] - '1') <= 8 ? '0' : source[i];
        }

        return shape;
    }
}
