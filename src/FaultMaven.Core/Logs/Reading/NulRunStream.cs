namespace FaultMaven.Core.Logs.Reading;

/// <summary>
/// Passes a single-byte-encoded text through without the runs of NUL bytes a text log holds when it is not binary, and refuses the input
/// (<see cref="LogInputException"/>) at any other NUL: the encoding is judged on the first 64 KB, and binary content further on must not be
/// accepted and kept as text.
/// </summary>
/// <remarks>
/// A log truncated in place (logrotate's <c>copytruncate</c>) while its writer kept its file offset starts with a run of NULs — the sparse
/// hole up to that offset, at least one line long — and a file whose last blocks were allocated but not written before a crash holds
/// zero-filled blocks. Such runs start at a line's start or are a disk block long or longer; a binary format's NULs come sooner, in short
/// runs between other bytes, and a stray NUL in a line is no hole.
/// </remarks>
internal sealed class NulRunStream(Stream inner, long skippedBefore) : ReadOnlyStream(inner)
{
    /// <summary>A run at least this long at a line's start is a hole where lines were (no log line is shorter).</summary>
    internal const int LineRun = 16;

    /// <summary>A run at least this long is a zero-filled disk block wherever it starts.</summary>
    internal const int BlockRun = 512;

    private long _offset = skippedBefore;
    private bool _inRun;
    private bool _runAtLineStart;
    private long _runStart;
    private long _runLength;
    private bool _atLineStart = true;

    /// <summary>Gets how many NUL bytes were left out, those skipped before this stream included.</summary>
    public long Skipped { get; private set; } = skippedBefore;

    /// <summary>Gets what was left out, for the reader's warning; null when nothing was.</summary>
    public string? Note => Skipped == 0
        ? null
        : $"{Skipped:N0} NUL bytes were left out (a log truncated in place by copytruncate, or blocks zero-filled after a crash); the text around them was read.";

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            var read = Inner.Read(buffer);
            if (read == 0)
            {
                if (_inRun)
                {
                    EndRun();
                }

                return 0;
            }

            var kept = Compact(buffer[..read]);
            _offset += read;
            if (kept > 0)
            {
                return kept;
            }
        }
    }

    private int Compact(Span<byte> span)
    {
        var write = 0;
        var i = 0;
        while (i < span.Length)
        {
            if (_inRun)
            {
                var end = span[i..].IndexOfAnyExcept((byte)0);
                if (end < 0)
                {
                    _runLength += span.Length - i;
                    break;
                }

                _runLength += end;
                i += end;
                EndRun();
                continue;
            }

            var zero = span[i..].IndexOf((byte)0);
            var textEnd = zero < 0 ? span.Length : i + zero;
            if (textEnd > i)
            {
                if (write != i)
                {
                    span[i..textEnd].CopyTo(span[write..]);
                }

                write += textEnd - i;
                _atLineStart = span[write - 1] == (byte)'\n';
            }

            if (zero < 0)
            {
                break;
            }

            (_inRun, _runAtLineStart, _runStart, _runLength) = (true, _atLineStart, _offset + textEnd, 0);
            i = textEnd;
        }

        return write;
    }

    private void EndRun()
    {
        if (_runLength < (_runAtLineStart ? LineRun : BlockRun))
        {
            throw new LogInputException(
                $"The input is binary, not a text log (a NUL byte at offset {_runStart}). FaultMaven reads text logs, plain or gzip-compressed.");
        }

        Skipped += _runLength;
        _inRun = false;
    }
}
