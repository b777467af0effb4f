namespace FaultMaven.Server.Slo;

/// <summary>The endpoint groups objectives are set for. Each API request's duration measurement carries its group in the tag
/// <see cref="TagName"/> (<c>faultmaven_endpoint_group</c> on /metrics), so the in-process counters and the Prometheus rules select
/// the same requests by the same label.</summary>
internal static class EndpointGroups
{
    /// <summary>The tag added to <c>http.server.request.duration</c>.</summary>
    public const string TagName = "faultmaven.endpoint.group";

    /// <summary>Every API route not in another group.</summary>
    public const string Api = "api";

    /// <summary>Uploads: evidence to a case, documents to the knowledge base (imported, in bulk or replaced). Their request duration
    /// includes the time the client takes to send the body; the upload objective judges the server's part, from the body's last byte
    /// to the answer (<see cref="EndpointGroupTagging.UploadServerDuration"/>), against the upload threshold.</summary>
    public const string Upload = "upload";

    /// <summary>Knowledge-base searches.</summary>
    public const string KnowledgeSearch = "knowledge-search";

    /// <summary>Agent turns: a case's turns (asked or recorded) and one-shot queries.</summary>
    public const string AgentTurn = "agent-turn";

    /// <summary>Endpoints of a group other than <see cref="Api"/>, by their names (the OpenAPI operation ids, fixed by the contract test).</summary>
    public static IReadOnlyDictionary<string, string> ByEndpointName { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UploadData"] = Upload,
        ["ImportDocument"] = Upload,
        ["ImportDocuments"] = Upload,
        ["UpdateDocument"] = Upload,
        ["SearchKnowledge"] = KnowledgeSearch,
        ["AppendTurn"] = AgentTurn,
        ["AgentQuery"] = AgentTurn,
    };

    /// <summary>The group of <paramref name="endpoint"/>, or null when it is not an API route (health, metrics, the web app, no route).</summary>
    public static string? Of(Endpoint? endpoint)
    {
        if (endpoint is not RouteEndpoint route || route.RoutePattern.RawText is not { } pattern
            || !pattern.StartsWith("/api/v1/", StringComparison.Ordinal))
        {
            return null;
        }

        var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        return name is not null && ByEndpointName.TryGetValue(name, out var group) ? group : Api;
    }
}
