using System.Text.Json.Serialization;

namespace FaultMaven.Server.Contracts;

/// <summary>A turn for the agent: a message with optional pasted evidence. (A body with <c>role</c> and <c>content</c> instead
/// records a turn verbatim, as before.)</summary>
/// <param name="Message">The question or remark, up to 100,000 characters.</param>
/// <param name="Files">Pasted text or page captures to attach; each becomes an upload of the case.</param>
/// <param name="Prometheus">A PromQL expression whose series over the window are fetched from the server's Prometheus and attached
/// as metrics evidence (needs FM_PROMETHEUS_URL and the live-sources flag).</param>
/// <param name="Since">How far back the window reaches: 30m, 2h, 1d (default 1h, at most 7d).</param>
/// <param name="Loki">A LogQL log query whose lines over the window are fetched from the server's Loki and attached as log evidence
/// (needs FM_LOKI_URL and the live-sources flag).</param>
/// <param name="Elasticsearch">A query string (Lucene syntax) whose hits over the window are fetched from the server's
/// Elasticsearch/OpenSearch and attached as log evidence (needs FM_ELASTICSEARCH_URL and the live-sources flag).</param>
/// <param name="Splunk">An SPL search whose events over the window are fetched from the server's Splunk and attached as log evidence
/// (needs FM_SPLUNK_URL and the live-sources flag).</param>
/// <param name="Kubernetes">A read-only request to the server's cluster, written like kubectl (<c>describe pod/checkout-7d9 -n shop</c>,
/// <c>logs checkout-7d9 --previous</c>, <c>events deployment/checkout</c>, <c>get pods</c>), attached as evidence (needs FM_KUBECONFIG and
/// the live-sources flag).</param>
public sealed record AgentTurnRequest(string? Message, List<DataPasteRequest>? Files, string? Prometheus = null, string? Since = null, string? Loki = null, string? Elasticsearch = null, string? Splunk = null, string? Kubernetes = null);

/// <summary>A turn body, of either kind: <c>{message, files?}</c> asks the agent; <c>{role, content, attachments?}</c> records a turn verbatim.</summary>
/// <param name="Message">The question for the agent.</param>
/// <param name="Files">Pasted text or page captures to attach to the question.</param>
/// <param name="Role">user or assistant: the role of a turn recorded verbatim.</param>
/// <param name="Content">The text of a turn recorded verbatim.</param>
/// <param name="Attachments">Upload ids a recorded turn refers to.</param>
/// <param name="Prometheus">A PromQL expression to fetch over the window as metrics evidence of the question.</param>
/// <param name="Since">How far back the window reaches: 30m, 2h, 1d (default 1h, at most 7d).</param>
/// <param name="Loki">A LogQL log query to fetch over the window as log evidence of the question.</param>
/// <param name="Elasticsearch">An Elasticsearch/OpenSearch query string to search over the window as log evidence of the question.</param>
/// <param name="Splunk">An SPL search to run over the window as log evidence of the question.</param>
/// <param name="Kubernetes">A read-only kubectl-like request to the server's cluster, attached as evidence of the question.</param>
public sealed record TurnBody(
    string? Message,
    List<DataPasteRequest>? Files,
    Core.Cases.TurnRole? Role,
    string? Content,
    List<string>? Attachments,
    string? Prometheus = null,
    string? Since = null,
    string? Loki = null,
    string? Elasticsearch = null,
    string? Splunk = null,
    string? Kubernetes = null)
{
    [JsonIgnore]
    public bool IsAgentTurn => Message is not null || Role is null && Content is null;
}
