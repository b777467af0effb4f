using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>The BSD syslog layout reads lines in place; on near-miss lines it must agree with the expression it replaced.</summary>
public sealed partial class Syslog3164LayoutTests
{
    [GeneratedRegex(@"^(?:<(?<pri>\d{1,3})>)?(?:\S+ ){0,4}?(?<ts>[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d+)?) (?<host>(?!\d{4} )\S+) (?<tag>[^:\[\s]+)(?:\[(?<pid>\d+)\])?: ?(?<msg>.*)$")]
    private static partial Regex Reference();

    private static readonly string[] Stamps =
        ["Dec 10 06:55:46", "Nov  9 12:01:01", "Nov 9 12:01:01.123", "Jan 1 00:00:00.", "Dec 100 06:55:46", "dec 10 06:55:46", "Feb 30 10:00:00",
         "Mar 15 1:00:00", "Mar ١٥ 10:00:00", "MAR 15 10:00:00", "Mar 15 10:00:00 "];

    private static readonly string[] Pieces =
        ["<", ">", "<34>", "<1234>", "<٣>", " ", "  ", "\t", ":", "[", "]", "[24200]", "[x]", "[]", "sshd", "crond(pam_unix)", "LabSZ", "dn228/dn228",
         "- ", "1131566461 ", "2005.11.09 ", "Invalid user webmaster", "\n", "é", "a:b", "x"];

    [Fact]
    public void RandomLines_ReadAsTheExpressionReadsThem()
    {
        var layout = LogLayouts.Find("syslog-3164")!;
        var time = new TimestampParser(new DateOnly(2024, 3, 15));
        var random = new Random(1164);
        var read = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var line = random.Next(4) == 0 ? Noise(random, withStamp: random.Next(2) == 0) : Shaped(random);
            var fields = new LogFields();
            var expected = Reference().Match(line);
            var ok = expected.Success && time.TryParse(expected.Groups["ts"].ValueSpan, out _);
            Assert.True(ok == layout.TryParse(line, fields, time), $"'{Escape(line)}': expression {ok}");
            if (!ok)
            {
                continue;
            }

            read++;
            var reference = new LogFields();
            Assert.True(time.TryParse(expected.Groups["ts"].ValueSpan, out var stamp));
            Assert.Equal(stamp, fields.Timestamp);
            Assert.Equal(expected.Groups["tag"].Value, fields.Source);
            if (expected.Groups["pri"].Success)
            {
                var severity = int.TryParse(expected.Groups["pri"].ValueSpan, CultureInfo.InvariantCulture, out var pri) ? Severities.FromSyslog(pri % 8) : LogSeverity.Unknown;
                Assert.Equal(severity, fields.Severity);
                Assert.Equal(expected.Groups["msg"].Value, fields.Message);
            }
            else
            {
                TextLayout.ReadMessage(expected.Groups["msg"].Value, reference);
                Assert.Equal(reference.Severity, fields.Severity);
                Assert.Equal(reference.Message, fields.Message);
            }
        }

        Assert.InRange(read, 2_000, 50_000);
    }

    // Priority, relay fields, stamp, host, tag, pid and message, each sometimes bent out of shape.
    private static string Shaped(Random random)
    {
        var line = new StringBuilder();
        if (random.Next(3) == 0)
        {
            line.Append(Pick(random, "<34>", "<1234>", "<٣>", "<5>", "<>", "<3"));
        }

        for (var relays = random.Next(2) == 0 ? 0 : random.Next(7); relays > 0; relays--)
        {
            line.Append(Pick(random, "- ", "1131566461 ", "2005.11.09 ", "dn228 ", "a  ", "Nov 9 "));
        }

        line.Append(random.Next(2) == 0 ? Stamps[0] : Stamps[random.Next(Stamps.Length)]);
        line.Append(Pick(random, " ", " ", "  ", "\t"));
        line.Append(Pick(random, "LabSZ", "dn228/dn228", "", "h:x", "[h]"));
        line.Append(Pick(random, " ", " ", "  "));
        line.Append(Pick(random, "sshd", "crond(pam_unix)", "", "a b", "kernel", "x[1]y"));
        line.Append(Pick(random, "[24200]", "", "[x]", "[]", "[1", "[٣]"));
        line.Append(Pick(random, ": ", ":", " : ", ":  ", ""));
        line.Append(Pick(random, "Invalid user webmaster from 173.234.31.186", "", "ERROR disk full", "a\nb", "trailing\n", "x: y [z]", "Dec 10 06:55:46 h t: m"));
        return line.ToString();
    }

    private static string Noise(Random random, bool withStamp)
    {
        var line = new StringBuilder();
        for (var i = random.Next(2, 9); i > 0; i--)
        {
            line.Append(withStamp && random.Next(4) == 0 ? Stamps[random.Next(Stamps.Length)] : Pieces[random.Next(Pieces.Length)]);
        }

        return line.ToString();
    }

    // The first choice is the well-formed one: taken half the time, so that a fair share of lines parse.
    private static string Pick(Random random, params string[] choices) => random.Next(2) == 0 ? choices[0] : choices[random.Next(choices.Length)];

    private static string Escape(string line) => line.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
