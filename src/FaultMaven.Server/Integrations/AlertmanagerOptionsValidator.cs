using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Integrations;

/// <summary>Checks that a configured token is long enough to be a secret.</summary>
internal sealed class AlertmanagerOptionsValidator : IValidateOptions<AlertmanagerOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertmanagerOptions options) =>
        options.Token.Length is > 0 and < AlertmanagerOptions.MinTokenLength || options.Token.Any(char.IsWhiteSpace)
            ? ValidateOptionsResult.Fail($"FM_ALERTMANAGER_TOKEN is not valid: expected at least {AlertmanagerOptions.MinTokenLength} characters without spaces, e.g. $(openssl rand -hex 32).")
            : ValidateOptionsResult.Success;
}
