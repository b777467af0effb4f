namespace FaultMaven.Core.Sources.Kubernetes;

/// <summary>The kinds FaultMaven reads. Secrets and config maps are deliberately absent: their contents are never fetched.</summary>
public enum KubernetesKind
{
    /// <summary>A pod (<c>pod</c>, <c>pods</c>, <c>po</c>).</summary>
    Pod,

    /// <summary>A deployment (<c>deployment</c>, <c>deploy</c>).</summary>
    Deployment,

    /// <summary>A ReplicaSet (<c>replicaset</c>, <c>rs</c>).</summary>
    ReplicaSet,

    /// <summary>A service (<c>service</c>, <c>svc</c>).</summary>
    Service,

    /// <summary>A node (<c>node</c>, <c>no</c>); cluster-scoped.</summary>
    Node,
}

/// <summary>What can be asked of the cluster.</summary>
public enum KubernetesVerb
{
    /// <summary>List objects of a kind (or one by name) as a table.</summary>
    Get,

    /// <summary>One object with its status, conditions and events.</summary>
    Describe,

    /// <summary>The events of a namespace or of one object.</summary>
    Events,

    /// <summary>A pod's container log lines.</summary>
    Logs,
}
