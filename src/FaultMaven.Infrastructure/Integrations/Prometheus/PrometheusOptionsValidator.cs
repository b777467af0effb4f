using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Prometheus;

/// <summary>The ranges of <see cref="PrometheusOptions"/> (DataAnnotations).</summary>
[OptionsValidator]
internal sealed partial class PrometheusOptionsValidator : IValidateOptions<PrometheusOptions>;

/// <summary>The rules across fields: an absolute http(s) URL, and one kind of credentials.</summary>
internal sealed class PrometheusOptionsCustomValidator : IValidateOptions<PrometheusOptions>
{
    public ValidateOptionsResult Validate(string? name, PrometheusOptions options)
    {
        if (options.Url.Length > 0 && (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0 || url.Query.Length > 0))
        {
            return ValidateOptionsResult.Fail("FM_PROMETHEUS_URL is not valid: expected an http(s) URL without credentials or query, e.g. http://prometheus:9090 (credentials go in FM_PROMETHEUS_TOKEN or FM_PROMETHEUS_USERNAME/FM_PROMETHEUS_PASSWORD).");
        }

        if (options.Token.Length > 0 && options.Username.Length > 0)
        {
            return ValidateOptionsResult.Fail("FM_PROMETHEUS_TOKEN and FM_PROMETHEUS_USERNAME are both set: use a bearer token or HTTP Basic, not both.");
        }

        return options.Password.Length > 0 && options.Username.Length == 0
            ? ValidateOptionsResult.Fail("FM_PROMETHEUS_PASSWORD is set without FM_PROMETHEUS_USERNAME.")
            : ValidateOptionsResult.Success;
    }
}
