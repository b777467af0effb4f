namespace FaultMaven.Core.Common;

/// <summary>The catalogue of feature flags; <c>FM_FEATURES</c> accepts these names only, and docs/CONFIGURATION.md lists them.</summary>
public static class FeatureFlags
{
    /// <summary>Gets the flag that lets the model call tools (knowledge search, the case's analyses and log lines); off, it answers from
    /// the evidence in its first request only.</summary>
    public static FeatureFlag ModelTools { get; } = new("model-tools", DefaultOn: true,
        "The language model may call tools (knowledge search, the case's analyses and log lines) while it investigates; off, it is asked once, without tools, and answers from the evidence its first request carries.");

    /// <summary>Gets the flag that lets the agent query live sources (Prometheus, Loki, Elasticsearch/OpenSearch, Splunk) during an investigation.</summary>
    public static FeatureFlag LiveSources { get; } = new("live-sources", DefaultOn: false,
        "The agent queries live sources during an investigation: Prometheus at FM_PROMETHEUS_URL (a turn's prometheus query, firing alerts' expressions, a service the question names, the model's query_prometheus tool) and the log stores at FM_LOKI_URL, FM_ELASTICSEARCH_URL and FM_SPLUNK_URL (a turn's loki, elasticsearch or splunk query, a service the question names, the model's query_loki, search_elasticsearch and search_splunk tools); Kubernetes through FM_KUBECONFIG, read-only (a turn's kubernetes request, deployments and pods a question names, the model's kubernetes_* tools).");

    /// <summary>Gets the flag that lets a language model's answer be given again to an alike question of the same team on the same
    /// evidence (<see cref="Agent.SemanticCache.SemanticAnswerCache"/>).</summary>
    public static FeatureFlag SemanticCache { get; } = new("semantic-cache", DefaultOn: false,
        "A language model's answer is given again, without asking the model, to a question of the same team at least FM_SEMANTIC_CACHE_THRESHOLD alike on the same evidence. Needs embeddings: with FM_EMBEDDINGS=off it stays off (/health/ready says so under components.semantic-cache).");

    /// <summary>Gets every flag, in the order they are documented.</summary>
    public static IReadOnlyList<FeatureFlag> All { get; } = [ModelTools, LiveSources, SemanticCache];

    /// <summary>Returns the flag with the given name (ignoring case), or null.</summary>
    public static FeatureFlag? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
