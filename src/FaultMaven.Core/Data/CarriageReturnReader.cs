namespace FaultMaven.Core.Data;

/// <summary>Reads text with a lone carriage return (old Mac OS line endings, some device consoles) turned into a line feed, so every
/// reader after it — the classifier's sample, the redactor, the stored text, the log reader and the engine — sees the same lines:
/// <c>\n</c>, <c>\r\n</c> and <c>\r</c> each end one line. <c>\r\n</c> is kept as it is (the stored text of CRLF files is unchanged).
/// One character of look-ahead; memory is one fixed buffer. The inner reader stays its owner's to dispose.</summary>
internal sealed class CarriageReturnReader(TextReader inner) : TextReader
{
    private readonly char[] _chunk = new char[1 << 16];
    private int _position;
    private int _count;
    private bool _ended;

    private bool NeedsFill => !_ended && _count - _position < 2;

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            if (NeedsFill)
            {
                Compact();
                Filled(inner.Read(_chunk.AsSpan(_count)));
            }

            var written = Drain(buffer);
            if (written > 0 || buffer.Length == 0 || _ended && _position >= _count)
            {
                return written;
            }
        }
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (NeedsFill)
            {
                Compact();
                Filled(await inner.ReadAsync(_chunk.AsMemory(_count), cancellationToken));
            }

            var written = Drain(buffer.Span);
            if (written > 0 || buffer.Length == 0 || _ended && _position >= _count)
            {
                return written;
            }
        }
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    /// <inheritdoc/>
    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    /// <inheritdoc/>
    public override int Peek() => -1;

    private void Compact()
    {
        var left = _count - _position;
        _chunk.AsSpan(_position, left).CopyTo(_chunk);
        (_position, _count) = (0, left);
    }

    private void Filled(int read)
    {
        if (read == 0)
        {
            _ended = true;
        }

        _count += read;
    }

    /// <summary>Copies what can be decided now, in runs up to the next carriage return; one at the end of the buffer waits for the
    /// next character.</summary>
    private int Drain(Span<char> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < _count)
        {
            var available = _chunk.AsSpan(_position, Math.Min(_count - _position, buffer.Length - written));
            var cr = available.IndexOf('\r');
            if (cr != 0)
            {
                var run = cr < 0 ? available.Length : cr;
                available[..run].CopyTo(buffer[written..]);
                written += run;
                _position += run;
                continue;
            }

            char c;
            if (_position + 1 < _count)
            {
                c = _chunk[_position + 1] == '\n' ? '\r' : '\n';
            }
            else if (!_ended)
            {
                break;
            }
            else
            {
                c = '\n';
            }

            buffer[written++] = c;
            _position++;
        }

        return written;
    }
}
