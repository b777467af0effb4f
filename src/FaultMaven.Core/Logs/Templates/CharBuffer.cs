using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Templates;

/// <summary>A growable character buffer reused across lines so the hot path allocates nothing per line.</summary>
public sealed class CharBuffer(int capacity = 256)
{
    private char[] _chars = new char[Math.Max(16, capacity)];

    /// <summary>The number of characters written.</summary>
    public int Length { get; private set; }

    /// <summary>Appends one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow(1);
        }

        _chars[Length++] = c;
    }

    /// <summary>Appends characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>The characters written from <paramref name="start"/> on.</summary>
    public ReadOnlySpan<char> AsSpan(int start = 0) => _chars.AsSpan(start, Length - start);

    /// <summary>The characters written from <paramref name="start"/> on, <paramref name="length"/> of them; valid until the
    /// buffer grows or is cleared.</summary>
    public ReadOnlyMemory<char> AsMemory(int start, int length) => _chars.AsMemory(0, Length).Slice(start, length);

    /// <summary>Forgets the content, keeping the memory.</summary>
    public void Clear() => Length = 0;

    /// <inheritdoc/>
    public override string ToString() => new(_chars, 0, Length);

    private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + needed));
}
