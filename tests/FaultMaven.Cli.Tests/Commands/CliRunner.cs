namespace FaultMaven.Cli.Tests.Commands;

/// <summary>Runs the fm command line in-process over string writers.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FmCommandLine.RunAsync(args, new CliContext(output, error, _ => null), TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with these environment variables (and no others) as the command sees them.</summary>
    public static async Task<CliResult> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, name => environment.TryGetValue(name, out var value) ? value : null);
        var code = await FmCommandLine.RunAsync(args, context, TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}

/// <summary>What one fm run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
