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
        Validators = { r => r.Require<int>(v => v is >= 1 and <= PageRequest.MaxLimit, $"--limit must be from 1 to {PageRequest.MaxLimit}.") },
    };

    public static Option<int> Offset() => new("--offset")
    {
        Description = "How many items to skip",
        Validators = { r => r.Require<int>(v => v >= 0, "--offset must be 0 or more.") },
    };

    public static Argument<string> Id(string what) => new("id") { Description = $"The {what} id" };

    /// <summary>The gzip limit for files of one's own read locally (<c>fm logs parse</c>, <c>fm analyze</c>): a rotated log may expand to
    /// many gigabytes, so no size limit; a bomb still stops at the ratio (real logs compress 5–50 ×) before it fills the disk.</summary>
    public static ExpansionLimit OwnFiles { get; } = ExpansionLimit.Default with { MaxBytes = long.MaxValue };

    /// <summary>How far gzip input may expand. Left out, <paramref name="defaults"/> applies; given, the size is the whole limit: a user
    /// who names one trusts the file that far, so a file of repeated lines that compresses past the bomb ratio can still be read.</summary>
    public static Option<long?> MaxExpandedBytes(ExpansionLimit defaults) => new("--max-expanded-bytes")
    {
        Description = (defaults.MaxBytes == long.MaxValue ? "The most bytes gzip input may expand to (default: no size limit"
                : $"The most bytes gzip input may expand to (default {defaults.MaxBytes:N0}, as the server's FM_MAX_EXPANDED_BYTES")
            + $", and past {defaults.RatioFloorBytes:N0} expanded bytes at most {defaults.MaxRatio:0} × the compressed size, which stops compression bombs); "
            + "giving it lifts the ratio check, for a file you trust",
        Validators = { r => r.Require<long?>(v => v is null or >= 1, "--max-expanded-bytes must be a positive whole number of bytes (e.g. 5000000000).") },
    };

    /// <summary>The limit <see cref="MaxExpandedBytes"/> asks for.</summary>
    public static ExpansionLimit ExpansionLimitFor(long? maxExpandedBytes, ExpansionLimit defaults) =>
        maxExpandedBytes is { } bytes ? new ExpansionLimit(bytes, double.PositiveInfinity) : defaults;

    /// <summary>Adds <paramref name="error"/> unless the option's value converts and is <paramref name="valid"/>. A value that does not
    /// convert ("abc" for a number) made GetValueOrDefault throw inside the validator: a stack trace and exit 134 instead of this error.</summary>
    public static void Require<T>(this System.CommandLine.Parsing.OptionResult result, Func<T, bool> valid, string error)
    {
        T value;
        try
        {
            value = result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            result.AddError(error);
            return;
        }

        if (!valid(value))
        {
            result.AddError(error);
        }
    }
}
