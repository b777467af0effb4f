using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Common;

namespace FaultMaven.Core.Sources.Kubernetes;

/// <summary>One read of the cluster, written the way kubectl is: <c>describe pod/checkout-7d9 -n shop</c>, <c>get deployments</c>,
/// <c>events deployment/checkout</c>, <c>logs checkout-7d9 -c app --previous --tail 300 --since 30m</c>.</summary>
/// <param name="Verb">What is asked.</param>
/// <param name="Kind">The kind (logs: always a pod; events: the object's kind, or null for the whole namespace).</param>
/// <param name="Name">The object's name, or null (get: all of the kind).</param>
/// <param name="Namespace">The namespace, or null for the client's default.</param>
/// <param name="Container">logs: the container, or null for the pod's only one.</param>
/// <param name="TailLines">logs: how many of the last lines.</param>
/// <param name="SinceSeconds">logs: how far back, or null.</param>
/// <param name="Previous">logs: the previous (terminated) container's.</param>
public sealed partial record KubernetesRequest(KubernetesVerb Verb, KubernetesKind? Kind, string? Name, string? Namespace,
    string? Container = null, int TailLines = KubernetesRequest.DefaultTailLines, int? SinceSeconds = null, bool Previous = false)
{
    /// <summary>The longest request text accepted.</summary>
    public const int MaxLength = 500;

    /// <summary>The log lines read when no <c>--tail</c> is given.</summary>
    public const int DefaultTailLines = 200;

    /// <summary>The most log lines read.</summary>
    public const int MaxTailLines = 2000;

    /// <summary>The furthest back logs are read (<c>--since</c>), in seconds: 7 days.</summary>
    public const int MaxSinceSeconds = 7 * 24 * 3600;

    private const string Kinds = "pods, deployments, replicasets, services or nodes";

    /// <summary>Gets the kubectl command this request stands for, to show and to cite.</summary>
    public string Command
    {
        get
        {
            var text = new StringBuilder("kubectl ").Append(Verb.ToString().ToLowerInvariant());
            if (Verb == KubernetesVerb.Events && Kind is { } forKind)
            {
                text.Append(" --for ").Append(KindName(forKind)).Append('/').Append(Name);
            }
            else if (Verb == KubernetesVerb.Logs)
            {
                text.Append(' ').Append(Name);
            }
            else if (Kind is { } kind)
            {
                text.Append(' ').Append(KindName(kind)).Append(Name is null ? "s" : "/" + Name);
            }

            if (Namespace is not null && Kind != KubernetesKind.Node)
            {
                text.Append(" -n ").Append(Namespace);
            }

            if (Verb == KubernetesVerb.Logs)
            {
                text.Append(Container is null ? "" : " -c " + Container).Append(CultureInfo.InvariantCulture, $" --tail {TailLines}");
                text.Append(SinceSeconds is { } since ? $" --since {since}s" : "").Append(Previous ? " --previous" : "");
            }

            return text.ToString();
        }
    }

    /// <summary>The singular lower-case name of a kind, as kubectl writes it.</summary>
    public static string KindName(KubernetesKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses a kubectl-like request. Secrets and config maps are refused by name; every name is checked against
    /// Kubernetes's own naming rules, so nothing odd reaches a URL.</summary>
    public static Outcome<KubernetesRequest> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return Invalid($"kubernetes must be a request of 1 to {MaxLength} characters, e.g. 'describe pod/checkout-7d9 -n shop'.");
        }

        var words = text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 16)
        {
            return Invalid("kubernetes: too many words (at most 16).");
        }

        if (words[0] == "kubectl")
        {
            words = words[1..];
        }

        var positional = new List<string>();
        string? ns = null, container = null, forObject = null;
        int tail = DefaultTailLines;
        int? since = null;
        var previous = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var eq = word.StartsWith('-') ? word.IndexOf('=', StringComparison.Ordinal) : -1;
            var flag = eq > 0 ? word[..eq] : word;
            var inline = eq > 0 ? word[(eq + 1)..] : null;
            string? Value() => inline ?? (i + 1 < words.Length ? words[++i] : null);
            switch (flag)
            {
                case "-n" or "--namespace":
                    ns = Value();
                    if (ns is null || !Label().IsMatch(ns))
                    {
                        return Invalid("kubernetes: -n needs a namespace name (lower-case letters, digits and '-').");
                    }

                    break;
                case "-c" or "--container":
                    container = Value();
                    if (container is null || !Label().IsMatch(container))
                    {
                        return Invalid("kubernetes: -c needs a container name (lower-case letters, digits and '-').");
                    }

                    break;
                case "--tail":
                    if (!int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out tail) || tail is < 1 or > MaxTailLines)
                    {
                        return Invalid($"kubernetes: --tail must be 1 to {MaxTailLines} lines.");
                    }

                    break;
                case "--since":
                    var window = LiveSourceService.ParseWindow(Value() ?? "x");
                    if (!window.Succeeded || window.Value.TotalSeconds > MaxSinceSeconds)
                    {
                        return Invalid("kubernetes: --since must be a duration such as 30m, 2h or 1d, at most 7d.");
                    }

                    since = (int)window.Value.TotalSeconds;
                    break;
                case "-p" or "--previous":
                    previous = true;
                    break;
                case "--for":
                    forObject = Value();
                    break;
                default:
                    if (word.StartsWith('-'))
                    {
                        return Invalid($"kubernetes: unknown option '{Printable(word)}' (known: -n, -c, --tail, --since, --previous, --for).");
                    }

                    positional.Add(word);
                    break;
            }
        }

        if (positional.Count == 0)
        {
            return Invalid("kubernetes: say what to read: get, describe, events or logs.");
        }

        var verb = positional[0].ToLowerInvariant();
        var rest = positional.Skip(1).ToList();
        if (verb == "get" && rest.Count > 0 && rest[0] is "events" or "event" or "ev")
        {
            verb = "events";
            rest.RemoveAt(0);
        }

        if (forObject is not null)
        {
            rest.Insert(0, forObject);
        }

        return verb switch
        {
            "get" or "describe" => Object(verb == "get" ? KubernetesVerb.Get : KubernetesVerb.Describe, rest, ns),
            "events" => Events(rest, ns),
            "logs" or "log" => Logs(rest, ns, container, tail, since, previous),
            _ => Invalid($"kubernetes: '{Printable(positional[0])}' is not a read FaultMaven makes: get, describe, events or logs (it never changes the cluster)."),
        };
    }

    private static Outcome<KubernetesRequest> Object(KubernetesVerb verb, List<string> rest, string? ns)
    {
        if (rest.Count == 0)
        {
            return Invalid($"kubernetes: {verb.ToString().ToLowerInvariant()} needs a kind: {Kinds}.");
        }

        var target = Target(rest);
        if (!target.Succeeded)
        {
            return target.Failure;
        }

        var (kind, name) = target.Value;
        return verb == KubernetesVerb.Describe && name is null
            ? Invalid("kubernetes: describe needs an object's name, e.g. 'describe pod/checkout-7d9'.")
            : new KubernetesRequest(verb, kind, name, kind == KubernetesKind.Node ? null : ns);
    }

    private static Outcome<KubernetesRequest> Events(List<string> rest, string? ns)
    {
        if (rest.Count == 0)
        {
            return new KubernetesRequest(KubernetesVerb.Events, null, null, ns);
        }

        var target = Target(rest);
        if (!target.Succeeded)
        {
            return target.Failure;
        }

        return target.Value.Name is null
            ? Invalid("kubernetes: events of an object need its name, e.g. 'events pod/checkout-7d9'.")
            : new KubernetesRequest(KubernetesVerb.Events, target.Value.Kind, target.Value.Name, ns);
    }

    private static Outcome<KubernetesRequest> Logs(List<string> rest, string? ns, string? container, int tail, int? since, bool previous)
    {
        if (rest.Count is 0 or > 2)
        {
            return Invalid("kubernetes: logs needs one pod's name, e.g. 'logs checkout-7d9 --previous'.");
        }

        var target = rest.Count == 1 && !rest[0].Contains('/', StringComparison.Ordinal) ? Target(["pod", rest[0]]) : Target(rest);
        if (!target.Succeeded)
        {
            return target.Failure;
        }

        return target.Value.Kind != KubernetesKind.Pod || target.Value.Name is null
            ? Invalid("kubernetes: logs are read from a pod, e.g. 'logs pod/checkout-7d9'.")
            : new KubernetesRequest(KubernetesVerb.Logs, KubernetesKind.Pod, target.Value.Name, ns, container, tail, since, previous);
    }

    /// <summary><c>kind/name</c>, <c>kind name</c> or <c>kind</c>.</summary>
    private static Outcome<(KubernetesKind Kind, string? Name)> Target(List<string> rest)
    {
        var slash = rest[0].IndexOf('/', StringComparison.Ordinal);
        var kindWord = slash >= 0 ? rest[0][..slash] : rest[0];
        var name = slash >= 0 ? rest[0][(slash + 1)..] : rest.Count > 1 ? rest[1] : null;
        if (rest.Count > (slash >= 0 ? 1 : 2))
        {
            return new Failure(FailureKind.Invalid, "kubernetes: one object at a time (kind/name).");
        }

        var kind = ParseKind(kindWord);
        if (!kind.Succeeded)
        {
            return kind.Failure;
        }

        if (name is not null && !Subdomain().IsMatch(name))
        {
            return new Failure(FailureKind.Invalid, $"kubernetes: '{Printable(name)}' is not a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253).");
        }

        return (kind.Value, name);
    }

    /// <summary>A kind by any of kubectl's names for it (singular, plural, short, qualified by its group).</summary>
    public static Outcome<KubernetesKind> ParseKind(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var plain = word.ToLowerInvariant();
        plain = plain.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? plain[..dot] : plain;
        return plain switch
        {
            "pod" or "pods" or "po" => KubernetesKind.Pod,
            "deployment" or "deployments" or "deploy" => KubernetesKind.Deployment,
            "replicaset" or "replicasets" or "rs" => KubernetesKind.ReplicaSet,
            "service" or "services" or "svc" => KubernetesKind.Service,
            "node" or "nodes" or "no" => KubernetesKind.Node,
            "secret" or "secrets" or "configmap" or "configmaps" or "cm" =>
                new Failure(FailureKind.Invalid, "kubernetes: FaultMaven never reads secrets or config maps (their contents are credentials and settings, not evidence)."),
            _ => new Failure(FailureKind.Invalid, $"kubernetes: '{Printable(word)}' is not a kind FaultMaven reads: {Kinds}."),
        };
    }

    private static Failure Invalid(string detail) => new(FailureKind.Invalid, detail);

    private static string Printable(string text) => PrintableText.Of(text.Length > 60 ? text[..60] : text);

    [GeneratedRegex(@"^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$")]
    private static partial Regex Subdomain();
}
