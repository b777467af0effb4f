using FaultMaven.Core.Data;

namespace FaultMaven.Core.Agent.Model;

/// <summary>Reads stored text line by line (split on <c>\n</c>, as the stored text is numbered) keeping at most
/// <see cref="LineCues.MaxLineChars"/> characters of each line, so a file with a single 50 MB line costs no more memory than any other.</summary>
internal static class BoundedLineReader
{
    /// <summary>Each line (1-based number, cleaned text), once, in order.</summary>
    public static async IAsyncEnumerable<(long Number, string Text)> ReadAsync(StoredText stored, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stored.OpenRead(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        var block = new char[1 << 16];
        var line = new char[LineCues.MaxLineChars + 1];
        var length = 0;
        var number = 0L;
        int read;
        while ((read = await reader.ReadAsync(block.AsMemory(), cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = block[i];
                if (c == '\n')
                {
                    yield return (++number, LineCues.Clean(line.AsSpan(0, length)));
                    length = 0;
                }
                else if (length < line.Length)
                {
                    line[length++] = c;
                }
            }
        }

        if (length > 0)
        {
            yield return (++number, LineCues.Clean(line.AsSpan(0, length)));
        }
    }
}
