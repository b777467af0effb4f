using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Logs.Loki;

/// <summary>The ranges of <see cref="LokiOptions"/> (DataAnnotations).</summary>
[OptionsValidator]
internal sealed partial class LokiOptionsValidator : IValidateOptions<LokiOptions>;

/// <summary>The rules across fields: an absolute http(s) URL, and one kind of credentials.</summary>
internal sealed class LokiOptionsCustomValidator : IValidateOptions<LokiOptions>
{
    public ValidateOptionsResult Validate(string? name, LokiOptions options) =>
        LogSourceOptionsRules.Validate("FM_LOKI", "http://loki:3100", options.Url, options.Token, options.Username, options.Password);
}
