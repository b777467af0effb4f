using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Logs.Elasticsearch;

/// <summary>The ranges and shapes of <see cref="ElasticsearchOptions"/> (DataAnnotations).</summary>
[OptionsValidator]
internal sealed partial class ElasticsearchOptionsValidator : IValidateOptions<ElasticsearchOptions>;

/// <summary>The rules across fields: an absolute http(s) URL, and one kind of credentials.</summary>
internal sealed class ElasticsearchOptionsCustomValidator : IValidateOptions<ElasticsearchOptions>
{
    public ValidateOptionsResult Validate(string? name, ElasticsearchOptions options) =>
        LogSourceOptionsRules.Validate("FM_ELASTICSEARCH", "http://elasticsearch:9200", options.Url, options.ApiKey, options.Username, options.Password, "API_KEY");
}
