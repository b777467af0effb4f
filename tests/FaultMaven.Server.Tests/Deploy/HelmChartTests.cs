using System.Text.RegularExpressions;
using FaultMaven.Server.Configuration;
using YamlDotNet.RepresentationModel;

namespace FaultMaven.Server.Tests.Deploy;

/// <summary>deploy/helm/faultmaven, rendered by <see cref="HelmTemplates"/> (no helm binary here) and read back as Kubernetes objects:
/// every template is YAML for its values, the objects the chart promises are there and point at each other, probes, ports, secrets
/// and the non-root read-only container are as the server needs them, and every FM_* name the chart uses is one the server reads.</summary>
public sealed partial class HelmChartTests
{
    private const string Release = "fm";

    private static readonly string Chart = Path.Combine(Repository.Root, "deploy", "helm", "faultmaven");

    public static TheoryData<string> ValueSets() => new() { "defaults", "ingress on, autoscaling and policies off" };

    [Theory]
    [MemberData(nameof(ValueSets))]
    public void EveryTemplate_RendersToKubernetesObjects(string valueSet)
    {
        var objects = Render(valueSet);

        Assert.NotEmpty(objects);
        Assert.All(objects, o =>
        {
            Assert.False(string.IsNullOrEmpty(Text(o, "apiVersion")));
            Assert.Equal(Release, Text(o, "metadata", "name"));
            Assert.Equal("faultmaven", Text(o, "metadata", "labels", "app.kubernetes.io/name"));
        });
        var kinds = objects.Select(o => Text(o, "kind")).Order().ToList();
        Assert.Equal(valueSet == "defaults"
            ? ["Deployment", "HorizontalPodAutoscaler", "NetworkPolicy", "PodDisruptionBudget", "Service"]
            : ["Deployment", "Ingress", "Service"], kinds);
    }

