using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The phone and SSN patterns are not started on a digit run that cannot hold a value their recognizer keeps; a run passed
/// over must hold none, or a value would be lost.</summary>
public sealed class RunFiltersTests
{
    private static readonly string[] PhonePieces =
    [
        "+1", "+", "(", ")", "(555)", "555-1234", "212.555.0199", "212-555-0199", "1-212-555-0199", "%2B", "%2b", "44", "0049", "00", "0", "(0)",
        "20 7946 0958", "07700 900963", "030 47825204", "06 12 34 56 78", "(11) 91234-5678", "2015-10-18", "18:01:47", "1234567", "12", "1", "9",
        "4", " ", ".", "-", ":", "/", "x", "\n", "call ", "phone ",
    ];

    private static readonly string[] SsnPieces = ["078-05-1120", "078 05 1120", "078051120", "123", "45", "6789", "2015-07-29", "19", " ", "-", "  ", "x", ".", "1", "\n", "12345678901"];

    [Fact]
    public void MayHoldPhone_false_only_for_runs_where_no_phone_number_is_kept()
    {
        var (passedOver, kept) = (0, 0);
        foreach (var text in PieceTexts.Random(PhonePieces, seed: 18))
        {
            foreach (var run in NumberScan.Of(text).PhoneRuns)
            {
                // Every candidate the recognizer tries in the run, without the filter.
                var found = new Findings();
                NumberCandidates.Phones(text, [run], ContactRecognizer.PhoneLeadIn, null, (index, length) => ContactRecognizer.ScorePhone(text, index, length, found));

                var numbers = found.Resolve(0).Count;
                if (ContactRecognizer.MayHoldPhone(text, run))
                {
                    kept += numbers;
                }
                else
                {
                    Assert.True(numbers == 0, $"'{text}': run at {run.Start}-{run.End} passed over but holds {numbers} number(s)");
                    passedOver++;
                }
            }
        }

        Assert.True(passedOver > 1_000 && kept > 1_000, $"{passedOver} runs passed over, {kept} numbers kept: the generator does not reach both sides");
    }

    [Fact]
    public void MayHoldSsn_false_only_for_runs_without_a_match_of_the_pattern()
    {
        var (passedOver, matches) = (0, 0);
        foreach (var text in PieceTexts.Random(SsnPieces, seed: 18))
        {
            foreach (var run in NumberScan.Of(text).GroupedRuns)
            {
                var found = Anchors.InRuns(text, [run], 9, FinancialRecognizer.SsnPattern()).Count();
                if (FinancialRecognizer.MayHoldSsn(text, run))
                {
                    matches += found;
                }
                else
                {
                    Assert.True(found == 0, $"'{text}': run at {run.Start}-{run.End} passed over but holds {found} match(es)");
                    passedOver++;
                }
            }
        }

        Assert.True(passedOver > 1_000 && matches > 1_000, $"{passedOver} runs passed over, {matches} matches: the generator does not reach both sides");
    }

    [Theory]
    [InlineData("call 212-555-0100 now", true)]
    [InlineData("tel +44 20 7946 0958", true)]
    [InlineData("mobile 07700 900963", true)]
    [InlineData("(11) 91234-5678", true)]
    [InlineData("2015-07-29 19:32:32,336 - INFO accepted", false)]
    [InlineData("081110 222712 33 INFO dfs.DataNode: served", false)]
    [InlineData("Deleting block blk_1439281612430215177 file", false)]
    public void MayHoldPhone_reads_the_shapes_phone_numbers_are_written_in(string text, bool expected)
    {
        var run = Assert.Single(NumberScan.Of(text).PhoneRuns);

        Assert.Equal(expected, ContactRecognizer.MayHoldPhone(text, run));
    }

    [Theory]
    [InlineData("ssn 078-05-1120", true)]
    [InlineData("ssn 078051120", true)]
    [InlineData("2015-07-29 19:32:32,336 - INFO accepted", false)]
    [InlineData("- 1118767049 2005.06.14 R25", false)]
    public void MayHoldSsn_reads_an_ssns_groups(string text, bool expected)
    {
        var run = Assert.Single(NumberScan.Of(text).GroupedRuns);

        Assert.Equal(expected, FinancialRecognizer.MayHoldSsn(text, run));
    }

    [Fact]
    public void Detector_still_finds_phones_and_ssns_in_log_lines_beside_timestamps()
    {
        var entities = new PiiDetector().Detect("2015-07-29 19:32:32,336 - INFO callback to 212-555-0100 for ssn 078-05-1120 (ticket 2015-07-29 19)");

        Assert.Contains(entities, e => e.Type == PiiType.Phone);
        Assert.Contains(entities, e => e.Type == PiiType.UsSsn);
    }
}
