using FaultMaven.Core.Sources.Kubernetes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Kubernetes;

/// <summary>Registers Kubernetes as a live source when <c>FM_KUBECONFIG</c> is set.</summary>
public static class KubernetesServiceCollectionExtensions
{
    /// <summary>Validates the Kubernetes settings at start (the kubeconfig must load) and, when a kubeconfig is set, adds
    /// <see cref="IKubernetesClient"/>.</summary>
    public static IServiceCollection AddFaultMavenKubernetes(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IValidateOptions<KubernetesOptions>, KubernetesOptionsValidator>();
        services.AddSingleton<IValidateOptions<KubernetesOptions>, KubernetesOptionsCustomValidator>();
        services.AddOptions<KubernetesOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        var settings = new KubernetesOptions();
        configuration.Bind(settings);
        if (settings.Enabled)
        {
            // One client, one circuit: every caller sees the same API server state.
            services.AddSingleton<IKubernetesClient>(sp => new KubernetesApiClient(sp.GetRequiredService<IOptions<KubernetesOptions>>(),
                sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILogger<KubernetesApiClient>>()));
        }

        return services;
    }
}
