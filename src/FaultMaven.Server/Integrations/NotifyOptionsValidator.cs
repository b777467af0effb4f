using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Integrations;

/// <summary>Checks that the notification webhook and the public address are absolute http(s) URLs, without echoing the webhook (it is a secret).</summary>
internal sealed class NotifyOptionsValidator : IValidateOptions<NotifyOptions>
{
    public ValidateOptionsResult Validate(string? name, NotifyOptions options) =>
        options.WebhookUrl.Length > 0 && !IsHttp(options.WebhookUrl)
            ? ValidateOptionsResult.Fail("FM_NOTIFY_WEBHOOK_URL is not valid: expected an absolute http:// or https:// URL (the value is not shown: it holds a secret).")
            : options.PublicUrl.Length > 0 && !IsHttp(options.PublicUrl)
                ? ValidateOptionsResult.Fail($"FM_PUBLIC_URL is not valid: expected an absolute http:// or https:// URL, got '{options.PublicUrl}'.")
                : ValidateOptionsResult.Success;

    private static bool IsHttp(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
}
