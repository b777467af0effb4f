using System.Text.Json;

namespace FaultMaven.Core.Alerts;

/// <summary>The small path language of webhook mappings: property names separated by dots, each optionally followed by <c>[n]</c>
/// indexes (<c>event.data.service.summary</c>, <c>alerts[0].labels</c>). Read left to right once: linear in the path's length.</summary>
internal static class JsonPath
{
    private const int MaxLength = 300;

    /// <summary>Gets whether <paramref name="path"/> is a path of this language (an optional leading <c>$.</c> included).</summary>
    public static bool IsValid(string path)
    {
        if (path.Length is 0 or > MaxLength)
        {
            return false;
        }

        var body = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        return body.Length > 0 && body.Split('.').All(IsStep);
    }

    /// <summary>Gets the element at <paramref name="path"/> below <paramref name="root"/>, or null when any step is missing.</summary>
    public static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        foreach (var step in path.Split('.'))
        {
            var bracket = step.IndexOf('[');
            var name = bracket < 0 ? step : step[..bracket];
            if (name.Length > 0)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                {
                    return null;
                }
            }

            for (var at = bracket; at >= 0; at = step.IndexOf('[', at + 1))
            {
                var index = int.Parse(step.AsSpan(at + 1, step.IndexOf(']', at) - at - 1), System.Globalization.CultureInfo.InvariantCulture);
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
        }

        return current;
    }

    /// <summary>A step is a name of letters, digits, <c>_</c>, <c>-</c> or <c>@</c>, then any number of <c>[n]</c>.</summary>
    private static bool IsStep(string step)
    {
        var i = 0;
        while (i < step.Length && (char.IsAsciiLetterOrDigit(step[i]) || step[i] is '_' or '-' or '@'))
        {
            i++;
        }

        if (i == 0 && (step.Length == 0 || step[0] != '['))
        {
            return false;
        }

        while (i < step.Length)
        {
            if (step[i] != '[')
            {
                return false;
            }

            var close = step.IndexOf(']', i);
            if (close < 0 || close == i + 1 || close - i > 7 || !step.AsSpan(i + 1, close - i - 1).ContainsOnlyDigits())
            {
                return false;
            }

            i = close + 1;
        }

        return true;
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');
}
