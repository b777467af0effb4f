using FaultMaven.Core.Alerts;
using FaultMaven.Server.Integrations.Slack;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Integrations;

/// <summary>Registers the integrations that post to the server (Alertmanager's webhook, other tools' alert webhooks) and the chat
/// webhook alert answers are posted to.</summary>
internal static class IntegrationsServiceCollectionExtensions
{
    public static IServiceCollection AddFaultMavenIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<AlertmanagerOptions>, AlertmanagerOptionsValidator>();
        services.AddOptions<AlertmanagerOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddOptions<WebhookOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotifyOptions>, NotifyOptionsValidator>();
        services.AddOptions<NotifyOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        services.AddSingleton<ChatAnswer>();
        if (!string.IsNullOrEmpty(configuration["FM_NOTIFY_WEBHOOK_URL"]))
        {
            // No redirects: a webhook that sends the post elsewhere is a misconfiguration to see, not to follow.
            services.AddHttpClient<IInvestigationNotifier, ChatWebhookNotifier>()
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
                .RemoveAllLoggers();
        }

        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.AddOptions<SlackOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        services.AddSingleton<SlackConversations>();
        // The response URLs of slash commands are credentials: the client's request logging (which writes URLs) is off.
        services.AddHttpClient<SlackWebApi>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        services.AddAlerts();
        return services;
    }
}
