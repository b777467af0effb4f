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
        @"<Month> <Date> <Time> <Level> <Component>(\[<PID>\])?: <Content>",
        @"<Month>  <Date> <Time> <User> <Component>\[<PID>\]( \(<Address>\))?: <Content>",
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
                var group = expected.Groups[format.Fields[f]];
                Assert.True(group.Value == line[ranges[f]], $"'{line}' field {format.Fields[f]}: '{group.Value}' vs '{line[ranges[f]]}'");
                // A field in an optional part that the line leaves out has no place (an empty range at 0).
                Assert.Equal(group.Success ? group.Index + lead : 0, ranges[f].Start.Value);
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

    // Issue 18: a format whose literals hold whitespace runs fell back to the backtracking expression on every line the first
    // walk missed, and lines of long runs cost it time polynomial in the line (50 lines of 16,000 spaces: 4.3 s). The split
    // must still be the expression's: no match where none exists, and a run giving characters back to leave a field empty.
    [Fact]
    public void Issue18_LongWhitespaceRuns_SplitAsTheExpressionWould()
    {
        var spaces = new string(' ', 16_000);
        var dash = HeaderFormat.Parse("<A> - <Content>").Value!;
        var ranges = new Range[2];

        Assert.False(dash.TryMatch($"x{spaces}y", ranges));
        Assert.False(dash.TryMatch($"x{spaces}-y", ranges));
        Assert.True(dash.TryMatch($"x{spaces}- y", ranges));
        Assert.Equal(("x", "y"), (Field($"x{spaces}- y", ranges[0]), Field($"x{spaces}- y", ranges[1])));

        // Three fields, one run: the first run gives its last space to the second, which stays empty.
        var three = HeaderFormat.Parse("<A> <B> <Content>").Value!;
        var line = $"a{spaces}c";
        ranges = new Range[3];
        Assert.True(three.TryMatch(line, ranges));
        Assert.Equal(("a", "", "c"), (Field(line, ranges[0]), Field(line, ranges[1]), Field(line, ranges[2])));
        Assert.Equal(16_000, ranges[1].Start.Value);

        // A literal at the end found first where it does not end the line, then again where it does.
        var end = HeaderFormat.Parse("<A> <Content> end").Value!;
        line = $"a{spaces}b end{spaces}c end";
        ranges = new Range[2];
        Assert.True(end.TryMatch(line, ranges));
        Assert.Equal(("a", $"b end{spaces}c"), (Field(line, ranges[0]), Field(line, ranges[1])));
        Assert.False(end.TryMatch($"a{spaces}b end{spaces}c", ranges));
    }

    private static string Field(string line, Range range) => line[range];

    // Lines of few kinds of character, most of them whitespace, against formats of adjacent fields, runs before fields,
    // literals that start and end the format: every way a run can give back or a literal be found again.
    [Theory]
    [InlineData("<A> <B> <Content>")]
    [InlineData("<A><B> <Content>")]
    [InlineData("<A> - <Content>")]
    [InlineData("<A> -<B> <Content> x")]
    [InlineData("- <A>  <Content> -")]
    [InlineData("<A>: <B> <Content>:")]
    [InlineData("x <A> <B> x <Content>")]
    [InlineData("<Content> <A> <B>")]
    [InlineData("<A> - <B> -<C> <Content> - <D>")]
    public void WhitespaceHeavyLines_SplitAsTheExpressionSplitsThem(string pattern)
    {
        var format = HeaderFormat.Parse(pattern).Value!;
        var reference = Reference(pattern);
        var ranges = new Range[format.Fields.Count];
        var random = new Random(pattern.Sum(c => c));
        string[] pieces = [" ", " ", "  ", "\t", "\u00a0", "-", " - ", "- ", "x", " x ", "a", ":", ": ", "b"];
        var matched = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var line = new StringBuilder();
            for (var p = random.Next(0, 12); p > 0; p--)
            {
                line.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = line.ToString();
            var expected = reference.Match(text.Trim());
            Assert.True(expected.Success == format.TryMatch(text, ranges), $"'{text}': expression {expected.Success}");
            var lead = text.Length - text.TrimStart().Length;
            for (var f = 0; expected.Success && f < format.Fields.Count; f++)
            {
                var group = expected.Groups[format.Fields[f]];
                Assert.True(group.Index + lead == ranges[f].Start.Value && group.Length == ranges[f].End.Value - ranges[f].Start.Value, $"'{text}' field {format.Fields[f]}");
            }

            matched += expected.Success ? 1 : 0;
        }

        Assert.InRange(matched, 100, 19_900);
    }

    [Fact]
    public void TryMatch_NewlineInsideTheLine_NoFieldSpansIt()
    {
        var format = HeaderFormat.Parse("<A> <Content>").Value!;
        var ranges = new Range[2];
        const string line = "a\nb c";

        // The first field cannot run over the newline; the newline is whitespace, so it is the run after the field.
        Assert.True(format.TryMatch(line, ranges));
        Assert.Equal(("a", "b c"), (line[ranges[0]], line[ranges[1]]));
        Assert.False(HeaderFormat.Parse("<A>b <Content>").Value!.TryMatch("a\nb c", ranges));
    }

    [Fact]
    public void Parse_ConstructThatNeedsBacktracking_RefusedWithAReason()
    {
        var parsed = HeaderFormat.Parse(@"<A> (?=x)<Content>");

        Assert.False(parsed.Succeeded);
        Assert.Contains("linear time", parsed.Failure!.Detail, StringComparison.Ordinal);
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
