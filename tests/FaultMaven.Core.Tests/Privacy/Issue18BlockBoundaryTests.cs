using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, constructs a stream's block end used to cut in two (a heredoc's opening line and its body, a key and its value
/// on the next line, a table's header and its rows), and tables whose cells are quoted as RFC 4180 quotes them. Every value, name and
/// table here is made up for these tests.</summary>
public sealed class Issue18BlockBoundaryTests
{
    private const int BlockSize = 512;

    private static readonly PiiDetector Detector = new();

    private static async Task<string> StreamAsync(string text, int blockSize = BlockSize)
    {
        using var output = new StringWriter();
        await new StreamRedactor(Redactor.Default, blockSize).RedactAsync(new StringReader(text), output, cancellationToken: TestContext.Current.CancellationToken);
        return output.ToString();
    }

    /// <summary>Lines of a log around the construct; the first line's length moves the construct across the block end one character
    /// at a time.</summary>
    private static string Around(string construct, int shift) =>
        new string('x', shift) + "\n" + string.Concat(Enumerable.Range(0, 9).Select(i => $"2024-05-01T10:00:{i:00}Z INFO worker heartbeat ok seq={i}\n"))
        + construct + string.Concat(Enumerable.Range(0, 12).Select(i => $"2024-05-01T10:01:{i:00}Z INFO worker done seq={i}\n"));

    public static TheoryData<string, string> Constructs => new()
    {
        { "vault kv put secret/app/db password=- <<EOF\nQz8vLm2xRt7wKp4n\nEOF\n", "Qz8vLm2xRt7wKp4n" },
        { "vault write auth/approle/role/ci client_secret=- <<'EOT'\nHy6tGv9bNm3kLq2z\nEOT\n", "Hy6tGv9bNm3kLq2z" },
        { "<property>\n  <name>db.password</name>\n  <value>Wv7-kLp2!Rz9qX</value>\n</property>\n", "Wv7-kLp2!Rz9qX" },
        { "database:\n  password: |\n    Fk2-vBn8!Tq5xLm\n  host: db1\n", "Fk2-vBn8!Tq5xLm" },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public async Task A_construct_read_at_every_offset_around_a_block_end_is_redacted_as_in_one_block(string construct, string secret)
    {
        for (var shift = 0; shift < BlockSize; shift += 3)
        {
            var text = Around(construct, shift);
            var whole = Redactor.Default.Redact(text).Text;
            Assert.DoesNotContain(secret, whole, StringComparison.Ordinal);
            Assert.Equal(whole, await StreamAsync(text));
        }
    }

    [Fact]
    public async Task A_table_whose_header_lies_blocks_back_is_read_as_a_table()
    {
        // Made-up names no list knows, under a header far before them: only the header says they are people.
        var rows = string.Concat(Enumerable.Range(0, 120).Select(i => $"{1000 + i},Oyelar{(char)('a' + i % 26)}{(char)('a' + i / 26)} Wilhelmin{(char)('a' + i % 26)},ops-{i % 7},open\n"));
        var text = "ticket,full_name,team,status\n" + rows;
        var whole = Redactor.Default.Redact(text).Text;
        Assert.DoesNotContain("Oyelarae", whole, StringComparison.Ordinal);

        var streamed = await StreamAsync(text, 256);

        Assert.Equal(whole, streamed);
        Assert.DoesNotContain("Oyelar", streamed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heredoc_that_never_closes_and_a_table_that_is_only_a_header_leave_the_stream_as_it_was()
    {
        var open = "cat <<EOF\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"line {i} of a text that never ends\n"));
        Assert.Equal(open, await StreamAsync(open));

        var header = string.Concat(Enumerable.Repeat("ticket,summary,assignee,reporter\n", 300));
        Assert.Equal(header, await StreamAsync(header));
    }

    [Fact]
    public void A_quoted_comma_in_one_cell_leaves_the_table_read_as_a_table()
    {
        var text = "Issue key,Summary,Assignee,Reporter,Status\n"
            + "OPS-101,\"Fix login, again\",Ana Lima,Bruno Costa,Open\n"
            + "OPS-102,Rotate certs,王伟,김민준,Done\n"
            + "OPS-103,\"Say \"\"hi\"\", then, leave\",Marta Nowak,Ana Lima,Open\n"
            + "OPS-104,\"Two lines,\nof summary\",李娜,Bruno Costa,Open\n"
            + "OPS-105,Patch kernel,박서준,Marta Nowak,Done\n";
        var people = Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End]).ToHashSet();

        Assert.Superset(new HashSet<string> { "Ana Lima", "Bruno Costa", "Marta Nowak", "王伟", "김민준", "李娜", "박서준" }, people);
        Assert.DoesNotContain(people, p => p.Contains("login", StringComparison.Ordinal) || p.Contains("lines", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_comma_under_a_named_column_leaves_its_rows_read()
    {
        var text = "id,comment,full_name,mobile\n"
            + "1,\"called back, no answer\",Wilhelmina Oyelaran,512 229 169\n"
            + "2,ok,Bartholomew Quist,601 448 302\n";
        var found = Detector.Detect(text).Select(e => (e.Type, text[e.Start..e.End])).ToList();

        Assert.Contains((PiiType.Phone, "512 229 169"), found);
        Assert.Contains((PiiType.Phone, "601 448 302"), found);
    }

    [Fact]
    public void Log_lines_with_commas_and_quotes_are_no_table_and_a_stray_quote_turns_no_table_off()
    {
        var log = "2024-05-01 10:00:01,123 INFO \"GET /a, b\" took 5 ms, Cache Warm\n2024-05-01 10:00:02,456 INFO \"GET /c, d\" took 7 ms, Disk Full\n";
        Assert.DoesNotContain(Detector.Detect(log), e => e.Type == PiiType.Person);

        // A cell with one quote that never closes is read as it stands: the rows after it are still the table's.
        var text = "ticket,full_name,status\n1,\"Wilhelmina Oyelaran,open\n2,Bartholomew Quist,open\n3,Cordelia Vantongeren,done\n";
        var people = Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End]).ToList();
        Assert.Contains("Bartholomew Quist", people);
        Assert.Contains("Cordelia Vantongeren", people);
    }
}
