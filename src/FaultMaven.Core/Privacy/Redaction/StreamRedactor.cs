using System.Threading.Channels;

namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>Redacts a text stream of any size in blocks of whole lines, detecting on all cores while writing in order,
/// so memory stays flat and pseudonyms are given out in reading order. A PEM block is never split between blocks.</summary>
/// <param name="redactor">The redactor to apply.</param>
/// <param name="blockSize">About how many characters go in one block.</param>
/// <param name="scheduler">Where detection runs; the thread pool when null.</param>
public sealed class StreamRedactor(Redactor redactor, int blockSize = 1 << 20, TaskScheduler? scheduler = null)
{
    /// <summary>Reads <paramref name="input"/> to its end, writes the redacted text to <paramref name="output"/> and returns how many values of each type were replaced.</summary>
    /// <param name="input">The text to redact.</param>
    /// <param name="output">Receives the redacted text.</param>
    /// <param name="pseudonyms">The case's pseudonyms; a map for this text alone when null.</param>
    /// <param name="report">When given, receives every replacement with its offsets in the whole input and the whole output.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyDictionary<PiiType, long>> RedactAsync(
        TextReader input, TextWriter output, PseudonymMap? pseudonyms = null, ICollection<Redaction>? report = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        pseudonyms ??= new PseudonymMap();
        var counts = new Dictionary<PiiType, long>();
        var pending = Channel.CreateBounded<Task<(string Text, IReadOnlyList<PiiEntity> Entities)>>(Environment.ProcessorCount * 2);

        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var block in ReadBlocksAsync(input, cancellationToken))
                {
                    await pending.Writer.WriteAsync(StartDetection(block, cancellationToken), cancellationToken);
                }
            }
            finally
            {
                pending.Writer.Complete();
            }
        }, cancellationToken);

        var (inputOffset, outputOffset) = (0L, 0L);
        await foreach (var detection in pending.Reader.ReadAllAsync(cancellationToken))
        {
            var (text, entities) = await detection;
            var redacted = redactor.Apply(text, entities, pseudonyms);
            foreach (var redaction in redacted.Redactions)
            {
                counts[redaction.Type] = counts.GetValueOrDefault(redaction.Type) + 1;
                report?.Add(redaction with
                {
                    Start = checked((int)(redaction.Start + inputOffset)),
                    End = checked((int)(redaction.End + inputOffset)),
                    OutputStart = checked((int)(redaction.OutputStart + outputOffset)),
                    OutputEnd = checked((int)(redaction.OutputEnd + outputOffset)),
                });
            }

            inputOffset += text.Length;
            outputOffset += redacted.Text.Length;
            await output.WriteAsync(redacted.Text.AsMemory(), cancellationToken);
        }

        await reading;
        await output.FlushAsync(cancellationToken);
        return counts;
    }

    private Task<(string Text, IReadOnlyList<PiiEntity> Entities)> StartDetection(string block, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => (block, redactor.Detector.Detect(block)), cancellationToken, TaskCreationOptions.DenyChildAttach, scheduler ?? TaskScheduler.Default);

    private async IAsyncEnumerable<string> ReadBlocksAsync(TextReader input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new char[blockSize];
        var carry = string.Empty;
        while (true)
        {
            var read = await input.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
            if (read == 0)
            {
                if (carry.Length > 0)
                {
                    yield return carry;
                }

                yield break;
            }

            var text = carry + new string(buffer, 0, read);
            var cut = CutPoint(text, atEnd: read < buffer.Length);
            if (cut == 0 && read == buffer.Length && text.Length < blockSize * 8)
            {
                carry = text; // no line end yet: keep reading (a very long line or an unfinished key)
                continue;
            }

            cut = cut == 0 ? text.Length : cut;
            yield return text[..cut];
            carry = text[cut..];
        }
    }

    /// <summary>Finds where to end a block: after its last line end, but before a private key whose end has not been read yet.</summary>
    private static int CutPoint(string text, bool atEnd)
    {
        if (atEnd)
        {
            return text.Length;
        }

        var cut = text.LastIndexOf('\n') + 1;
        var begin = text.LastIndexOf("-----BEGIN", StringComparison.Ordinal);
        if (begin >= 0 && begin < cut && text.IndexOf("-----END", begin, StringComparison.Ordinal) < 0)
        {
            cut = text.LastIndexOf('\n', Math.Max(0, begin - 1)) + 1;
        }

        return cut;
    }
}
