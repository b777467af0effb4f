using FaultMaven.Server.Slo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Logging;

namespace FaultMaven.Server.Tests.Slo;

/// <summary>Slack webhook URLs carry their token in the path (hooks.slack.com/services/…); the alert client must not log request URLs.</summary>
public sealed class SloAlertClientTests
{
    [Fact]
    public void TheAlertClient_HasNoRequestLogging_WhichWouldWriteTheWebhookPath()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddFaultMavenSlo();
        using var provider = services.BuildServiceProvider();

        var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(SloAlertSender.HttpClientName);

        var chain = new List<HttpMessageHandler>();
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            chain.Add(current);
        }

        Assert.DoesNotContain(chain, h => h is LoggingHttpMessageHandler or LoggingScopeHttpMessageHandler);
    }
}
