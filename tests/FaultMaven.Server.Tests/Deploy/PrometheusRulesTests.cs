using System.Diagnostics;
using System.Globalization;
using FaultMaven.Server.Slo;
using FaultMaven.Testing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FaultMaven.Server.Tests.Deploy;

/// <summary>deploy/prometheus/: the SLO rules pass <c>promtool check rules</c> and their unit tests (<c>promtool test rules</c>), state the
/// server's default objectives and conditions, and select series a real server exports.</summary>
public sealed class PrometheusRulesTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "deploy", "prometheus");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PromtoolCheckRules_AcceptsTheRules()
    {
        var (exitCode, output) = await PromtoolAsync("check", "rules", "faultmaven-slo.rules.yml");

        Assert.True(exitCode == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromtoolTestRules_WarnsThenPagesAsTheBudgetBurns_ButNotOnTooFewRequests()
    {
        var (exitCode, output) = await PromtoolAsync("test", "rules", "faultmaven-slo.rules.test.yml");

        Assert.True(exitCode == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_StateTheServersDefaultObjectivesAndConditions()
    {
        var failures = new List<string>();
        var defaults = SloSettings.Parse(new SloOptions(), failures);
        Assert.Empty(failures);
        var rules = Rules();

        foreach (var objective in defaults.Objectives)
        {
            var budget = Assert.Single(rules, r => r.Record == "faultmaven:slo_error_budget:ratio" && r.Labels?["objective"] == objective.Name);
            Assert.Equal($"vector({Math.Round(objective.ErrorBudget, 6).ToString(CultureInfo.InvariantCulture)})", budget.Expr!.Trim());
            foreach (var window in defaults.BurnWindows.Select(SloDurations.Format))
            {
                var errors = Assert.Single(rules, r => r.Record == $"faultmaven:slo_errors:ratio_rate{window}" && r.Labels?["objective"] == objective.Name);
                Assert.Contains($"[{window}]", errors.Expr, StringComparison.Ordinal);
                Assert.Contains(objective.Group is null ? "faultmaven_endpoint_group!=\"\"" : $"faultmaven_endpoint_group=\"{objective.Group}\"", errors.Expr, StringComparison.Ordinal);
                if (objective.Threshold is { } threshold)
                {
                    Assert.Contains($"le=\"{SloThresholds.Le(threshold)}\"", errors.Expr, StringComparison.Ordinal);
                    // A latency objective counts neither 408 nor 499, in the whole nor in the good (as the server does: SloObjective.Counts).
                    Assert.Contains($"faultmaven_endpoint_group=\"{objective.Group}\",http_response_status_code!~\"{SloObjective.ClientTimedStatuses}\"}}", errors.Expr, StringComparison.Ordinal);
                    Assert.Contains($"http_response_status_code!~\"5..|{SloObjective.ClientTimedStatuses}\"}}", errors.Expr, StringComparison.Ordinal);
                }
            }
        }

        var alerts = rules.Where(r => r.Alert == SloAlertSender.AlertName).ToList();
        var critical = Assert.Single(alerts, a => a.Labels?["severity"] == "critical");
        var warning = Assert.Single(alerts, a => a.Labels?["severity"] == "warning");
        foreach (var (conditions, alert) in new[] { (defaults.Page, critical), (defaults.Ticket, warning) })
        {
            foreach (var condition in conditions)
            {
                var factor = condition.Factor.ToString(CultureInfo.InvariantCulture);
                Assert.Contains($"faultmaven:slo_errors:ratio_rate{SloDurations.Format(condition.Long)} > on(objective) ({factor} * faultmaven:slo_error_budget:ratio)", alert.Expr, StringComparison.Ordinal);
                Assert.Contains($"faultmaven:slo_errors:ratio_rate{SloDurations.Format(condition.Short)} > on(objective) ({factor} * faultmaven:slo_error_budget:ratio)", alert.Expr, StringComparison.Ordinal);
                Assert.Contains($"faultmaven:slo_requests:increase{SloDurations.Format(condition.Long)} >= {defaults.MinRequests.ToString(CultureInfo.InvariantCulture)}", alert.Expr, StringComparison.Ordinal);
            }
        }

        // The warm-up counts the requests of each condition's long window, as the server does (FM_SLO_MIN_REQUESTS).
        foreach (var window in defaults.Page.Concat(defaults.Ticket).Select(c => SloDurations.Format(c.Long)).Distinct())
        {
            foreach (var objective in defaults.Objectives)
            {
                var requests = Assert.Single(rules, r => r.Record == $"faultmaven:slo_requests:increase{window}" && r.Labels?["objective"] == objective.Name);
                Assert.Equal(
                    $"sum(increase(http_server_request_duration_seconds_count{{{(objective.Group is null ? "faultmaven_endpoint_group!=\"\"" : $"faultmaven_endpoint_group=\"{objective.Group}\",http_response_status_code!~\"{SloObjective.ClientTimedStatuses}\"")}}}[{window}]))",
                    requests.Expr!.Trim());
            }
        }
    }

    [Fact]
    public async Task Rules_SelectSeriesARealServerExports()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        var session = await (await server.Client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token)).ReadJsonAsync(Token);
        var caseId = (await (await server.Client.PostJsonAsync("/api/v1/cases", new { title = "payments", sessionId = session.GetProperty("id").GetString() }, Token)).ReadJsonAsync(Token))
            .GetProperty("id").GetString();
        (await server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new { content = "2026-05-02T10:00:01Z ERROR payments: connection refused\n", filename = "payments.log" }, Token)).EnsureSuccessStatusCode();
        (await server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "why is payments failing?" }, Token)).EnsureSuccessStatusCode();
        (await server.Client.GetAsync("/api/v1/knowledge/search?q=payments", Token)).EnsureSuccessStatusCode();

        var exposition = await server.Client.GetStringAsync("/metrics", Token);
        var lines = exposition.Split('\n');
        var defaults = SloSettings.Parse(new SloOptions(), []);
        foreach (var objective in defaults.Objectives.Where(o => o.Group is not null))
        {
            Assert.True(lines.Any(l => l.StartsWith("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal)
                    && l.Contains($"faultmaven_endpoint_group=\"{objective.Group}\"", StringComparison.Ordinal)
                    && l.Contains($"le=\"{SloThresholds.Le(objective.Threshold!.Value)}\"", StringComparison.Ordinal)),
                $"no bucket of {objective.Group} at le={SloThresholds.Le(objective.Threshold!.Value)} on /metrics:\n{exposition}");
        }

        // The upload objective's good requests are read from the uploads' server part, bucketed at the same bounds (the case data above).
        var upload = defaults.Objectives.Single(o => o.Group == EndpointGroups.Upload);
        Assert.True(lines.Any(l => l.StartsWith("faultmaven_http_server_upload_duration_seconds_bucket{", StringComparison.Ordinal)
                && l.Contains("faultmaven_endpoint_group=\"upload\"", StringComparison.Ordinal)
                && l.Contains($"le=\"{SloThresholds.Le(upload.Threshold!.Value)}\"", StringComparison.Ordinal)),
            $"no bucket of the uploads' server part on /metrics:\n{exposition}");

        // The health probe is not an API request: it carries no group, so no objective counts it.
        Assert.DoesNotContain(lines, l => l.Contains("http_route=\"/health/ready\"", StringComparison.Ordinal) && l.Contains("faultmaven_endpoint_group", StringComparison.Ordinal));
        foreach (var objective in defaults.Objectives)
        {
            Assert.Contains(lines, l => l.StartsWith($"faultmaven_slo_state{{", StringComparison.Ordinal) && l.Contains($"objective=\"{objective.Name}\"", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith($"faultmaven_slo_error_budget_remaining{{", StringComparison.Ordinal) && l.Contains($"objective=\"{objective.Name}\"", StringComparison.Ordinal));
        }
    }

    private static List<Rule> Rules()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var file = deserializer.Deserialize<RuleFile>(File.ReadAllText(Path.Combine(Folder, "faultmaven-slo.rules.yml")));
        return [.. file.Groups.SelectMany(g => g.Rules)];
    }

    private static async Task<(int ExitCode, string Output)> PromtoolAsync(params string[] arguments)
    {
        var promtool = new[] { "/usr/bin", "/usr/local/bin" }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            .Select(folder => Path.Combine(folder, "promtool")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("promtool is not installed (test.sh installs it: apt-get install prometheus).");
        var start = new ProcessStartInfo(promtool) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var error = process.StandardError.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token);
        return (process.ExitCode, await output + await error);
    }

    private sealed class RuleFile
    {
        public List<RuleGroup> Groups { get; set; } = [];
    }

    private sealed class RuleGroup
    {
        public string Name { get; set; } = "";

        public List<Rule> Rules { get; set; } = [];
    }

    private sealed class Rule
    {
        public string? Record { get; set; }

        public string? Alert { get; set; }

        public string? Expr { get; set; }

        public Dictionary<string, string>? Labels { get; set; }

        public Dictionary<string, string>? Annotations { get; set; }
    }
}
