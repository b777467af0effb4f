using System.CommandLine;

namespace FaultMaven.Cli.Commands;

/// <summary><c>--data-dir</c> of the commands that work on the embedded store's files directly.</summary>
internal static class DataDirectoryOption
{
    public const string Default = "./.faultmaven";

    public static Option<string?> Create() => new("--data-dir") { Description = $"The data directory (default: FM_DATA_DIR, else {Default})" };

    public static string Resolve(string? given, CliContext context) =>
        given ?? (context.Environment("FM_DATA_DIR") is { Length: > 0 } configured ? configured : Default);
}
