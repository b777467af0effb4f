using System.Threading.Channels;

namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>Redacts a text stream of any size in blocks of whole lines, detecting on all cores while writing in order,
/// so memory stays flat and pseudonyms are given out in reading order. A construct cut by a block's end would be read by no
/// recognizer: a PEM block and a heredoc whose end has not been read are never split between blocks, and each block after the first
/// is read after the last lines of the one before and, inside a table, its header line; what is found in that carried context was
/// the block before's to report.</summary>
/// <param name="redactor">The redactor to apply.</param>
/// <param name="blockSize">About how many characters go in one block. Blocks of 32K characters stay below the large object heap:
/// each is collected young, in memory the collector reuses, where megabyte blocks cost fresh pages and full collections (11 %
/// less CPU for `fm redact` on a 100 MB log, and a peak of 90 MB instead of 200 MB).</param>
/// <param name="scheduler">Where detection runs; the thread pool when null.</param>
/// <param name="warmUp">Whether the start of the first block is also read by <see cref="PiiDetector.WarmUp"/> on a thread of its own
/// (a process that redacts one stream and compiles its code as it goes: the CLI); a server with its code compiled has no use for it.</param>
public sealed partial class StreamRedactor(Redactor redactor, int blockSize = 1 << 15, TaskScheduler? scheduler = null, bool warmUp = false)
{
    /// <summary>How much of the first block the warm-up reads: enough to take the common code paths, little enough to cost nothing.</summary>
    private const int WarmUpSample = 1 << 13;

    /// <summary>How many of a block's last lines the next block is read after, and at most how many characters they hold: a key and
    /// its value on the next lines (<c>&lt;name&gt;</c>/<c>&lt;value&gt;</c>, <c>password: |</c>) fit; a few per cent of a block.</summary>
    private const int ContextLines = 4;

    private const int ContextLength = 1024;

    /// <summary>The longest table header carried to the next block.</summary>
    private const int MaxHeaderLength = 2048;

    /// <summary>How many lines back a heredoc's opening line keeps the cut before it (its body is read to at most 64 lines).</summary>
    private const int HeredocLines = 66;

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
        var pending = Channel.CreateBounded<Task<(string Text, int Context, List<Redactor.PreparedReplacement>? Prepared)>>(Environment.ProcessorCount * 2);

