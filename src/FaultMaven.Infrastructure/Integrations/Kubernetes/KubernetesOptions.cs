using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Integrations.Kubernetes;

/// <summary>Which cluster to read, with which kubeconfig, and what of it.</summary>
public sealed class KubernetesOptions
{
    /// <summary>The path of a kubeconfig file (its credentials should be a read-only service account's; docs/INTEGRATIONS.md).</summary>
    /// <value>The default is empty: no Kubernetes.</value>
    [ConfigurationKeyName("FM_KUBECONFIG")]
    public string KubeconfigPath { get; set; } = string.Empty;

    /// <summary>The kubeconfig context to use.</summary>
    /// <value>The default is empty: the kubeconfig's current context.</value>
    [ConfigurationKeyName("FM_KUBERNETES_CONTEXT")]
    public string Context { get; set; } = string.Empty;

    /// <summary>The namespaces that may be read, comma-separated; any other is refused.</summary>
    /// <value>The default is empty: any namespace the credentials may read.</value>
    [ConfigurationKeyName("FM_KUBERNETES_NAMESPACES")]
    public string Namespaces { get; set; } = string.Empty;

    /// <summary>How long one call may take, in seconds.</summary>
    /// <value>The default is 10.</value>
    [ConfigurationKeyName("FM_KUBERNETES_TIMEOUT_SECONDS")]
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The largest API response read, in bytes; a larger one is refused rather than cut into invalid JSON.</summary>
    /// <value>The default is 4 MiB.</value>
    [ConfigurationKeyName("FM_KUBERNETES_MAX_RESPONSE_BYTES")]
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Gets a value indicating whether Kubernetes is configured.</summary>
    public bool Enabled => KubeconfigPath.Length > 0;

    /// <summary>Gets the allowed namespaces, parsed.</summary>
    public IReadOnlyList<string> AllowedNamespaces => [.. Namespaces.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
