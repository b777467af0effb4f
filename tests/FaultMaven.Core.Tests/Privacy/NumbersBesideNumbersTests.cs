using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>A card, phone number or SSN written next to another number (an amount, a date, an expiry, a count) is found as it is
/// alone: the candidates are whole digit groups, so a neighbour that the value's pattern would take in is not a reason to lose it.
/// Numbers that only look like values beside numbers (log timestamps, block ids, counters, versions) stay.</summary>
public sealed class NumbersBesideNumbersTests
{
    private static readonly PiiDetector Detector = new();

    // Our own values (Luhn check digits computed for made-up prefixes), each after a word that says what it is.
    private static readonly (string Word, string Value, PiiType Type)[] Values =
    [
        ("card", "4916 3380 2749 0159", PiiType.CreditCard),
        ("card", "5262-7701-9384-6623", PiiType.CreditCard),
        ("card", "3714 963539 84306", PiiType.CreditCard),
        ("card", "6011000990139424", PiiType.CreditCard),
        ("call", "+1 415 555 0187", PiiType.Phone),
        ("call", "(415) 555-0187", PiiType.Phone),
        ("call", "212-555-0143", PiiType.Phone),
        ("call", "0161 496 0923", PiiType.Phone),
        ("ssn", "287-65-4321", PiiType.UsSsn),
    ];

    // Numbers a line puts beside a value, and what separates them from it.
    private static readonly string[] Neighbours = ["42", "1,250", "12/27", "2024-06-01", "981 220", "7"];
    private static readonly string[] Gaps = [" ", ", ", " / ", " - "];

    public static TheoryData<string, string, PiiType> ValuesBesideNumbers()
    {
        var data = new TheoryData<string, string, PiiType>();
        foreach (var (word, value, type) in Values)
        {
            foreach (var neighbour in Neighbours)
            {
                foreach (var gap in Gaps)
                {
                    data.Add($"{word} {neighbour}{gap}{value} end", value, type);
                    data.Add($"{word} {value}{gap}{neighbour} end", value, type);
                    data.Add($"{word} {neighbour}{gap}{value}{gap}{neighbour} end", value, type);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValuesBesideNumbers))]
    public void Detect_finds_a_value_with_a_number_before_after_or_around_it(string text, string value, PiiType type)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);

        var entities = Detector.Detect(text);

