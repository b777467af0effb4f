using System.Text;
using FaultMaven.Core.Agent.Model;

namespace FaultMaven.Core.Tests.Agent;

/// <summary>The draft a person reads while the model writes: however the reply is cut into pieces, the pieces shown add up to the
/// root cause and the answer, unescaped, and nothing of the JSON around them.</summary>
public sealed class AnswerDraftTests
{
    private const string Reply = """
        {"root_cause": "pool \"main\" exhausted\n(see L12)", "category": "resource_exhaustion",
         "hypotheses": [{"statement": "not this", "answer": "nested, not shown"}],
         "solution": {"steps": ["restart"]}, "answer": "## Root cause\n\nThe pool \u00e9 is full \ud83d\udd25.\t\\o/"}
        """;

    private const string Shown = "**Root cause:** pool \"main\" exhausted\n(see L12)\n\n## Root cause\n\nThe pool é is full 🔥.\t\\o/";

    [Fact]
    public void EveryCutOfTheReply_ShowsTheSameText()
    {
        // Every single cut point, and a cut after every character: escapes, \u sequences and surrogate pairs split anywhere.
        for (var cut = 0; cut <= Reply.Length; cut++)
        {
            Assert.Equal(Shown, ReadAll(Reply[..cut], Reply[cut..]));
        }

        Assert.Equal(Shown, ReadAll([.. Reply.Select(c => c.ToString())]));
    }

    [Fact]
    public void APieceNeverEndsInHalfASurrogatePair()
    {
        var draft = new AnswerDraft();
        foreach (var c in Reply)
        {
            var piece = draft.Read(c.ToString());
            Assert.False(piece.Length > 0 && char.IsHighSurrogate(piece[^1]), $"piece '{piece}' ends in a high surrogate");
        }
    }

    [Fact]
    public void AFencedReply_IsReadLikeABareOne() =>
        Assert.Equal(Shown, ReadAll("```json\n", Reply, "\n```"));

    [Fact]
    public void ProseIsShownAsItIs() =>
        Assert.Equal("The pool {is} \"full\".", ReadAll("  The pool {is}", " \"full\"."));

    [Fact]
    public void CamelCaseAndPascalCaseKeys_AreReadToo() =>
        Assert.Equal("**Root cause:** a\n\nb", ReadAll("{\"rootCause\":\"a\",\"Answer\":\"b\"}"));

    [Fact]
    public void AnswerAlone_HasNoHeading() =>
        Assert.Equal("just this", ReadAll("{\"phase\":\"timeline\",\"answer\":\"just this\"}"));

    [Fact]
    public void Reset_StartsANewReply()
    {
        var draft = new AnswerDraft();
        Assert.Equal("Let me look", draft.Read("Let me look"));
        draft.Reset();
        Assert.Equal("**Root cause:** x", draft.Read("{\"root_cause\":\"x\"}"));
    }

    [Fact]
    public void AnswerValuesThatAreNotStrings_ShowNothing() =>
        Assert.Equal("", ReadAll("{\"answer\": null, \"root_cause\": 42, \"other\": \"answer\"}"));

    [Fact]
    public void ALongReply_StreamsInBoundedPieces()
    {
        // A megabyte of answer comes out as it goes in: nothing is held back but an escape sequence.
        var draft = new AnswerDraft();
        Assert.Equal("", draft.Read("{\"answer\": \""));
        var chunk = new string('x', 4096);
        for (var i = 0; i < 256; i++)
        {
            Assert.Equal(chunk, draft.Read(chunk));
        }
    }

    private static string ReadAll(params string[] pieces)
    {
        var draft = new AnswerDraft();
        var shown = new StringBuilder();
        foreach (var piece in pieces)
        {
            shown.Append(draft.Read(piece));
        }

        return shown.ToString();
    }
}
