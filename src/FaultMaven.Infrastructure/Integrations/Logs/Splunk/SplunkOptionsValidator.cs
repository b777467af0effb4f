using FaultMaven.Core.Security;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Logs.Splunk;

/// <summary>The ranges of <see cref="SplunkOptions"/> (DataAnnotations).</summary>
[OptionsValidator]
internal sealed partial class SplunkOptionsValidator : IValidateOptions<SplunkOptions>;

/// <summary>The rules across fields: an absolute http(s) URL, a token with it, and a CA file that holds PEM certificates.</summary>
internal sealed class SplunkOptionsCustomValidator : IValidateOptions<SplunkOptions>
{
    public ValidateOptionsResult Validate(string? name, SplunkOptions options)
    {
        var shape = LogSourceOptionsRules.Validate("FM_SPLUNK", "https://splunk:8089", options.Url, options.Token, null, null);
        if (shape.Failed)
        {
            return shape;
        }

        if (options.Url.Length > 0 && options.Token.Length == 0)
        {
            return ValidateOptionsResult.Fail("FM_SPLUNK_URL is set without FM_SPLUNK_TOKEN: Splunk's search API needs an authentication token (Settings → Tokens).");
        }

        return options.CaFile.Length > 0 && CertificateAuthorities.Load(options.CaFile) is { Error: { } error }
            ? ValidateOptionsResult.Fail($"FM_SPLUNK_CA_FILE '{options.CaFile}' cannot be read as PEM certificates: {error}")
            : ValidateOptionsResult.Success;
    }
}
