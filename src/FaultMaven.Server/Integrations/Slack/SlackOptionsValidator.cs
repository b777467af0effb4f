using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Integrations.Slack;

/// <summary>Checks that the Slack app's secrets come together and its API is an absolute URL, without echoing either secret.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if ((options.SigningSecret.Length > 0) != (options.BotToken.Length > 0))
        {
            return ValidateOptionsResult.Fail("FM_SLACK_SIGNING_SECRET and FM_SLACK_BOT_TOKEN are set together (the app verifies requests with one and answers with the other).");
        }

        if (options.SigningSecret.Any(char.IsWhiteSpace) || options.BotToken.Any(char.IsWhiteSpace))
        {
            return ValidateOptionsResult.Fail("FM_SLACK_SIGNING_SECRET and FM_SLACK_BOT_TOKEN hold no spaces (the values are not shown: they are secrets).");
        }

        return Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var api) && api.Scheme is "http" or "https"
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"FM_SLACK_API_URL is not valid: expected an absolute http:// or https:// URL, got '{options.ApiUrl}'.");
    }
}
