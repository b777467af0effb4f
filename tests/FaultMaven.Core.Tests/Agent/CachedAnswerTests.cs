using FaultMaven.Core.Agent.SemanticCache;

namespace FaultMaven.Core.Tests.Agent;

/// <summary>The answered question shown with a semantic-cache hit is cut short without splitting a character.</summary>
public sealed class CachedAnswerTests
{
    [Fact]
    public void Shorten_LongQuestion_IsCutWithAnEllipsis()
    {
        var question = new string('q', CachedAnswer.MaxAskedChars + 10);

        Assert.Equal(new string('q', CachedAnswer.MaxAskedChars) + "…", CachedAnswer.Shorten(question));
        Assert.Equal("short?", CachedAnswer.Shorten("short?"));
    }

    [Fact]
    public void Shorten_EmojiAcrossTheLimit_IsLeftOutWhole()
    {
        // The emoji's two halves sit at the last kept character and the first cut one.
        var question = new string('q', CachedAnswer.MaxAskedChars - 1) + "🔥" + new string('q', 20);

        var shortened = CachedAnswer.Shorten(question);

        Assert.Equal(new string('q', CachedAnswer.MaxAskedChars - 1) + "…", shortened);
        Assert.DoesNotContain(shortened, char.IsSurrogate);
    }
}
