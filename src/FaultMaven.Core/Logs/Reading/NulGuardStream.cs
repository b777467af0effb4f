namespace FaultMaven.Core.Logs.Reading;

/// <summary>Passes a single-byte-encoded text through and refuses it (<see cref="LogInputException"/>) at the first NUL byte anywhere in
/// it: the encoding is judged on the first 64 KB, and binary content further on must not be accepted and kept as text.</summary>
internal sealed class NulGuardStream(Stream inner) : ReadOnlyStream(inner)
{
    private long _offset;

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        var zero = buffer[..read].IndexOf((byte)0);
        if (zero >= 0)
        {
            throw new LogInputException(
                $"The input is binary, not a text log (a NUL byte at offset {_offset + zero}). FaultMaven reads text logs, plain or gzip-compressed.");
        }

        _offset += read;
        return read;
    }
}
