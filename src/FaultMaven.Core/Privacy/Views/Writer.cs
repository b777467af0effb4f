using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Views;

/// <summary>Writes a view's characters with the range of the text each came from. A view is never longer than its text (every
/// change writes one character for one or more), so the arrays are sized once.</summary>
internal sealed class Writer(int capacity)
{
    private readonly char[] _chars = new char[capacity + 1];
    private readonly int[] _start = new int[capacity + 1];
    private readonly int[] _end = new int[capacity + 1];
    private readonly byte[] _flags = new byte[capacity + 1];
    private int _length;
    private bool _gap;

    /// <summary>Marks the next character written as following dropped characters (or not).</summary>
    public void Gap(bool dropped) => _gap |= dropped;

    public void Put(char value, int start, int end, byte flags)
    {
        _chars[_length] = value;
        _start[_length] = start;
        _end[_length] = end;
        _flags[_length] = (byte)(flags | (_gap ? TextView.GapBefore : 0));
        _gap = false;
        _length++;
    }

    /// <summary>Writes <paramref name="length"/> characters of <paramref name="text"/> as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Copy(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            Put(text[i], i, i + 1, 0);
        }
    }

    /// <summary>Writes <c>[start, end)</c> of <paramref name="text"/> with its escapes written out; <paramref name="nextEscape"/> is
    /// the first escape at or after <paramref name="start"/> (or -1). Returns the first escape at or after <paramref name="end"/>.</summary>
    public int Write(string text, int start, int end, int nextEscape)
    {
        var position = start;
        while (nextEscape >= 0 && nextEscape < end)
        {
            Copy(text, position, nextEscape - position);
            if (Decoding.At(text, nextEscape, end) is var (value, after))
            {
                Put(value, nextEscape, after, TextView.Changed);
                position = after;
            }
            else
            {
                // An escape cut by the line's end ("%4" then a newline) is read as it is.
                Copy(text, nextEscape, 1);
                position = nextEscape + 1;
            }

            nextEscape = TextViewBuilder.FindEscape(text, position);
        }

        Copy(text, position, end - position);
        return nextEscape;
    }

    public TextView View() => new(new string(_chars, 0, _length), _start, _end, _flags);
}
