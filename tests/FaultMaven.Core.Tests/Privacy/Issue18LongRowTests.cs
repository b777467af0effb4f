using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Testing;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, tables whose rows span many lines (a ticket export whose description holds a stack trace) and tables with
/// malformed quotes a few rows before a spanning cell: the person column stays read in every block, and one bad row costs that row
/// alone. Every value here is made up.</summary>
public sealed partial class Issue18LongRowTests
{
    private static async Task<string> StreamAsync(string text, int blockSize)
    {
        using var output = new StringWriter();
        await new StreamRedactor(Redactor.Default, blockSize).RedactAsync(new StringReader(text), output, cancellationToken: TestContext.Current.CancellationToken);
        return output.ToString();
    }

    private static void AssertNamesHiddenAndNothingElse(AssigneeCsv csv, string input, string output)
    {
        foreach (var name in csv.Names)
        {
            Assert.DoesNotContain(name, output, StringComparison.Ordinal);
        }

        var expected = csv.Names.Aggregate(input, (text, name) => text.Replace(name, "", StringComparison.Ordinal));
        Assert.Equal(expected, PersonToken().Replace(output, ""));
    }

    public static TheoryData<char, string, int> LongNotes => new()
    {
        { ',', "\n", 9 },
        { ',', "\n", 60 },
        { ';', "\r\n", 150 },
        { '\t', "\n", 400 },
    };

    [Theory]
    [MemberData(nameof(LongNotes))]
    public async Task A_stack_trace_of_many_lines_in_a_quoted_cell_leaves_the_person_column_read_in_every_block(char delimiter, string lineEnd, int lines)
    {
        // Blocks smaller and larger than the spanning row: it straddles block ends at many offsets, and a block may end inside it.
        foreach (var blockSize in new[] { 1024, 4096, 1 << 15 })
        {
            var csv = new AssigneeCsv { Delimiter = delimiter, LineEnd = lineEnd, Rows = 200, Every = 9, NoteLines = lines, Trace = true };
            var input = csv.Write();
            AssertNamesHiddenAndNothingElse(csv, input, await StreamAsync(input, blockSize));
            AssertNamesHiddenAndNothingElse(csv, input, Redactor.Default.Redact(input).Text);
        }
    }

    [Fact]
    public async Task Unbalanced_quotes_a_few_rows_before_spanning_cells_cost_no_later_row()
    {
        // Every 20th note spans three lines; a quote that never closes 1, 3, 7, 12 or 19 rows before some of them.
        var bad = Enumerable.Range(1, 30).SelectMany(k => new[] { 20 * k - 3, 20 * k - 7 * (k % 2), 20 * k - 12 * (k % 3 == 0 ? 1 : 0), 20 * k - 19, 20 * k - (k % 4 == 0 ? 1 : 3) })
            .Where(i => i % 20 != 0).ToHashSet();
        foreach (var blockSize in new[] { 512, 2048, 1 << 15 })
        {
            var csv = new AssigneeCsv { Rows = 620, Every = 20, NoteLines = 3, UnbalancedAt = bad };
            var input = csv.Write();
            AssertNamesHiddenAndNothingElse(csv, input, await StreamAsync(input, blockSize));
        }
    }

    [Fact]
    public async Task A_cell_longer_than_a_row_may_span_is_passed_over_and_changes_nothing()
    {
        // Beyond the bound (64K characters) a quoted cell is broken quoting: the row is its first line; nothing of the cell changes,
        // and the rows before it are read.
        var trace = string.Concat(Enumerable.Range(0, 3000).Select(i => $"\tat com.example.Worker.step{i}(Worker.java:{i})\n"));
        var input = "id,assignee,notes\n1,张伟,\"short\"\n2,王芳,\"short\"\n3,李娜,\"" + trace + "\"\n";
        var output = await StreamAsync(input, 1 << 15);
        Assert.DoesNotContain("张伟", output, StringComparison.Ordinal);
        Assert.DoesNotContain("王芳", output, StringComparison.Ordinal);
        Assert.Contains(trace, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_lines_after_a_stray_quote_are_no_rows_of_a_long_cell()
    {
        // Near miss: a log line's quote that closes 100 lines later opens no row there (a line that no table precedes opens a row of
        // at most eight lines); the lines between stay lines, and nothing in them is a name.
        var log = "2024-05-01 10:00:00,000 WARN job=\"nightly, run\n"
            + string.Concat(Enumerable.Range(0, 100).Select(i => $"2024-05-01 10:00:{i % 60:00},{i:000} INFO step {i}, Cache Warm, Disk Full\n"))
            + "done\" at 10:05, Cache Warm\n";
        Assert.Equal(log, await StreamAsync(log, 512));
        Assert.Equal(log, Redactor.Default.Redact(log).Text);
    }

    [GeneratedRegex("<PERSON_[0-9]+>")]
    private static partial Regex PersonToken();
}
