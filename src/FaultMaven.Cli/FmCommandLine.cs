using System.CommandLine;
using FaultMaven.Cli.Commands;
using FaultMaven.Server.Configuration;

namespace FaultMaven.Cli;

/// <summary>The <c>fm</c> command tree and its entry point.</summary>
internal static class FmCommandLine
{
    public static RootCommand Build(CliContext context)
    {
        var json = CommonOptions.Json();
        var root = new RootCommand("FaultMaven: the troubleshooting copilot for SREs. sessions, cases, upload, kb and admin talk to the server at FM_URL "
            + "(default http://127.0.0.1:8000); ask and chat use it when it answers; analyze, logs, redact, backup and restore work on this machine.")
        {
            json,
            ServeCommand.Create(context),
            SessionsCommand.Create(context, json),
            CasesCommand.Create(context, json),
            AnalyzeCommand.Create(context, json),
            UploadCommand.Create(context, json),
            KbCommand.Create(context, json),
            AskCommand.Create(context, json),
            ChatCommand.Create(context),
            McpCommand.Create(context),
            LogsCommand.Create(context),
            RedactCommand.Create(context),
            AdminCommand.Create(context, json),
            BackupCommand.Create(context, json),
            RestoreCommand.Create(context, json),
        };
        return root;
    }

    // The parser's own "Required argument missing" error sits on the command's result or on the argument's; the line above named it.
    private static bool SaysMissing(System.CommandLine.Parsing.SymbolResult? result, System.CommandLine.Parsing.CommandResult command, List<System.CommandLine.Argument> missing) =>
        ReferenceEquals(result, command) || result is System.CommandLine.Parsing.ArgumentResult argument && missing.Contains(argument.Argument);

    private static string CommandPath(System.CommandLine.Parsing.CommandResult command)
    {
        var names = new List<string>();
        for (var result = command; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Parent is null ? "fm" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>Parses and runs <paramref name="args"/>; usage errors print the problem and exit with <see cref="ExitCodes.Usage"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        // Secrets given as <NAME>_FILE (FM_API_KEY_FILE, …) read as their value from here on; a conflict or a bad file stops every command.
        try
        {
            context = context.WithEnvironment(SecretFiles.Apply(context.Environment));
        }
        catch (SecretFileException ex)
        {
            await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
            return ExitCodes.Usage;
        }

        // No response files: an argument that starts with '@' is a value ("@<Time> <Content>", "@oncall why is …"), never a
        // file to read arguments from.
        var parse = Build(context).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            // A missing argument is named, with what it is for ("Required argument missing for command: 'ask'" does not say which).
            var command = parse.CommandResult;
            var missing = command.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && command.GetResult(a) is not { Tokens.Count: > 0 }).ToList();
            foreach (var argument in missing)
            {
                await context.Error.WriteLineAsync($"fm: error: {CommandPath(command)} needs the {argument.Name} argument: {argument.Description}");
            }

            foreach (var error in parse.Errors.Where(e => missing.Count == 0 || !SaysMissing(e.SymbolResult, command, missing)))
            {
                await context.Error.WriteLineAsync($"fm: error: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'fm --help' for usage.");
            return ExitCodes.Usage;
        }

        // No termination timeout: on SIGTERM the host itself drains in-flight requests (FM_SHUTDOWN_TIMEOUT). No default exception
        // handler either: it prints a stack trace; every failure is reported as one line in CliFailures instead.
        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = context.Output, Error = context.Error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        catch (Exception ex)
        {
            return await CliFailures.ReportAsync(ex, context, cancellationToken);
        }
    }
}
