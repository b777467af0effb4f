using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

public sealed class StreamRedactorTests
{
    [Fact]
    public async Task ReadBlocks_after_a_key_longer_than_a_block_returns_to_blocks_of_the_block_size()
    {
        // The key does not fit in one block, so the buffer grows to hold it; the blocks after it must not take the grown size.
        var key = "-----BEGIN RSA PRIVATE KEY-----\n" + string.Concat(Enumerable.Repeat("MIIEowIBAAKCAQEAvY3p0Jx7Q2m9nL4kP8sR1tU6wZ3yB5cD7eF9gH1jK3lM5nO\n", 60)) + "-----END RSA PRIVATE KEY-----\n";
        var filler = string.Concat(Enumerable.Repeat("2024-05-01T10:00:00Z INFO request served in 12 ms\n", 400));
        var input = filler[..2040] + key + filler;
        var redactor = new StreamRedactor(Redactor.Default, blockSize: 1024);

        var blocks = new List<string>();
        await foreach (var block in redactor.ReadBlocksAsync(new StringReader(input), TestContext.Current.CancellationToken))
        {
            blocks.Add(block);
        }

        Assert.Equal(input, string.Concat(blocks));
        var keyBlock = Assert.Single(blocks, b => b.Contains("BEGIN RSA", StringComparison.Ordinal));
        Assert.Contains("-----END RSA PRIVATE KEY-----", keyBlock, StringComparison.Ordinal);
        Assert.True(keyBlock.Length > 1024, "the key alone is longer than a block");
        var after = blocks[(blocks.IndexOf(keyBlock) + 1)..];
        Assert.True(after.Count >= 15, $"{after.Count} blocks after the key");
        Assert.All(after, b => Assert.InRange(b.Length, 1, 1024));
        // The block that holds the key ends soon after its footer: it is not filled to the grown buffer's size.
        Assert.InRange(keyBlock.Length - keyBlock.IndexOf("-----END", StringComparison.Ordinal), 1, 1024 / 4 + 64);
    }
}
