using System.Globalization;
using System.Text.RegularExpressions;

namespace FaultMaven.Server.Slo;

/// <summary>Durations in Prometheus' notation (<c>250ms</c>, <c>5m</c>, <c>1h</c>, <c>30d</c>), as the shipped rules write their windows.</summary>
internal static partial class SloDurations
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("w", TimeSpan.FromDays(7)), ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)), ("m", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)), ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    /// <summary>Reads one number and one unit (ms, s, m, h, d, w); false for anything else or zero.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0)
        {
            return false;
        }

        duration = Units.First(u => u.Unit == match.Groups["unit"].Value).Size * n;
        return true;
    }

    /// <summary>Writes a duration in the largest unit that divides it (<c>90s</c>, <c>1h</c>, <c>250ms</c>).</summary>
    public static string Format(TimeSpan duration)
    {
        foreach (var (unit, size) in Units)
        {
            if (duration.Ticks % size.Ticks == 0)
            {
                return (duration.Ticks / size.Ticks).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return duration.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + "ms";
    }

    [GeneratedRegex("^(?<n>[0-9]{1,9})(?<unit>ms|s|m|h|d|w)$")]
    private static partial Regex Pattern();
}