        var reading = Task.Run(async () =>
        {
            try
            {
                var first = true;
                await foreach (var block in ReadBlocksAsync(input, cancellationToken))
                {
                    if (first && warmUp)
                    {
                        StartWarmUp(block.Text);
                    }

                    first = false;
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
            var (text, context, prepared) = await detection;
            // The text between replacements goes straight to the output: no redacted copy of the block is made. Only the
            // pseudonym numbering is done here, in reading order; everything else was done beside detection.
            var position = context;
            var replacements = Redactor.Resolve(prepared, pseudonyms);
            foreach (var (redaction, replacement) in replacements)
            {
                counts[redaction.Type] = counts.GetValueOrDefault(redaction.Type) + 1;
                report?.Add(redaction with
                {
                    Start = checked((int)(redaction.Start - context + inputOffset)),
                    End = checked((int)(redaction.End - context + inputOffset)),
                    OutputStart = checked((int)(redaction.OutputStart - context + outputOffset)),
                    OutputEnd = checked((int)(redaction.OutputEnd - context + outputOffset)),
                });
                await output.WriteAsync(text.AsMemory(position, redaction.Start - position), cancellationToken);
                await output.WriteAsync(replacement.AsMemory(), cancellationToken);
                position = redaction.End;
            }

            await output.WriteAsync(text.AsMemory(position), cancellationToken);
            inputOffset += text.Length - context;
            outputOffset += text.Length - context + (replacements.Count == 0 ? 0 : replacements[^1].Redaction.OutputEnd - replacements[^1].Redaction.End);
        }

        await reading;
        await output.FlushAsync(cancellationToken);
        return counts;
    }

    private void StartWarmUp(string block)
    {
        var sample = block.Length <= WarmUpSample ? block : block[..(block.LastIndexOf('\n', WarmUpSample) + 1 is var end and > 0 ? end : WarmUpSample)];
        // A thread of its own, not the pool's: the pool has one thread per core, and the first blocks' detection starts on it.
        var thread = new Thread(() =>
        {
            try
            {
                redactor.Detector.WarmUp(sample);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Only a head start: whatever failed here runs, and is compiled, in the real work as before.
            }
        }) { IsBackground = true, Name = "fm redact warm-up" };
        thread.Start();
    }

    private Task<(string Text, int Context, List<Redactor.PreparedReplacement>? Prepared)> StartDetection((string Text, int Context) block, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => (block.Text, block.Context, redactor.Prepare(block.Text, OutsideContext(redactor.Detector.Detect(block.Text), block.Context))),
            cancellationToken, TaskCreationOptions.DenyChildAttach, scheduler ?? TaskScheduler.Default);

    /// <summary>Drops what was found in the carried context (the block before reported it); a value that runs from the context into
    /// the block keeps its part in the block.</summary>
    private static IReadOnlyList<PiiEntity> OutsideContext(IReadOnlyList<PiiEntity> entities, int context)
    {
        if (context == 0 || entities.Count == 0 || entities[0].Start >= context)
        {
            return entities;
        }

        var kept = new List<PiiEntity>(entities.Count);
        foreach (var entity in entities)
        {
            if (entity.End > context)
            {
                kept.Add(entity.Start >= context ? entity : entity with { Start = context });
            }
        }

        return kept;
    }

    /// <summary>Yields each block as the text to read, which starts with the context carried from the block before, and how long that context is.</summary>
    private async IAsyncEnumerable<(string Text, int Context)> ReadBlocksAsync(TextReader input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Read into one buffer, hand out whole lines as a block and keep the unfinished line at the buffer's front: each character
        // is copied once into its block.
        var buffer = new char[blockSize];
        var length = 0;
        var carried = new CarriedContext();
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // no line end yet: keep reading (a very long line or an unfinished key)
            }

            var requested = buffer.Length - length;
            var read = await input.ReadBlockAsync(buffer.AsMemory(length, requested), cancellationToken);
            length += read;
            // Only an empty read is the end: a reader that returns less than asked mid-stream must not lose the rest.
            var atEnd = read == 0;
            var cut = CutPoint(buffer.AsSpan(0, length), atEnd);
            if (cut == 0 && !atEnd && length < blockSize * 8)
            {
                continue;
            }

            cut = cut == 0 ? ForcedCut(buffer.AsSpan(0, length)) : cut;
            if (cut > 0)
            {
                yield return carried.Next(buffer.AsSpan(0, cut));
            }

            buffer.AsSpan(cut, length - cut).CopyTo(buffer);
            length -= cut;
            if (atEnd)
            {
                yield break;
            }
        }
    }

    /// <summary>Finds where to end a block that has no line end in eight blocks' worth (one huge JSON line): after its last space,
    /// comma, semicolon or ampersand in the second half, so that a value is not cut in two — a secret cut in two is read by no
    /// recognizer.</summary>
    private static int ForcedCut(ReadOnlySpan<char> text)
    {
        var half = text.Length / 2;
        var boundary = text[half..].LastIndexOfAny(" \t,;&");
        return boundary < 0 ? text.Length : half + boundary + 1;
    }

    /// <summary>Finds where to end a block: after its last line end, but before a private key whose end has not been read yet, and
    /// before a heredoc whose closing tag has not (<c>vault kv put secret/db password=- &lt;&lt;EOF</c>): its body read without its
    /// opening line is no value of any key.</summary>
    private static int CutPoint(ReadOnlySpan<char> text, bool atEnd)
    {
        if (atEnd)
        {
            return text.Length;
        }

        var cut = text.LastIndexOf('\n') + 1;
        var begin = text.LastIndexOf("-----BEGIN");
        if (begin >= 0 && begin < cut && text[begin..].IndexOf("-----END") < 0)
        {
            cut = text[..begin].LastIndexOf('\n') + 1;
        }

        // A heredoc opened on the first line is longer than the block: it is cut at a line end like any text.
        return OpenHeredoc(text[..cut]) is var opening and > 0 ? opening : cut;
    }

