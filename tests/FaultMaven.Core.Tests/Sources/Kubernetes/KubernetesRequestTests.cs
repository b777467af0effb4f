using FaultMaven.Core.Sources.Kubernetes;

namespace FaultMaven.Core.Tests.Sources.Kubernetes;

public sealed class KubernetesRequestTests
{
    [Theory]
    [InlineData("describe pod/checkout-7d9 -n shop", KubernetesVerb.Describe, KubernetesKind.Pod, "checkout-7d9", "shop", "kubectl describe pod/checkout-7d9 -n shop")]
    [InlineData("kubectl describe deploy checkout --namespace=shop", KubernetesVerb.Describe, KubernetesKind.Deployment, "checkout", "shop", "kubectl describe deployment/checkout -n shop")]
    [InlineData("get pods", KubernetesVerb.Get, KubernetesKind.Pod, null, null, "kubectl get pods")]
    [InlineData("get svc/api -n shop", KubernetesVerb.Get, KubernetesKind.Service, "api", "shop", "kubectl get service/api -n shop")]
    [InlineData("get nodes -n shop", KubernetesVerb.Get, KubernetesKind.Node, null, null, "kubectl get nodes")]
    [InlineData("get rs", KubernetesVerb.Get, KubernetesKind.ReplicaSet, null, null, "kubectl get replicasets")]
    [InlineData("get events -n shop", KubernetesVerb.Events, null, null, "shop", "kubectl events -n shop")]
    [InlineData("events --for pod/checkout-7d9", KubernetesVerb.Events, KubernetesKind.Pod, "checkout-7d9", null, "kubectl events --for pod/checkout-7d9")]
    [InlineData("logs checkout-7d9 -c app -p --tail=50 --since 1h", KubernetesVerb.Logs, KubernetesKind.Pod, "checkout-7d9", null, "kubectl logs checkout-7d9 -c app --tail 50 --since 3600s --previous")]
    public void Parse_ReadsKubectlSpellings(string text, KubernetesVerb verb, KubernetesKind? kind, string? name, string? ns, string command)
    {
        var parsed = KubernetesRequest.Parse(text);

        Assert.True(parsed.Succeeded, parsed.Succeeded ? null : parsed.Failure.Detail);
        Assert.Equal(verb, parsed.Value.Verb);
        Assert.Equal(kind, parsed.Value.Kind);
        Assert.Equal(name, parsed.Value.Name);
        Assert.Equal(ns, parsed.Value.Namespace);
        Assert.Equal(command, parsed.Value.Command);
    }

    [Theory]
    [InlineData("get secret", "never reads secrets")]
    [InlineData("get secrets.v1 -n kube-system", "never reads secrets")]
    [InlineData("describe configmap/app", "never reads secrets")]
    [InlineData("get CM", "never reads secrets")]
    [InlineData("events --for secret/x", "never reads secrets")]
    [InlineData("logs secret/x", "never reads secrets")]
    [InlineData("apply -f x.yaml", "unknown option")]
    [InlineData("exec checkout -- sh", "unknown option")]
    [InlineData("edit deploy/checkout", "not a read FaultMaven makes")]
    [InlineData("get ingresses", "not a kind FaultMaven reads")]
    [InlineData("describe pod/Checkout_1", "not a Kubernetes object name")]
    [InlineData("logs a b c", "one pod's name")]
    [InlineData("logs deployment/checkout", "logs are read from a pod")]
    [InlineData("logs checkout --since 8d", "at most 7d")]
    [InlineData("logs checkout --tail 0", "--tail must be 1 to 2000")]
    [InlineData("get pods -n", "-n needs a namespace name")]
    [InlineData("", "1 to 500 characters")]
    [InlineData("-n shop", "say what to read")]
    [InlineData("get pod a b c d", "one object at a time")]
    public void Parse_RefusesWhatItDoesNotRead(string text, string detail)
    {
        var parsed = KubernetesRequest.Parse(text);

        Assert.False(parsed.Succeeded);
        Assert.Contains(detail, parsed.Failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HostileInput_IsRefusedQuickly()
    {
        Assert.False(KubernetesRequest.Parse(new string('a', 501)).Succeeded);
        Assert.False(KubernetesRequest.Parse(string.Join(' ', Enumerable.Repeat("get", 17))).Succeeded);
        Assert.False(KubernetesRequest.Parse("describe pod/" + new string('a', 254)).Succeeded);
        Assert.False(KubernetesRequest.Parse("describe pod/a\u0000b").Succeeded);
    }
}
