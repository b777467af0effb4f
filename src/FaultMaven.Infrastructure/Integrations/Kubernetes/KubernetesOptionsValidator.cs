using System.Text.RegularExpressions;
using k8s;
using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Integrations.Kubernetes;

/// <summary>The ranges of <see cref="KubernetesOptions"/> (DataAnnotations).</summary>
[OptionsValidator]
internal sealed partial class KubernetesOptionsValidator : IValidateOptions<KubernetesOptions>;

/// <summary>The rules across fields: a kubeconfig that loads with the context named, and namespace names Kubernetes accepts. The
/// kubeconfig's contents never appear in a message: it holds credentials.</summary>
internal sealed partial class KubernetesOptionsCustomValidator : IValidateOptions<KubernetesOptions>
{
    public ValidateOptionsResult Validate(string? name, KubernetesOptions options)
    {
        if (!options.Enabled)
        {
            return options.Context.Length > 0 || options.Namespaces.Length > 0
                ? ValidateOptionsResult.Fail("FM_KUBERNETES_CONTEXT or FM_KUBERNETES_NAMESPACES is set without FM_KUBECONFIG.")
                : ValidateOptionsResult.Success;
        }

        if (options.AllowedNamespaces.FirstOrDefault(n => !Label().IsMatch(n)) is { } bad)
        {
            return ValidateOptionsResult.Fail($"FM_KUBERNETES_NAMESPACES holds '{(bad.Length > 63 ? bad[..63] : bad)}', which is not a namespace name: expected comma-separated names such as shop,payments.");
        }

        if (!File.Exists(options.KubeconfigPath))
        {
            return ValidateOptionsResult.Fail($"FM_KUBECONFIG names '{options.KubeconfigPath}', which is not a readable file.");
        }

        try
        {
            var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(options.KubeconfigPath, options.Context.Length > 0 ? options.Context : null);
            return Uri.TryCreate(config.Host, UriKind.Absolute, out var server) && server.Scheme is "http" or "https"
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("FM_KUBECONFIG: the cluster's server is not an http(s) URL.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever a malformed file throws is a configuration error, said in one line. The exception's message names what is missing
            // (a context, a cluster); it does not quote the file.
            return ValidateOptionsResult.Fail($"FM_KUBECONFIG '{options.KubeconfigPath}' cannot be used{(options.Context.Length > 0 ? $" with context '{options.Context}'" : "")}: {ex.GetType().Name}: {First(ex.Message)}");
        }
    }

    private static string First(string message)
    {
        var line = message.Split('\n')[0];
        return line.Length > 200 ? line[..200] : line;
    }

    [GeneratedRegex(@"^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex Label();
}
