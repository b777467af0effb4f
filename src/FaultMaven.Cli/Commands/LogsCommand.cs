using System.CommandLine;
using System.Globalization;
using System.Text;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm logs parse</c>: mine the templates of a log file, one CSV row per input line.</summary>
internal static class LogsCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "The log file to parse ('-' for standard input)", Required = true };
        var format = new Option<string?>("--log-format") { Description = "The line layout, e.g. '<Date> <Time> <Level> <Component>: <Content>'; detected when left out" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the CSV (LineId,EventId,EventTemplate)", Required = true };
        var parse = new Command("parse", "Mine message templates: writes LineId,EventId,EventTemplate for every input line") { input, format, output };
        parse.SetAction(async (p, cancellationToken) =>
        {
            HeaderFormat? header = null;
            if (p.GetValue(format) is { } pattern)
            {
                var parsed = HeaderFormat.Parse(pattern);
                if (!parsed.Succeeded)
                {
                    await context.Error.WriteLineAsync($"fm: error: {parsed.Failure.Detail}");
                    return ExitCodes.Usage;
                }

                header = parsed.Value;
            }

            var miner = new TemplateMiner();
            var assigned = new List<LogTemplate>();
            foreach (var line in File.ReadLines(p.GetValue(input)!.FullName))
            {
                var content = header?.Match(line)?["Content"] ?? line;
                assigned.Add(miner.Match(content));
            }

            await using var writer = new StreamWriter(p.GetValue(output)!.FullName, false, new UTF8Encoding(false));
            await writer.WriteLineAsync("LineId,EventId,EventTemplate");
            foreach (var i in Enumerable.Range(0, assigned.Count))
            {
                await writer.WriteLineAsync($"{(i + 1).ToString(CultureInfo.InvariantCulture)},E{assigned[i].Current.Id.ToString(CultureInfo.InvariantCulture)},{Csv(assigned[i].Current.Text)}");
            }

            return ExitCodes.Success;
        });

        return new Command("logs", "Work with log files locally (no server needed)") { parse };
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
