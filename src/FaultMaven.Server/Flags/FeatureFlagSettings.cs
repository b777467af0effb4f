using FaultMaven.Core.Common;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Flags;

/// <summary>Reads <c>FM_FEATURES</c>: <c>name:on</c> or <c>name:off</c>, comma-separated; flags it does not name keep their defaults.</summary>
internal static class FeatureFlagSettings
{
    public const string Variable = "FM_FEATURES";

    /// <summary>Returns every flag's state; throws <see cref="OptionsValidationException"/> naming the variable and the valid flags when
    /// an entry is malformed, names no flag or names one twice.</summary>
    public static IReadOnlyDictionary<FeatureFlag, bool> Load(IConfiguration configuration) => Parse(configuration[Variable]);

    /// <summary>Parses a value of <c>FM_FEATURES</c>; see <see cref="Load"/>.</summary>
    public static IReadOnlyDictionary<FeatureFlag, bool> Parse(string? value)
    {
        var states = FeatureFlags.All.ToDictionary(f => f, f => f.DefaultOn);
        var named = new HashSet<FeatureFlag>();
        var failures = new List<string>();
        var valid = string.Join(", ", FeatureFlags.All.Select(f => f.Name));
        foreach (var entry in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            var state = parts.Length == 2 ? parts[1].ToLowerInvariant() switch { "on" => true, "off" => false, _ => (bool?)null } : null;
            if (state is null)
            {
                failures.Add($"{Variable} entry '{entry}' is not valid: expected flag:on or flag:off, comma-separated, e.g. model-tools:off (flags: {valid}).");
            }
            else if (FeatureFlags.Find(parts[0]) is not { } flag)
            {
                failures.Add($"{Variable} entry '{entry}' names no feature flag: the flags are {valid}.");
            }
            else if (!named.Add(flag))
            {
                failures.Add($"{Variable} names {flag.Name} more than once: name each of {valid} at most once.");
            }
            else
            {
                states[flag] = state.Value;
            }
        }

        return failures.Count == 0 ? states : throw new OptionsValidationException(Variable, typeof(FeatureFlag), failures);
    }
}
