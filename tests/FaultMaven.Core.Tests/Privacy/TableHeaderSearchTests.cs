using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>A table's header is found by one search for its column words, not line by line: a table after many lines without
/// them, after a line too long to be a header that holds one, after a line that names a column in prose, with CRLF line ends, and
/// at the text's start reads as the table alone does.
/// Every value here is made up.</summary>
public sealed class TableHeaderSearchTests
{
    private const string Table = "id,name,phone,status\n1,Anna Kowalski,020 7946 0958,open\n2,Peter Schmidt,020 7946 0321,closed\n";

    public static TheoryData<string, string> Preambles => new()
    {
        { "", "\n" },
        { string.Concat(Enumerable.Repeat("GET /index.html 200 12ms\n", 400)), "\n" },
        { new string('x', 3000) + " name " + new string('y', 100) + "\n", "\n" },
        { "the export below lists each name:\n", "\n" },
        { string.Concat(Enumerable.Repeat("GET /index.html 200 12ms\r\n", 50)), "\r\n" },
    };

    [Theory]
    [MemberData(nameof(Preambles))]
    public void TableAfterAnyPreamble_ReadsAsTheTableAlone(string preamble, string lineEnd)
    {
        var detector = new PiiDetector();
        var table = Table.Replace("\n", lineEnd, StringComparison.Ordinal);
        var alone = detector.Detect(table).Where(e => e.Type is PiiType.Person or PiiType.Phone).ToList();
        var after = detector.Detect(preamble + table).Where(e => e.Type is PiiType.Person or PiiType.Phone && e.Start >= preamble.Length)
            .Select(e => e with { Start = e.Start - preamble.Length, End = e.End - preamble.Length }).ToList();
        Assert.Contains(alone, e => e.Type == PiiType.Person && table[e.Start..e.End] == "Anna Kowalski");
        Assert.Equal(alone, after);
    }
}
