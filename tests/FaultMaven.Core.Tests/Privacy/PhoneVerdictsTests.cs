using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>libphonenumber's answer about a phone candidate is asked once per thread while the memo keeps it, and a repeated number
/// is scored exactly as it was the first time.</summary>
public sealed class PhoneVerdictsTests
{
    [Fact]
    public void Recall_SameCandidateAndQuestion_AskedOnce()
    {
        var asked = 0;
        byte Answer(string candidate)
        {
            asked++;
            return (byte)(candidate.Length % 3);
        }

        var candidate = "+1 415 555 " + Guid.NewGuid().ToString("N");
        var first = PhoneVerdicts.Recall('t', candidate, Answer);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(first, PhoneVerdicts.Recall('t', candidate, Answer));
        }

        Assert.Equal(1, asked);
    }

    [Fact]
    public void Recall_TwoQuestionsAboutOneCandidate_KeptApart()
    {
        var candidate = "030 " + Guid.NewGuid().ToString("N");
        Assert.Equal(1, PhoneVerdicts.Recall('a', candidate, _ => 1));
        Assert.Equal(2, PhoneVerdicts.Recall('b', candidate, _ => 2));
        Assert.Equal(1, PhoneVerdicts.Recall('a', candidate, _ => 0));
    }

    [Fact]
    public void Recall_EndlessDistinctCandidates_MemoStaysBounded()
    {
        for (var i = 0; i < 3 * PhoneVerdicts.MaxEntries; i++)
        {
            PhoneVerdicts.Recall('c', "+44 20 " + i, _ => 1);
            Assert.True(PhoneVerdicts.Count <= PhoneVerdicts.MaxEntries);
        }
    }

    [Fact]
    public void ScorePhone_RepeatedNumbers_ScoredAsTheFirstTime()
    {
        // International valid and merely possible, national valid and merely possible, North American, refused; each written
        // twice on one line and on a second line after a phone word, so the context scores differ but the verdicts repeat.
        string[] numbers = ["+44 20 7946 0958", "+1 415 555 0199", "+49 30 1234", "07700 900963", "030 47825204", "06 12 34 56 78",
            "(11) 91234-5678", "212-555-0100", "+1 415 555 0199 42", "0000 000000"];
        foreach (var number in numbers)
        {
            var text = $"to {number} and {number}\ncall {number} or order {number}\n";
            var first = Score(text);
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(first, Score(text));
            }

            // Every occurrence of a number a line holds is scored alike where its context is alike.
            var line = $"x {number} y {number} z\n";
            var scores = Score(line);
            Assert.True(scores.Count is 0 or 2, $"'{line}': {scores.Count} findings");
            if (scores.Count == 2)
            {
                Assert.Equal(scores[0].Score, scores[1].Score);
            }
        }
    }

    [Theory]
    [InlineData("size ")]
    [InlineData("SIZE ")]
    [InlineData("\u017Fize ")] // a long s, which an ignore-case search may read as "s"
    [InlineData("-- ## 12 ")] // no letter: no word that lowers the score can be there
    [InlineData("\u00E9\u00E9 ")]
    public void ScorePhone_WordBeforeThatLowersTheScore_ReadAsTheIgnoreCaseSearchReadsIt(string before)
    {
        var plain = Score("x 0161 496 0146")[0].Score;
        var scored = Score(before + "0161 496 0146").Single(e => e.End == before.Length + 13).Score;
        var lowered = before.Contains("size", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(lowered ? plain - 0.3 : plain, scored, 6);
    }

    private static List<PiiEntity> Score(string text)
    {
        var found = new Findings();
        NumberCandidates.Phones(text, found.Numbers(text).PhoneRuns, ContactRecognizer.PhoneLeadIn, ContactRecognizer.MayHoldPhone,
            (index, length) => ContactRecognizer.ScorePhone(text, index, length, found));
        return [.. found.Candidates];
    }
}