    [Fact]
    public void Deployment_ProbesPortsAndReplicas()
    {
        var deployment = Single(Render("defaults"), "Deployment");
        var container = Container(deployment);

        Assert.Equal("/health/live", Text(container, "livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", Text(container, "readinessProbe", "httpGet", "path"));
        Assert.Equal("http", Text(container, "readinessProbe", "httpGet", "port"));
        var port = Assert.Single(Sequence(container, "ports").Cast<YamlMappingNode>());
        Assert.Equal("http", Text(port, "name"));
        Assert.Equal(Env(container)["FM_PORT"], Text(port, "containerPort"));
        Assert.Equal("0.0.0.0", Env(container)["FM_HOST"]);
        Assert.Equal("1Gi", Text(container, "resources", "limits", "memory"));
        // With the autoscaler on it owns the replica count; without it the chart sets it.
        Assert.False(Map(deployment, "spec").Children.ContainsKey(new YamlScalarNode("replicas")));
        Assert.Equal("2", Text(Single(Render("ingress on, autoscaling and policies off"), "Deployment"), "spec", "replicas"));
    }

    [Fact]
    public void Deployment_RunsAsNonRoot_OnAReadOnlyRoot_WritingOnlyItsVolumes()
    {
        var deployment = Single(Render("defaults"), "Deployment");
        var pod = Map(deployment, "spec", "template", "spec");
        var container = Container(deployment);

        Assert.Equal("true", Text(pod, "securityContext", "runAsNonRoot"));
        Assert.NotEqual("0", Text(pod, "securityContext", "runAsUser"));
        Assert.Equal("true", Text(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal("false", Text(container, "securityContext", "allowPrivilegeEscalation"));
        // The server writes FM_DATA_DIR and the temporary directory (uploads in flight, redaction spools): both must be volumes.
        var mounts = Sequence(container, "volumeMounts").Cast<YamlMappingNode>().Select(m => Text(m, "mountPath")).ToList();
        Assert.Contains(Env(container)["FM_DATA_DIR"], mounts);
        Assert.Contains("/tmp", mounts);
    }

    [Fact]
    public void Secrets_AreMountedFiles_NamedByTheServersFileVariables()
    {
        var deployment = Single(Render("defaults"), "Deployment");
        var container = Container(deployment);
        var env = Env(container);
        var secretVolume = Sequence(deployment, "spec", "template", "spec", "volumes").Cast<YamlMappingNode>().Single(v => Text(v, "name") == "secrets");
        var keys = Sequence(secretVolume, "secret", "items").Cast<YamlMappingNode>().Select(i => Text(i, "path")).ToHashSet();
        var mountPath = Sequence(container, "volumeMounts").Cast<YamlMappingNode>().Single(m => Text(m, "name") == "secrets");

        Assert.Equal("true", Text(mountPath, "readOnly"));
        Assert.All(SecretVariables.Names, name => Assert.False(env.ContainsKey(name), $"{name} is set in plain text; use {name}_FILE"));
        foreach (var name in new[] { "FM_POSTGRES", "FM_REDIS", "FM_PRIVACY_KEY", "FM_BOOTSTRAP_ADMIN_KEY" })
        {
            var file = env[name + SecretVariables.FileSuffix];
            Assert.StartsWith(Text(mountPath, "mountPath") + "/", file, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(file), keys);
        }
    }

    [Fact]
    public void ServiceAutoscalerBudgetAndPolicy_PointAtTheDeploymentsPods()
    {
        var objects = Render("defaults");
        var deployment = Single(objects, "Deployment");
        var podLabels = Map(deployment, "spec", "template", "metadata", "labels");
        var selector = Map(deployment, "spec", "selector", "matchLabels");

        Assert.Equal(Pairs(selector), Pairs(Map(Single(objects, "Service"), "spec", "selector")));
        Assert.Equal(Pairs(selector), Pairs(Map(Single(objects, "PodDisruptionBudget"), "spec", "selector", "matchLabels")));
        Assert.Equal(Pairs(selector), Pairs(Map(Single(objects, "NetworkPolicy"), "spec", "podSelector", "matchLabels")));
        Assert.All(Pairs(selector), pair => Assert.Contains(pair, Pairs(podLabels)));
        Assert.Equal("http", Text(Assert.Single(Sequence(Single(objects, "Service"), "spec", "ports").Cast<YamlMappingNode>()), "targetPort"));
        var hpa = Single(objects, "HorizontalPodAutoscaler");
        Assert.Equal("Deployment", Text(hpa, "spec", "scaleTargetRef", "kind"));
        Assert.Equal(Text(deployment, "metadata", "name"), Text(hpa, "spec", "scaleTargetRef", "name"));
        Assert.Equal("autoscaling/v2", Text(hpa, "apiVersion"));
        Assert.Equal("policy/v1", Text(Single(objects, "PodDisruptionBudget"), "apiVersion"));
        var policy = Single(objects, "NetworkPolicy");
        Assert.Equal(["Ingress", "Egress"], Sequence(policy, "spec", "policyTypes").Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal(Env(Container(deployment))["FM_PORT"], Text((YamlMappingNode)Sequence((YamlMappingNode)Sequence(policy, "spec", "ingress")[0], "ports")[0], "port"));
        var ingress = Single(Render("ingress on, autoscaling and policies off"), "Ingress");
        var backend = Map((YamlMappingNode)Sequence((YamlMappingNode)Sequence(ingress, "spec", "rules")[0], "http", "paths")[0], "backend", "service");
        Assert.Equal(Release, Text(backend, "name"));
        Assert.Equal("http", Text(backend, "port", "name"));
    }

    [Fact]
    public void EveryFmVariableInTheChart_IsOneTheServerReads()
    {
        var files = Directory.GetFiles(Chart, "*", SearchOption.AllDirectories);
        var named = files.SelectMany(f => FmName().Matches(File.ReadAllText(f)).Select(m => m.Value)).ToHashSet();
        var set = Env(Container(Single(Render("defaults"), "Deployment"))).Keys;

        Assert.Contains("FM_POSTGRES", named);
        Assert.All(named.Concat(set), name => Assert.True(
            ConfigurationVariables.Find(name) is not null
            || (name.EndsWith(SecretVariables.FileSuffix, StringComparison.Ordinal) && SecretVariables.Contains(name[..^SecretVariables.FileSuffix.Length])),
            $"{name} is not in the server's configuration table (src/FaultMaven.Server/Configuration/ConfigurationVariables.cs)"));
    }

    private static List<YamlMappingNode> Render(string valueSet)
    {
        var overrides = valueSet == "defaults" ? null : new Dictionary<string, string>
        {
            ["ingress.enabled"] = "true", ["autoscaling.enabled"] = "false", ["podDisruptionBudget.enabled"] = "false", ["networkPolicy.enabled"] = "false",
        };
        var templates = HelmTemplates.Load(Chart, Release, overrides);
        var objects = new List<YamlMappingNode>();
        foreach (var file in Directory.GetFiles(Path.Combine(Chart, "templates"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(templates.Render(File.ReadAllText(file))));
            }
            catch (YamlDotNet.Core.YamlException ex)
            {
                Assert.Fail($"{Path.GetFileName(file)} did not render to YAML ({valueSet}): {ex.Message}");
            }

            objects.AddRange(stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>());
        }

        return objects;
    }

    private static YamlMappingNode Single(List<YamlMappingNode> objects, string kind) => Assert.Single(objects, o => Text(o, "kind") == kind);

    private static YamlMappingNode Container(YamlMappingNode deployment) =>
        (YamlMappingNode)Assert.Single(Sequence(deployment, "spec", "template", "spec", "containers"));

    private static Dictionary<string, string> Env(YamlMappingNode container) =>
        Sequence(container, "env").Cast<YamlMappingNode>().ToDictionary(e => Text(e, "name"), e => Text(e, "value"));

    private static HashSet<(string, string)> Pairs(YamlMappingNode map) =>
        map.Children.Select(c => (((YamlScalarNode)c.Key).Value!, ((YamlScalarNode)c.Value).Value!)).ToHashSet();

    private static YamlMappingNode Map(YamlMappingNode node, params string[] path) => (YamlMappingNode)Node(node, path);

    private static YamlSequenceNode Sequence(YamlMappingNode node, params string[] path) => (YamlSequenceNode)Node(node, path);

    private static string Text(YamlMappingNode node, params string[] path) => ((YamlScalarNode)Node(node, path)).Value ?? "";

    private static YamlNode Node(YamlMappingNode node, string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            Assert.True(current is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode(key)), $"no '{key}' in {string.Join('.', path)}");
            current = ((YamlMappingNode)current)[key];
        }

        return current;
    }

    [GeneratedRegex(@"\bFM_[A-Z0-9_]+")]
    private static partial Regex FmName();
}
