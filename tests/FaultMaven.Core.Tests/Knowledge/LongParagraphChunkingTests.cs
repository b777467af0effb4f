using System.Diagnostics;
using System.Text;
using FaultMaven.Core.Knowledge.Chunking;

namespace FaultMaven.Core.Tests.Knowledge;

/// <summary>A block far longer than a chunk (a document without blank lines, one long line, a huge code block) is cut to the chunk
/// size at line ends, else sentence ends, else spaces, else at the size; a block of a few chunks' worth stays whole.</summary>
public sealed class LongParagraphChunkingTests
{
    private static readonly ChunkingOptions Options = new() { MaxChars = 600, OverlapChars = 100, MinChars = 50 };

    [Fact]
    public void Lines_without_blank_lines_between_them_are_cut_at_line_ends_to_the_chunk_size()
    {
        var text = "# Disk full\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"step {i}: check the volume and rotate the logs of service {i}\n"));

        var chunks = MarkdownChunker.Chunk(text, Options);

        Assert.True(chunks.Count >= text.Length / 600, $"{chunks.Count} chunks");
        Assert.All(chunks, c => Assert.True(c.End - c.Start <= 600, $"{c.End - c.Start}"));
        // Cut at line ends: every chunk but the last ends with one, and together they cover the text.
        Assert.All(chunks, c => Assert.EndsWith("\n", text[c.Start..c.End], StringComparison.Ordinal));
        Assert.Equal(text.Length, chunks.Sum(c => c.End - c.Start));
        Assert.All(chunks, c => Assert.EndsWith(text[c.Start..c.End], c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void One_long_line_of_sentences_is_cut_at_sentence_ends_and_one_without_spaces_at_the_size()
    {
        var sentences = string.Concat(Enumerable.Range(0, 400).Select(i => $"The pod {i} restarted because its memory limit was hit. "));
        var unbroken = new string('x', 20_000);

        var bySentence = MarkdownChunker.Chunk(sentences, Options);
        var bySize = MarkdownChunker.Chunk(unbroken, Options);

        Assert.True(bySentence.Count > 10);
        Assert.All(bySentence, c => Assert.True(c.End - c.Start <= 600));
        Assert.All(bySentence.SkipLast(1), c => Assert.EndsWith("hit. ", sentences[c.Start..c.End], StringComparison.Ordinal));
        Assert.Equal(34, bySize.Count);
        Assert.All(bySize, c => Assert.True(c.End - c.Start <= 600));
    }

    [Fact]
    public void A_code_block_of_a_few_chunks_stays_whole_and_a_huge_one_is_cut()
    {
        static string Code(int lines) => "```\n" + string.Concat(Enumerable.Range(0, lines).Select(i => $"key{i}: value {i}\n")) + "```\n";
        var small = "# Config\n\nIntro paragraph that says what follows.\n\n" + Code(60);
        var huge = "# Config\n\nIntro paragraph that says what follows.\n\n" + Code(2_000);

        Assert.Single(MarkdownChunker.Chunk(small, Options), c => c.Text.Contains("key0:", StringComparison.Ordinal) && c.Text.Contains("key59:", StringComparison.Ordinal));
        var cut = MarkdownChunker.Chunk(huge, Options);
        Assert.True(cut.Count > 20);
        Assert.All(cut, c => Assert.True(c.End - c.Start <= 600));
    }

    [Fact]
    public void Five_megabytes_without_a_blank_line_become_chunks_of_the_chunk_size_in_linear_time()
    {
        var text = new StringBuilder();
        var line = 0;
        while (text.Length < 5_000_000)
        {
            text.Append("2026-12-07 level=info msg=\"checked the volume\" node=").Append(line++).Append(". Then rotated the logs ");
        }

        var document = text.ToString();
        var timer = Stopwatch.StartNew();
        var chunks = MarkdownChunker.Chunk(document);
        timer.Stop();

        var size = new ChunkingOptions().MaxChars;
        Assert.True(chunks.Count >= document.Length / size, $"{chunks.Count} chunks");
        Assert.All(chunks, c => Assert.True(c.End - c.Start <= size));
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(30), $"{timer.Elapsed}");
    }
}
