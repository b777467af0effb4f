using System.Text;
using FaultMaven.Core.Logs.Templates;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

// Issue 18: what `fm logs parse` does not mine as the line says — lines cut at the length limit, lines past the template limit —
// is said on stderr, not left for the reader of the CSV to find.
public sealed class LogsParseLimitTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<(CliResult Result, string[] Rows)> ParseAsync(string text)
    {
        var input = Path.Combine(_dir.Path, "in.log");
        await File.WriteAllTextAsync(input, text, TestContext.Current.CancellationToken);
        var output = Path.Combine(_dir.Path, "out.csv");
        var result = await CliRunner.RunAsync("logs", "parse", "--input", input, "--output", output);
        return (result, File.Exists(output) ? await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken) : []);
    }

    [Fact]
    public async Task Issue18_LogsParse_LineLongerThanTheLimit_WarnsThatItWasCut()
    {
        var (result, rows) = await ParseAsync("starting worker pool\n" + new string('x', 200_000) + " tail\nworker pool ready\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4, rows.Length);
        Assert.Contains("warning: 1 line(s) were longer than 65,536 characters and were cut", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_LogsParse_OrdinaryLines_NoWarning()
    {
        var (result, _) = await ParseAsync(string.Concat(Enumerable.Range(0, 500).Select(i => $"request {i} served in {i % 40} ms\n")));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("warning", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue18_LogsParse_MoreOneOffStatementsThanTheTemplateLimit_WarnsAndNamesTheUnminedTemplate()
    {
        var limit = new TemplateMinerOptions().MaxTemplates;
        var text = new StringBuilder();
        for (var i = 0; i < limit + 2000; i++)
        {
            text.Append(Word(i, 'g')).Append(' ').Append(Word(i, 'k')).Append(' ').Append(Word(i, 'p')).Append('\n');
        }

        var (result, rows) = await ParseAsync(text.ToString());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("the template limit was reached", result.Error, StringComparison.Ordinal);
        Assert.Contains("2,000 line(s) that would have opened a new template were not mined", result.Error, StringComparison.Ordinal);
        Assert.Equal($"{limit + 2000},E{limit + 1},{TemplateMiner.UnminedText}", rows[^1]);
        Assert.Equal($"1,E1,{Word(0, 'g')} {Word(0, 'k')} {Word(0, 'p')}", rows[1]);
    }

    // Letters only, different for every i: no two such lines share a template.
    private static string Word(int i, char start)
    {
        var word = new StringBuilder().Append(start);
        for (var n = i; n > 0 || word.Length < 4; n /= 10)
        {
            word.Append((char)('q' + (n % 10)));
        }

        return word.ToString();
    }
}
