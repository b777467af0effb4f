using FaultMaven.Core.Alerts;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Integrations;

/// <summary>Checks the webhook token like Alertmanager's and reads the custom mapping at start, so a mistake in it stops start-up
/// with its reason instead of failing every alert.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        if (options.Token.Length is > 0 and < AlertmanagerOptions.MinTokenLength || options.Token.Any(char.IsWhiteSpace))
        {
            return ValidateOptionsResult.Fail($"FM_WEBHOOK_TOKEN is not valid: expected at least {AlertmanagerOptions.MinTokenLength} characters without spaces, e.g. $(openssl rand -hex 32).");
        }

        if (options.Mapping.Length > 0)
        {
            try
            {
                WebhookMapping.Parse(options.Mapping);
            }
            catch (FormatException ex)
            {
                return ValidateOptionsResult.Fail($"FM_WEBHOOK_MAPPING is not valid: {ex.Message}");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