    /// <summary>Finds the start of the line that opens a heredoc (<c>&lt;&lt;TAG</c>, <c>&lt;&lt;-'TAG'</c> at its end) among the last
    /// <see cref="HeredocLines"/> lines of <paramref name="text"/> whose tag closes no later line; -1 when there is none.</summary>
    private static int OpenHeredoc(ReadOnlySpan<char> text)
    {
        // The window: the last lines, as far back as a heredoc's body reaches.
        var window = text.Length;
        for (var lines = 0; lines <= HeredocLines && window > 0; lines++)
        {
            window = text[..(window - 1)].LastIndexOf('\n') + 1;
        }

        if (text[window..].IndexOf("<<") < 0)
        {
            return -1;
        }

        // Only a line's last "<<" can open a heredoc (its tag ends the line); the latest opening line decides: closed, no heredoc
        // is open (one command feeds one heredoc).
        for (var lineEnd = text.Length; lineEnd > window;)
        {
            var lineStart = text[..(lineEnd - 1)].LastIndexOf('\n') + 1;
            var line = text[lineStart..lineEnd];
            if (line.LastIndexOf("<<") is var at and >= 0 && HeredocTag(line[(at + 2)..]) is { IsEmpty: false } tag)
            {
                foreach (var range in text[lineEnd..].Split('\n'))
                {
                    if (text[lineEnd..][range].Trim(" \t\r").SequenceEqual(tag))
                    {
                        return -1;
                    }
                }

                return lineStart;
            }

            lineEnd = lineStart;
        }

        return -1;
    }

    /// <summary>Reads what follows <c>&lt;&lt;</c> to the line's end as a heredoc's tag: <c>-</c> or <c>~</c>, a tag of letters and
    /// <c>_</c>, quoted or not, then only blanks. Empty when it is not one (a shift, <c>&lt;&lt;&lt;</c>, <c>&lt;&lt;EOF | cmd</c>
    /// is still one only when the tag ends its line).</summary>
    private static ReadOnlySpan<char> HeredocTag(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimEnd(" \t\r");
        if (rest.Length > 0 && rest[0] is '-' or '~')
        {
            rest = rest[1..];
        }

        if (rest.Length >= 2 && rest[0] is '"' or '\'' && rest[^1] == rest[0])
        {
            rest = rest[1..^1];
        }

        if (rest.IsEmpty || rest.Length > 16)
        {
            return [];
        }

        foreach (var c in rest)
        {
            if (!char.IsAsciiLetter(c) && c != '_')
            {
                return [];
            }
        }

        return rest;
    }

    /// <summary>What the next block is read after: the last lines of the block before and, while a table runs on to its end, the table's
    /// header line, carried from block to block as long as the table runs. Tables are read in rows as <see cref="Recognizers.DelimitedRows"/>
    /// reads them: a quoted cell's line breaks do not end a row, the carried lines start where a row starts, and a row whose quoted
    /// cell is still open at the block's end is carried whole, so the next block reads the table's rows where they begin.</summary>
    private sealed partial class CarriedContext
    {
        private string _context = "";

        /// <summary>Gives the text to read for <paramref name="block"/> (the context, then the block) and keeps the context for the next.</summary>
        public (string Text, int Context) Next(ReadOnlySpan<char> block)
        {
            var context = _context;
            var text = context.Length == 0 ? new string(block) : string.Concat(context, block);
            _context = block.Length > 0 && block[^1] == '\n' ? Carry(text, context.Length) : "";
            return (text, context.Length);
        }

        /// <summary>The context for the next block, from <paramref name="text"/> (this block's context, then the block from
        /// <paramref name="blockStart"/>), which ends with a line end.</summary>
        private static string Carry(string text, int blockStart)
        {
            // The last lines of the block, whole, within the bound.
            var start = text.Length;
            for (var lines = 0; lines < ContextLines && start > blockStart; lines++)
            {
                var lineStart = text.AsSpan(blockStart, start - 1 - blockStart).LastIndexOf('\n') + 1 + blockStart;
                if (text.Length - lineStart > ContextLength)
                {
                    break;
                }

                start = lineStart;
            }

            var (header, contextStart) = OpenStructure(text, start) ?? Table(text, start);
            return header is null ? text[contextStart..] : string.Concat(header, text.AsSpan(contextStart));
        }

