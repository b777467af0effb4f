using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>
/// A header format splits a line by walking it when it can and by its regular expression otherwise; on lines built to
/// match, to nearly match and to need backtracking, the split must be the expression's.
/// </summary>
public sealed partial class HeaderFormatTests
{
    public static TheoryData<string> Formats =>
    [
        "<Date> <Time> <Pid> <Level> <Component>: <Content>",
        @"<Date> <Time> <Level> \[<Process>\] <Component>: <Content>",
        @"<Date> <Time> - <Level>  \[<Node>:<Component>@<Id>\] - <Content>",
        "<Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>",
        @"<Time>\|<Component>\|<Pid>\|<Content>",
        @"\[<Time>\] \[<Level>\] <Content>",
        @"<Date> <Day> <Time> <Component> sshd\[<Pid>\]: <Content>",
        "<Level><Component> <Content>",
        "<Content> end",
        @"<Time> (\d+) <Content>",
    ];

    [Theory]
    [MemberData(nameof(Formats))]
    public void RandomLines_SplitAsTheExpressionSplitsThem(string pattern)
    {
        var format = HeaderFormat.Parse(pattern).Value!;
        var reference = Reference(pattern);
        var random = new Random(pattern.Length * 7919);
        var ranges = new Range[format.Fields.Count];
        var matched = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var line = Make(pattern, random);
            var expected = reference.Match(line.Trim());
            Assert.True(expected.Success == format.TryMatch(line, ranges), $"'{line}': expression {expected.Success}");
            if (!expected.Success)
            {
                continue;
            }

            matched++;
            var lead = line.Length - line.TrimStart().Length;
            for (var f = 0; f < format.Fields.Count; f++)
            {
                Assert.True(expected.Groups[format.Fields[f]].Value == line[ranges[f]], $"'{line}' field {format.Fields[f]}: '{expected.Groups[format.Fields[f]].Value}' vs '{line[ranges[f]]}'");
                Assert.Equal(expected.Groups[format.Fields[f]].Index + lead, ranges[f].Start.Value);
            }
        }

        Assert.InRange(matched, 500, 5_000);
    }

    [Fact]
    public void TryMatch_FieldsInFormatOrder_OffsetsInTheUntrimmedLine()
    {
        const string line = "  20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579|x ";
        var format = HeaderFormat.Parse(@"<Time>\|<Component>\|<Pid>\|<Content>").Value!;
        var fields = new Range[format.Fields.Count];

        Assert.True(format.TryMatch(line, fields));
        Assert.Equal("Step_LSC", line[fields[1]]);
        Assert.Equal("onStandStepChanged 3579|x", line[fields[3]]);
        Assert.False(format.TryMatch("no pipes here", fields));
    }

    // The walk looks for a literal only where its first character is, and tries a literal that starts with a whitespace run
    // once per run: lines of long runs, near-miss literals and delimiters inside fields must still split as the expression does.
    [Theory]
    [InlineData("<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>")]
    [InlineData("<Time>\\|<Component>\\|<Pid>\\|<Content>")]
    [InlineData("<Content> end")]
    public void LongRunsAndNearMisses_SplitAsTheExpressionSplitsThem(string pattern)
    {
        var format = HeaderFormat.Parse(pattern).Value!;
        var reference = Reference(pattern);
        var ranges = new Range[format.Fields.Count];
        var random = new Random(pattern.Length);
        string[] pieces = [" ", "\t", "  \t ", "-", " -", "- ", " - ", "|", "||", "[", "]", ":", "@", "end", " end", "x", "\u00a0", "\u2003"];
        // Lines stay short: the reference expression backtracks polynomially in the line's length.
        for (var i = 0; i < 1_000; i++)
        {
            var line = new StringBuilder();
            for (var p = random.Next(1, 16); p > 0; p--)
            {
                line.Append(random.Next(8) == 0 ? new string(' ', random.Next(1, 24)) : pieces[random.Next(pieces.Length)]);
            }

            var text = line.ToString();
            var expected = reference.Match(text.Trim());
            Assert.True(expected.Success == format.TryMatch(text, ranges), $"'{text}': expression {expected.Success}");
            for (var f = 0; expected.Success && f < format.Fields.Count; f++)
            {
                Assert.Equal(expected.Groups[format.Fields[f]].Value, text[ranges[f]]);
            }
        }
    }

    // The expression as the format was first read: fields lazy, runs of spaces as \s+, the rest as written.
    private static Regex Reference(string pattern)
    {
        var regex = new StringBuilder("^");
        foreach (var piece in FieldPattern().Split(pattern).Where(p => p.Length > 0))
        {
            regex.Append(piece.StartsWith('<') && piece.EndsWith('>') ? $"(?<{piece[1..^1]}>.*?)" : Regex.Replace(piece, " +", @"\s+"));
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    // The format's literals with field values between them: words, the literals' own characters (so that a field can hold
    // its delimiter and the first place it appears is not always the right one), odd spacing and pieces left out.
    private static string Make(string pattern, Random r)
    {
        var line = new StringBuilder(r.Next(8) == 0 ? "  " : "");
        foreach (var piece in FieldPattern().Split(pattern).Where(p => p.Length > 0))
        {
            if (piece.StartsWith('<') && piece.EndsWith('>'))
            {
                var words = r.Next(4);
                for (var w = 0; w < words; w++)
                {
                    line.Append(Fragments[r.Next(Fragments.Length)]);
                }
            }
            else if (r.Next(12) > 0)
            {
                var literal = Regex.Replace(piece, @"\\(.)", "$1").Replace("(d+)", r.Next(2) == 0 ? "123" : "(d+)", StringComparison.Ordinal);
                line.Append(r.Next(6) == 0 ? literal.Replace(" ", "  \t", StringComparison.Ordinal) : literal);
            }
        }

        if (r.Next(8) == 0)
        {
            line.Append(Fragments[r.Next(Fragments.Length)]);
        }

        return line.ToString();
    }

    private static readonly string[] Fragments = ["a", "INFO", "x y", "|", "[", "]", ":", " ", "- ", "@", "sshd[", "]: ", "12", "end", "\t", "WARN", "b-c"];

    [GeneratedRegex("(<[^<>]+>)")]
    private static partial Regex FieldPattern();
}
