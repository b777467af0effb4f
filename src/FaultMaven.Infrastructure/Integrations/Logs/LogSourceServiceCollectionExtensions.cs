using FaultMaven.Core.Security;
using FaultMaven.Core.Sources;
using FaultMaven.Infrastructure.Integrations.Logs.Elasticsearch;
using FaultMaven.Infrastructure.Integrations.Logs.Loki;
using FaultMaven.Infrastructure.Integrations.Logs.Splunk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Logs;

/// <summary>Registers the log sources (Loki, Elasticsearch/OpenSearch, Splunk) whose URL is set, each as an <see cref="ILogSource"/>.</summary>
public static class LogSourceServiceCollectionExtensions
{
    /// <summary>Validates every log source's settings at start and adds a client for each one configured.</summary>
    public static IServiceCollection AddFaultMavenLogSources(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IValidateOptions<LokiOptions>, LokiOptionsValidator>();
        services.AddSingleton<IValidateOptions<LokiOptions>, LokiOptionsCustomValidator>();
        services.AddOptions<LokiOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        var loki = new LokiOptions();
        configuration.Bind(loki);
        if (loki.Enabled)
        {
            // One client per source, one circuit: every caller sees the same state of that store.
            services.AddSingleton<ILogSource>(sp => new LokiHttpClient(Client(), sp.GetRequiredService<IOptions<LokiOptions>>(), Clock(sp), sp.GetRequiredService<ILogger<LokiHttpClient>>()));
        }

        services.AddSingleton<IValidateOptions<ElasticsearchOptions>, ElasticsearchOptionsValidator>();
        services.AddSingleton<IValidateOptions<ElasticsearchOptions>, ElasticsearchOptionsCustomValidator>();
        services.AddOptions<ElasticsearchOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        var elasticsearch = new ElasticsearchOptions();
        configuration.Bind(elasticsearch);
        if (elasticsearch.Enabled)
        {
            services.AddSingleton<ILogSource>(sp => new ElasticsearchHttpClient(Client(), sp.GetRequiredService<IOptions<ElasticsearchOptions>>(), Clock(sp), sp.GetRequiredService<ILogger<ElasticsearchHttpClient>>()));
        }

        services.AddSingleton<IValidateOptions<SplunkOptions>, SplunkOptionsValidator>();
        services.AddSingleton<IValidateOptions<SplunkOptions>, SplunkOptionsCustomValidator>();
        services.AddOptions<SplunkOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        var splunk = new SplunkOptions();
        configuration.Bind(splunk);
        if (splunk.Enabled)
        {
            // Splunk's management port is often served with its own CA's or a self-signed certificate: that CA, for Splunk only.
            services.AddSingleton<ILogSource>(sp => new SplunkHttpClient(Client(sp.GetRequiredService<IOptions<SplunkOptions>>().Value.CaFile), sp.GetRequiredService<IOptions<SplunkOptions>>(), Clock(sp), sp.GetRequiredService<ILogger<SplunkHttpClient>>()));
        }

        return services;
    }

    private static HttpClient Client(string caFile = "")
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(5), AllowAutoRedirect = false };
        if (caFile.Length > 0)
        {
            // Checked readable at start (SplunkOptionsCustomValidator).
            var (authorities, error) = CertificateAuthorities.Load(caFile);
            handler.SslOptions.RemoteCertificateValidationCallback = CertificateAuthorities.Validator(authorities ?? throw new InvalidOperationException(error));
        }

        return new HttpClient(handler);
    }

    private static TimeProvider Clock(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;
}