        /// <summary>Finds the table whose rows run to the text's end: its first line when it lies before where the carried lines start,
        /// and where they start: <paramref name="start"/>, or the start of the row it falls in. The rows are read forward from the
        /// text's start (which is a row's start: the carried context's, or the stream's), each once, as the recognizers read them: a
        /// row spanning many lines (a stack trace in a quoted cell) and a malformed row cost their own length and end no table.</summary>
        private static (string? Header, int Start) Table(string text, int start)
        {
            // The run of rows being read: its first line, shape, the last row start at or before start, the first after it, and the
            // start of a row still open at the text's end.
            var (run, delimiter, count) = (-1, '\0', 0);
            var (aligned, after, open) = (-1, -1, -1);
            var position = 0;
            while (position < text.Length)
            {
                var lineEnd = text.IndexOf('\n', position);
                var row = position;
                if (run >= 0)
                {
                    if (IsOpenAtEnd(text, position, lineEnd, delimiter))
                    {
                        open = position;
                    }
                    else if (Recognizers.DelimitedRows.Row(text, position, delimiter, count) is var (rowEnd, n) && n == count)
                    {
                        position = rowEnd + 1;
                    }
                    else if (Recognizers.DelimitedRows.Resumes(text, position, delimiter, count) is var resume and >= 0)
                    {
                        position = resume;
                    }
                    else
                    {
                        run = -1;
                    }
                }

                if (run < 0)
                {
                    (aligned, after) = (-1, -1);
                    var shape = Shape(text.AsSpan(position, lineEnd - position));
                    if (shape.Count == 0)
                    {
                        position = lineEnd + 1;
                        continue;
                    }

                    (run, delimiter) = (position, shape.Delimiter);
                    if (IsOpenAtEnd(text, position, lineEnd, delimiter))
                    {
                        // The open row's width is not known yet: it is carried whole, as a table's last row is.
                        open = position;
                    }
                    else
                    {
                        var (rowEnd, n) = Recognizers.DelimitedRows.Row(text, position, delimiter);
                        if (n == 0)
                        {
                            (run, position) = (-1, lineEnd + 1);
                            continue;
                        }

                        (count, position) = (n, rowEnd + 1);
                    }
                }

                if (row <= start)
                {
                    aligned = row;
                }
                else if (after < 0)
                {
                    after = row;
                }

                if (open >= 0)
                {
                    break;
                }
            }

            if (run < 0)
            {
                return (null, start);
            }

            // Carried from the row the carried lines start in; a row longer than a line's bound is carried only while its quoted cell
            // is open (the next block reads it from its start), else the carried lines start at the next row.
            var bound = ContextLength + (aligned >= 0 && aligned == open ? Recognizers.DelimitedRows.MaxRowLength : Recognizers.DelimitedRows.MaxOpeningRowLength);
            var contextStart = aligned < 0 ? start : text.Length - aligned <= bound ? aligned : after >= 0 ? after : text.Length;
            if (run >= contextStart)
            {
                return (null, contextStart);
            }

            // The table's first line (a row of a table without a header is carried as well, to no harm).
            var firstEnd = text.IndexOf('\n', run) + 1;
            return (firstEnd - run <= MaxHeaderLength ? text[run..firstEnd] : null, contextStart);
        }

        /// <summary>Gets whether the row at <paramref name="position"/> holds a quoted cell still open at the text's end, within the
        /// bounds a row may span: only a line whose own quote is open at its end, near the text's end, is walked to the end.</summary>
        private static bool IsOpenAtEnd(string text, int position, int lineEnd, char delimiter) =>
            text.Length - position <= Recognizers.DelimitedRows.MaxRowLength && text.AsSpan(position, lineEnd - position) is var line && line.Contains('"') && Recognizers.DelimitedRows.IsOpen(line, delimiter)
            && Recognizers.DelimitedRows.IsOpen(text.AsSpan(position), delimiter);

        private static (char Delimiter, int Count) Shape(ReadOnlySpan<char> line)
        {
            var (best, count) = ('\0', 0);
            foreach (var candidate in (ReadOnlySpan<char>)['\t', ';', '|', ','])
            {
                if (line.Count(candidate) is var n && n > count)
                {
                    (best, count) = (candidate, n);
                }
            }

            return (best, count);
        }
    }
}