        // A trailing group that makes a longer valid value (a 19-digit card, a longer national number) may be taken in; a leak may not.
        Assert.True(entities.Any(e => e.Type == type && e.Start <= at && e.End >= at + value.Length),
            $"'{text}': {type} '{value}' not found; found {string.Join(", ", entities.Select(e => $"{e.Type} '{text[e.Start..e.End]}'"))}");
    }

    [Theory]
    [InlineData("amount 42 5500-0000-0000-0004", "5500-0000-0000-0004")]
    [InlineData("card 4111 1111 1111 1111 12/27 123", "4111 1111 1111 1111")]
    [InlineData("078-05-1120 4111 1111 1111 1111", "4111 1111 1111 1111")]
    [InlineData("+1 415 555 0199 42", "+1 415 555 0199")]
    public void Issue18_a_value_beside_a_number_is_redacted_with_its_exact_span(string text, string value)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => text[e.Start..e.End] == value);
    }

    [Theory]
    [InlineData("2015-07-29 19:32:32,336 - INFO request 48213 took 7 ms")]
    [InlineData("081110 222712 33 INFO dfs.DataNode$PacketResponder: Received block blk_3587508140051953248 of size 67108864 from /10.251.42.84")]
    [InlineData("081109 203615 148 INFO dfs.DataNode$DataXceiver: Receiving block blk_-1608999687919862906 src: /10.250.19.102:54106")]
    [InlineData("- 1131566461 2005.11.09 R02-M1-N0-C:J12-U11 2005-11-09-12.01.01.234567 R02 RAS KERNEL INFO 3 4")]
    [InlineData("card 4916338027490159123456789 declined")]
    [InlineData("trace 4916 4532 7781 1027 3 done")]
    [InlineData("processed 42 4556730188402137 rows in 7 batches")]
    [InlineData("order 98765 4556730188402137 shipped")]
    [InlineData("python 3.11.4 numpy 1.26.4 build 20240601 4 kernel 5.15.0-1019-aws")]
    [InlineData("Mozilla/5.0 Chrome/120.0.6099.109 Safari/537.36 200 4415")]
    [InlineData("uptime 1417334400 12 3 0 load 0 0 0")]
    [InlineData("counters 0 0 0 0 0 0 0 0 0 0 0 42 17")]
    [InlineData("pid 4242 port 8080 size 1048576 65536 32768")]
    [InlineData("licence key 5120 0388 4410 7263 activated")]
    [InlineData("activation 3391-0472-5518-2046 accepted")]
    public void Detect_leaves_numbers_that_only_sit_beside_numbers(string text)
    {
        var entities = Detector.Detect(text);

        Assert.DoesNotContain(entities, e => e.Type is PiiType.CreditCard or PiiType.Phone or PiiType.UsSsn);
    }

    [Fact]
    public void Detect_finds_two_cards_written_one_after_the_other()
    {
        // The second card's first group follows a group of its width, but that group belongs to the first card.
        const string text = "cards 4916 3380 2749 0159 4916 4532 7781 1028 on file";

        var cards = Detector.Detect(text).Where(e => e.Type == PiiType.CreditCard).Select(e => text[e.Start..e.End]).ToList();

        Assert.Equal(["4916 3380 2749 0159", "4916 4532 7781 1028"], cards);
    }

    [Fact]
    public void Detect_keeps_the_leftmost_card_where_two_valid_spans_overlap()
    {
        // 4916 4532 7781 1028 and 4532 7781 1028 2050 both pass every check: the leftmost wins and the group after it is left.
        const string text = "card 4916 4532 7781 1028 2050 end";

        var cards = Detector.Detect(text).Where(e => e.Type == PiiType.CreditCard).ToList();

        var card = Assert.Single(cards);
        Assert.Equal("4916 4532 7781 1028", text[card.Start..card.End]);
    }

    private static readonly string[] Pieces =
    [
        "4916", "4532", "7781", "1028", "2050", "5500", "0000", "0004", "4111", "1111", "6011", "000990139424", "371496353984306", "963539",
        "+1", "+", "(415)", "415", "555", "0199", "0161", "496", "0923", "07700", "900963", "(0)", "42", "7", "12/27", "2024-06-01",
        " ", " ", "-", ".", ",", "/", ":", "x", "\n", "card ", "call ",
    ];

    [Fact]
    public void Candidates_keep_every_card_and_phone_the_pattern_enumeration_kept()
    {
        var (cards, phones) = (0, 0);
        foreach (var text in PieceTexts.Random(Pieces, seed: 6))
        {
            var numbers = NumberScan.Of(text);
            var cardsBefore = Anchors.InRuns(text, numbers.GroupedRuns, 13, FinancialRecognizer.CardPattern())
                .Where(m => FinancialRecognizer.IsCard(text, m.Index, m.Length)).ToList();
            var cardsNow = NumberCandidates.Cards(text, numbers.GroupedRuns, FinancialRecognizer.IsCard).ToList();
            foreach (var (index, length) in cardsBefore)
            {
                Assert.True(cardsNow.Contains((index, length)), $"'{text}': card at {index} (+{length}) lost");
            }

            var (phonesBefore, phonesNow) = (new Findings(), new Findings());
            foreach (var (index, length) in Anchors.InRuns(text, numbers.PhoneRuns, NumberScan.PhoneMinDigits, ContactRecognizer.PhonePattern(), ContactRecognizer.PhoneLeadIn))
            {
                ContactRecognizer.ScorePhone(text, index, length, phonesBefore);
            }

            NumberCandidates.Phones(text, numbers.PhoneRuns, ContactRecognizer.PhoneLeadIn, null, (index, length) => ContactRecognizer.ScorePhone(text, index, length, phonesNow));
            var now = phonesNow.Resolve(0);
            foreach (var phone in phonesBefore.Resolve(0))
            {
                Assert.True(now.Any(p => p.Start <= phone.Start && p.End >= phone.End), $"'{text}': phone at {phone.Start}-{phone.End} lost");
            }

            (cards, phones) = (cards + cardsBefore.Count, phones + now.Count);
        }

        Assert.True(cards > 100 && phones > 50, $"{cards} cards, {phones} phones: the generator does not reach both");
    }
}
