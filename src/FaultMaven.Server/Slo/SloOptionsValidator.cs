using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Slo;

/// <summary>Refuses objectives, windows and receivers that cannot work, one line per bad variable, at start-up.</summary>
internal sealed class SloOptionsValidator : IValidateOptions<SloOptions>
{
    public ValidateOptionsResult Validate(string? name, SloOptions options)
    {
        var failures = new List<string>();
        SloSettings.Parse(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
