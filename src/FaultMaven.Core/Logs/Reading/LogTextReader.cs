using System.Text;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>Decoded text of an input, opened by <see cref="LogInput.OpenText"/>, that notices a damaged or truncated gzip stream:
/// the text before the damage is read and <see cref="Warning"/> says what happened.</summary>
public sealed class LogTextReader : StreamReader
{
    private readonly CheckedStream _checked;

    internal LogTextReader(Stream text, Encoding encoding, TailStream? compressed, NulRunStream? nuls)
        : this(new CheckedStream(text, compressed, nuls), encoding)
    {
    }

    private LogTextReader(CheckedStream text, Encoding encoding)
        : base(text, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16)
    {
        _checked = text;
        EncodingName = encoding.WebName;
    }

    /// <summary>Gets the encoding the text was decoded with.</summary>
    public string EncodingName { get; }

    /// <summary>Gets whether the input was gzip-compressed.</summary>
    public bool Compressed => _checked.Compressed;

    /// <summary>Gets what went wrong at the end of a compressed input, once the reader has reached its end, and what runs of NUL bytes
    /// were left out of the text (a log truncated in place); null when nothing was.</summary>
    public string? Warning => (_checked.Damage, _checked.Nuls?.Note) switch
    {
        (null, var note) => note,
        (var damage, null) => damage,
        var (damage, note) => $"{damage} {note}",
    };

    /// <summary>Counts decompressed bytes, ends quietly at damage and compares the count with the gzip trailer at the end.</summary>
    private sealed class CheckedStream(Stream inner, TailStream? compressed, NulRunStream? nuls) : ReadOnlyStream(inner)
    {
        private long _bytes;

        public bool Compressed => compressed is not null;

        public NulRunStream? Nuls => nuls;

        public string? Damage { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            int read;
            try
            {
                read = Inner.Read(buffer);
            }
            catch (Exception ex) when (compressed is not null && ex is InvalidDataException or EndOfStreamException)
            {
                Damage = $"The compressed input is damaged after {_bytes:N0} bytes of text; the text before was read.";
                return 0;
            }

            _bytes += read;
            if (read == 0 && buffer.Length > 0 && compressed is not null && Damage is null && !compressed.EndsWithSize(_bytes + (nuls?.Skipped ?? 0)))
            {
                // .NET ends a cut deflate stream quietly; the gzip trailer (size mod 2^32) tells.
                Damage = $"The compressed input is truncated (no gzip trailer after {_bytes:N0} bytes of text); the text before was read.";
            }

            return read;
        }
    }
}
