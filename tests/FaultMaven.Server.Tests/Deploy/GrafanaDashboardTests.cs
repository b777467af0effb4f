using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Deploy;

/// <summary>deploy/grafana/faultmaven.json against a real server's /metrics: the dashboard parses, and every metric its queries name is
/// one the server exposes once it has served sessions, cases, uploads, a model-backed turn, a knowledge search and a rate-limit
/// refusal.</summary>
public sealed partial class GrafanaDashboardTests
{
    // Prometheus adds "up" for every target it scrapes; the server cannot expose it and the health panel rests on it.
    private static readonly HashSet<string> PrometheusOwn = ["up"];

    private static readonly HashSet<string> PromQlWords = ["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Dashboard_IsGrafanaJson_WithADatasourceVariable_AndQueriesOnEveryPanel()
    {
        var dashboard = Dashboard();

        Assert.Equal("faultmaven", dashboard.GetProperty("uid").GetString());
        Assert.Contains(dashboard.GetProperty("templating").GetProperty("list").EnumerateArray(), v => v.GetProperty("type").GetString() == "datasource");
        var panels = Panels(dashboard).Where(p => p.GetProperty("type").GetString() != "row").ToList();
        Assert.NotEmpty(panels);
        Assert.All(panels, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("title").GetString()));
            Assert.NotEmpty(Queries(p));
            Assert.Equal("${datasource}", p.GetProperty("datasource").GetProperty("uid").GetString());
        });
        var ids = panels.Select(p => p.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task EveryQuery_NamesOnlyMetricsTheServerExposes()
    {
        await using var llm = await ScriptedLlmServer.StartAsync(Token);
        llm.Otherwise = LlmStep.Reply("{\"root_cause\": \"ledger-db refuses connections\", \"category\": \"dependency_failure\"}");
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_OPENAI_API_KEY"] = "sk-test", ["FM_OPENAI_URL"] = llm.OpenAIEndpoint.ToString(), ["FM_LLM_PRICES"] = "scripted-gpt=2/10",
            ["FM_RATE_LIMIT_CREATE_PER_MINUTE"] = "6",
        }, cancellationToken: Token);
        await ExerciseAsync(server.Client);

        var exposition = await server.Client.GetStringAsync("/metrics", Token);
        var exposed = ExposedNames(exposition);
        var queried = Panels(Dashboard()).SelectMany(Queries).SelectMany(MetricNames).ToHashSet();

        Assert.All(queried, name => Assert.True(exposed.Contains(name) || PrometheusOwn.Contains(name),
            $"the dashboard queries {name}, which /metrics does not expose; it exposes: {string.Join(", ", exposed.Order())}"));
        // A label the server does not put on a series gives an empty panel as surely as a wrong name does.
        var labels = ExposedLabels(exposition);
        var grouped = Panels(Dashboard()).SelectMany(Queries).SelectMany(LabelNames).ToHashSet();
        Assert.All(grouped, label => Assert.True(labels.Contains(label),
            $"the dashboard selects or groups by the label {label}, which no series on /metrics carries; they carry: {string.Join(", ", labels.Order())}"));
        // Each topic the dashboard is for has at least one panel on the metric that carries it.
        Assert.Superset(new HashSet<string>
        {
            "http_server_request_duration_seconds_bucket", "http_server_request_duration_seconds_count", "faultmaven_http_rate_limited_total",
            "faultmaven_agent_turns_total", "faultmaven_llm_tokens_total", "faultmaven_data_upload_size_bytes_sum",
            "faultmaven_data_process_duration_seconds_bucket", "faultmaven_knowledge_search_duration_seconds_bucket", "up",
            "faultmaven_slo_state", "faultmaven_slo_error_budget_remaining", "faultmaven_slo_burn_rate",
        }, queried);
    }

    private static async Task ExerciseAsync(HttpClient client)
    {
        var session = await (await client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token)).ReadJsonAsync(Token);
        var caseId = (await (await client.PostJsonAsync("/api/v1/cases", new { title = "payments", sessionId = session.GetProperty("id").GetString() }, Token)).ReadJsonAsync(Token))
            .GetProperty("id").GetString();
        const string Log = "2026-05-02T10:00:00Z INFO payments starting\n2026-05-02T10:00:01Z ERROR payments: connection refused to ledger-db:5432\n";
        using var upload = await client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new { content = Log, filename = "payments.log" }, Token);
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync(Token));
        using var turn = await client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "why is payments failing?" }, Token);
        Assert.True(turn.IsSuccessStatusCode, await turn.Content.ReadAsStringAsync(Token));
        (await client.GetAsync("/api/v1/knowledge/search?q=ledger", Token)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/cases/case_missing", Token)).StatusCode);
        (await client.GetAsync("/health/ready", Token)).EnsureSuccessStatusCode();
        for (var i = 0; i < 20 && (await client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token)).StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
        }
    }

    /// <summary>The names of the samples in a Prometheus text exposition (histograms as their _bucket, _sum and _count series).</summary>
    private static HashSet<string> ExposedNames(string exposition) =>
        exposition.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => SampleName().Match(l).Value).ToHashSet();

    /// <summary>The label names on the samples of an exposition, with those Prometheus adds (job, instance) to every series it scrapes.</summary>
    private static HashSet<string> ExposedLabels(string exposition) =>
        [.. exposition.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).SelectMany(l => LabelInSample().Matches(l).Select(m => m.Groups["name"].Value)), "job", "instance"];

    /// <summary>The labels an expression matches on or groups by, less those it makes itself with label_replace.</summary>
    private static IEnumerable<string> LabelNames(string expression)
    {
        var made = LabelReplaceTarget().Matches(expression).Select(m => m.Groups["name"].Value).ToHashSet();
        var unquoted = Quoted().Replace(expression, "\"\"");
        var matched = Matchers().Matches(unquoted).SelectMany(m => LabelInMatcher().Matches(m.Value).Select(l => l.Groups["name"].Value));
        var grouping = Grouping().Matches(unquoted).SelectMany(m => m.Value[(m.Value.IndexOf('(', StringComparison.Ordinal) + 1)..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return matched.Concat(grouping).Where(l => !made.Contains(l));
    }

    /// <summary>The metric names a PromQL expression selects: identifiers left once strings, label matchers, grouping clauses, range
    /// durations and Grafana variables are taken out, that are not functions, keywords or numbers.</summary>
    private static IEnumerable<string> MetricNames(string expression)
    {
        var bare = Quoted().Replace(expression, "");
        bare = Matchers().Replace(bare, " ");
        bare = Grouping().Replace(bare, " ");
        bare = Ranges().Replace(bare, " ");
        bare = GrafanaVariable().Replace(bare, " ");
        foreach (Match identifier in Identifier().Matches(bare))
        {
            var rest = bare[(identifier.Index + identifier.Length)..].TrimStart();
            if (!rest.StartsWith('(') && !PromQlWords.Contains(identifier.Value.ToLowerInvariant()))
            {
                yield return identifier.Value;
            }
        }
    }

    private static JsonElement Dashboard() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "deploy", "grafana", "faultmaven.json"))).RootElement;

    private static IEnumerable<JsonElement> Panels(JsonElement container) =>
        container.TryGetProperty("panels", out var panels)
            ? panels.EnumerateArray().SelectMany(p => Panels(p).Prepend(p))
            : [];

    private static List<string> Queries(JsonElement panel) =>
        panel.TryGetProperty("targets", out var targets) ? [.. targets.EnumerateArray().Select(t => t.GetProperty("expr").GetString()!)] : [];

    [GeneratedRegex(@"[{,](?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""")]
    private static partial Regex LabelInSample();

    [GeneratedRegex(@"(?<name>[a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)")]
    private static partial Regex LabelInMatcher();

    [GeneratedRegex(@"label_replace\(.*?,\s*""(?<name>\w+)""")]
    private static partial Regex LabelReplaceTarget();

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex SampleName();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\$\{?\w+\}?")]
    private static partial Regex GrafanaVariable();

    [GeneratedRegex(@"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifier();
}
