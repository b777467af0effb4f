using System.CommandLine;
using FaultMaven.Core.Common;

namespace FaultMaven.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print the server's JSON instead of a table (for scripts)", Recursive = true };

    public static Option<int> Limit() => new("--limit")
    {
        Description = $"How many items to list (1–{PageRequest.MaxLimit})",
        DefaultValueFactory = _ => PageRequest.DefaultLimit,
        Validators = { r => { if (r.GetValueOrDefault<int>() is < 1 or > PageRequest.MaxLimit) { r.AddError($"--limit must be from 1 to {PageRequest.MaxLimit}."); } } },
    };

    public static Option<int> Offset() => new("--offset")
    {
        Description = "How many items to skip",
        Validators = { r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--offset must be 0 or more."); } } },
    };

    public static Argument<string> Id(string what) => new("id") { Description = $"The {what} id" };
}
