using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Configuration;

/// <summary>Turns configuration failures at start-up into one readable line per bad variable.</summary>
public static partial class ConfigurationErrors
{
    /// <summary>Returns the lines describing the configuration failures in <paramref name="exception"/>, or none if it is not one.</summary>
    public static IReadOnlyList<string> Describe(Exception exception, IConfiguration configuration) => exception switch
    {
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(inner => Describe(inner, configuration))],
        OptionsValidationException validation => validation.Failures.Select(f => DescribeFailure(validation.OptionsType, f, configuration)).Distinct().ToList(),
        InvalidOperationException conversion when BinderKey().Match(conversion.Message) is { Success: true } match
            => [DescribeConversion(match.Groups["key"].Value, configuration)],
        _ => exception.InnerException is { } inner ? Describe(inner, configuration) : [],
    };

    // Generated validators prefix failures with the member name ("Ttl: The field ..."); name the variable instead.
    private static string DescribeFailure(Type optionsType, string failure, IConfiguration configuration)
    {
        if (failure.StartsWith("FM_", StringComparison.Ordinal))
        {
            return failure;
        }

        var match = MemberPrefix().Match(failure);
        var key = match.Success
            ? optionsType.GetProperty(match.Groups["member"].Value)?.GetCustomAttributes(typeof(ConfigurationKeyNameAttribute), false).OfType<ConfigurationKeyNameAttribute>().FirstOrDefault()?.Name
            : null;
        if (key is null)
        {
            return failure;
        }

        return match.Groups["rest"].Value.StartsWith(key, StringComparison.Ordinal) ? match.Groups["rest"].Value : DescribeConversion(key, configuration);
    }

    private static string DescribeConversion(string key, IConfiguration configuration)
    {
        var accepted = ConfigurationVariables.Find(key)?.Accepted ?? "a value of the documented form";
        // A secret's value is never echoed, even a wrong one: it may be a real secret set in the wrong variable.
        return SecretVariables.Contains(key) ? $"{key} is not valid: expected {accepted}." : $"{key} '{configuration[key]}' is not valid: expected {accepted}.";
    }

    [GeneratedRegex("^(?<member>[A-Za-z0-9_]+): (?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex MemberPrefix();

    // The configuration binder names the failing key as: ... value '...' at 'FM_PORT' to type ...
    [GeneratedRegex("at '(?<key>FM_[A-Z0-9_]+)'")]
    private static partial Regex BinderKey();
}
