using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>Coverage rejects a word by its text around the values without merging, and decides as merging would.</summary>
public sealed class TemplateWordsCoverTests
{
    private static bool CoversByMerging(string template, string word) =>
        template == word || template == "<*>" || (TemplateWords.HasValue(template) && WordMerger.Merge(template, word) == template);

    [Theory]
    // Lists of different lengths are one list even when their closing punctuation differs.
    [InlineData("[<*>]", "[<*>,<*>,<*>].")]
    [InlineData("<*>", "<*>,<*>.")]
    [InlineData("[<*>].", "[<*>,<*>].")]
    // A varying key keeps the quotes closed around the pair.
    [InlineData("var=\"<*>\"", "var=\"GF_PATHS_DATA=/x\"")]
    [InlineData("user=<*>", "user=root")]
    [InlineData("user=<*>", "group=root")]
    [InlineData("<*>;ab;;x;<*>", "<*>;ab;;y;<*>")]
    [InlineData("<*>;ab;;x;<*>", "<*>;ab;;x;<*>;")]
    [InlineData("a<*>b<*>c", "abc")]
    [InlineData("(<*>)", "()")]
    public void Covers_DecidesAsMergingDoes(string template, string word) =>
        Assert.Equal(CoversByMerging(template, word), TemplateWords.Covers(template, word));

    [Fact]
    public void Covers_DecidesAsMergingDoes_OnRandomWords()
    {
        string[] parts = ["<*>", "<*>", "a", "bc", "1", "=", ",", ";", ":", ".", "[", "]", "(", ")", "\"", "\\\"", "<", ">", "/", "'", "-"];
        var random = new Random(17);
        string Word() => string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => parts[random.Next(parts.Length)]));
        var disagreements = new List<string>();
        for (var i = 0; i < 200_000; i++)
        {
            // Templates as the miner makes them (merged words), compared with random words and with words close to them.
            var template = WordMerger.Merge(Word(), Word());
            var word = random.Next(3) switch
            {
                0 => Word(),
                1 => template.Replace("<*>", parts[random.Next(parts.Length)], StringComparison.Ordinal),
                _ => Word() + template + Word(),
            };
            if (TemplateWords.Covers(template, word) != CoversByMerging(template, word))
            {
                disagreements.Add($"{template} / {word}");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void CoversAll_CountsOnlyTheCharactersItMerged()
    {
        var mergedChars = 0;
        var cells = string.Join(';', Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? "<*>" : "ab"));
        Assert.False(TemplateWords.CoversAll([cells + ";x"], [cells + ";y"], ref mergedChars));
        Assert.Equal(0, mergedChars);
        Assert.True(TemplateWords.CoversAll(["user=<*>"], ["user=root"], ref mergedChars));
        Assert.Equal("user=<*>".Length + "user=root".Length, mergedChars);
    }
}
