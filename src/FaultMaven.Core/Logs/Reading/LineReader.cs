using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>
/// Reads lines from log text with bounded memory: LF, CRLF or lone CR endings (as the upload pipeline's
/// <c>CarriageReturnReader</c> reads them), lines longer than
/// <see cref="LineReaderOptions.MaxLineLength"/> cut (the rest skipped), invalid bytes replaced and counted,
/// and a damaged gzip stream ending the input with a warning instead of an exception.
/// </summary>
public sealed class LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly Decoder _decoder;
    private readonly CountingFallback _fallback = new();
    private readonly int _maxLineLength;
    private readonly byte[] _bytes = new byte[64 * 1024];
    private readonly char[] _chars;
    private readonly CharBuffer _line = new(1024);
    private int _charPosition;
    private int _charCount;
    private bool _endOfInput;
    private bool _lineCut;
    private bool _afterCarriageReturn;
    private readonly TailStream? _compressed;
    private readonly NulRunStream? _nuls;
    private long _bytesRead;
    private string? _damage;

    internal LineReader(Stream stream, Encoding encoding, int bomLength, TailStream? compressed, NulRunStream? nuls, LineReaderOptions options)
    {
        _stream = stream;
        var decoding = (Encoding)encoding.Clone();
        decoding.DecoderFallback = _fallback;
        _decoder = decoding.GetDecoder();
        _chars = new char[decoding.GetMaxCharCount(_bytes.Length)];
        _maxLineLength = options.MaxLineLength;
        EncodingName = bomLength > 0 ? $"{encoding.WebName} (BOM)" : encoding.WebName;
        _compressed = compressed;
        _nuls = nuls;
        Compressed = compressed is not null;
    }

    /// <summary>The detected encoding, e.g. <c>utf-8</c>, <c>utf-16</c>, <c>iso-8859-1</c>.</summary>
    public string EncodingName { get; }

    /// <summary>Whether the input was gzip-compressed.</summary>
    public bool Compressed { get; }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The length, in characters, past which a line is cut.</summary>
    public int MaxLineLength => _maxLineLength;

    /// <summary>How many lines were longer than the limit and cut.</summary>
    public long TruncatedLines { get; private set; }

    /// <summary>How many bytes were not valid in the detected encoding (replaced by U+FFFD).</summary>
    public long InvalidBytes => _fallback.Count;

    /// <summary>Set when the input ended abnormally (a truncated or corrupt gzip stream; the lines before were read) or when runs of NUL
    /// bytes were left out of it (a log truncated in place).</summary>
    public string? Warning => (_damage, _nuls?.Note) switch
    {
        (null, var note) => note,
        (var damage, null) => damage,
        var (damage, note) => $"{damage} {note}",
    };

    /// <summary>Reads the next line without its line ending; false at the end of the input.</summary>
    public bool TryReadLine([NotNullWhen(true)] out string? line)
    {
        if (TryReadLineChars(out var text))
        {
            line = text.ToString();
            return true;
        }

        line = null;
        return false;
    }

    /// <summary>Reads the next line as characters that stay valid until the next read: a caller that copies them where it
    /// needs them allocates nothing per line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLineChars(out ReadOnlySpan<char> line)
    {
        _line.Clear();
        _lineCut = false;
        var sawAny = false;
        while (true)
        {
            if (_charPosition == _charCount && !Fill())
            {
                if (!sawAny && _line.Length == 0)
                {
                    line = default;
                    return false;
                }

                break;
            }

            // A line ended by a CR: its LF, if it follows (CRLF), may open the next buffer.
            if (_afterCarriageReturn)
            {
                _afterCarriageReturn = false;
                if (_chars[_charPosition] == '\n')
                {
                    _charPosition++;
                    continue;
                }
            }

            sawAny = true;
            var available = _chars.AsSpan(_charPosition, _charCount - _charPosition);
            var newline = available.IndexOfAny('\n', '\r');
            var piece = newline < 0 ? available : available[..newline];
            Keep(piece);
            _charPosition += newline < 0 ? available.Length : newline + 1;
            if (newline >= 0)
            {
                if (available[newline] == '\r')
                {
                    _afterCarriageReturn = true;
                    if (_charPosition < _charCount)
                    {
                        _afterCarriageReturn = false;
                        _charPosition += _chars[_charPosition] == '\n' ? 1 : 0;
                    }
                }

                break;
            }
        }

        LineNumber++;
        var text = _line.AsSpan();

        if (LineNumber == 1 && text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        if (_lineCut)
        {
            TruncatedLines++;
        }

        line = text;
        return true;
    }

    private void Keep(ReadOnlySpan<char> piece)
    {
        var room = _maxLineLength - _line.Length;
        if (piece.Length > room)
        {
            _lineCut = true;
            piece = piece[..Math.Max(0, room)];
        }

        _line.Append(piece);
    }

    private bool Fill()
    {
        while (!_endOfInput)
        {
            int read;
            try
            {
                read = _stream.Read(_bytes, 0, _bytes.Length);
            }
            catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
            {
                _damage = $"The compressed input is damaged or truncated after line {LineNumber}; the lines before were read.";
                read = 0;
            }

            _bytesRead += read;
            var flush = read == 0;
            if (flush && _damage is null && _compressed is not null && !_compressed.EndsWithSize(_bytesRead + (_nuls?.Skipped ?? 0)))
            {
                // .NET ends a cut deflate stream quietly; the gzip trailer (size mod 2^32) tells.
                _damage = $"The compressed input is truncated (it ends after line {LineNumber} without the gzip trailer); the lines before were read.";
            }

            _endOfInput = flush;
            _charCount = _decoder.GetChars(_bytes, 0, read, _chars, 0, flush);
            _charPosition = 0;
            if (_charCount > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();

    // Replaces invalid bytes with U+FFFD, like the default, and counts them.
    private sealed class CountingFallback : DecoderFallback
    {
        public long Count { get; set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            private bool _pending;

            public override int Remaining => _pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count += bytesUnknown.Length;
                _pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!_pending)
                {
                    return '\0';
                }

                _pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;
        }
    }
}
