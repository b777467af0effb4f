using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Agent.Model;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>What the model's first request carries (issue 16), on constructed evidence: a small upload whole, the one line that names the
/// cause among 20,000 with its line label, a 40 MB upload within the budget, labels that name the lines they hold, and a model that
/// refuses tools still answering from that first request.</summary>
public sealed partial class ContextBuilderTests : IAsyncLifetime
{
    private ScriptedLlmServer? _llm;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _llm = await ScriptedLlmServer.StartAsync(Token);

    public async ValueTask DisposeAsync() => await _llm!.DisposeAsync();

    [Fact]
    public async Task SmallUpload_ReachesTheFirstRequestWhole()
    {
        var lines = Enumerable.Range(1, 40).Select(i => $"2026-05-02T10:00:{i % 60:00}Z INFO  billing: step {i} of the nightly close, batch b-{i * 7919 % 1000:000}").ToList();
        await using var server = await StartAsync();

        await AskAsync(server, "what happened to billing?", ("billing.log", string.Join('\n', lines) + "\n"));

        var first = FirstRequestText();
        Assert.All(lines, line => Assert.Contains(line, first, StringComparison.Ordinal));
        Assert.Matches(@"=== upload dat_[0-9a-f]+ ""billing.log"" — whole ===", first);
        Assert.Contains("[upload:", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneCauseLineIn20000_ReachesTheFirstRequest_WithItsLineLabel()
    {
        const string cause = "orders: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=187)";
        var log = new StringBuilder();
        for (var i = 1; i <= 20_000; i++)
        {
            log.Append(CultureInfo.InvariantCulture, $"2026-05-02T10:{i / 600 % 60:00}:{i / 10 % 60:00}Z INFO  orders: handled GET /orders/{i * 31 % 9973} in {i % 90 + 5}ms\n");
            if (i == 12_999)
            {
                log.Append(CultureInfo.InvariantCulture, $"2026-05-02T10:21:39Z INFO  {cause}\n");
                i++;
            }
        }

        await using var server = await StartAsync();

        await AskAsync(server, "why are orders slow?", ("orders.log", log.ToString()));

        var first = FirstRequestText();
        Assert.Contains($"13000| 2026-05-02T10:21:39Z INFO  {cause}", first, StringComparison.Ordinal);
        Assert.Contains(Labels(first), l => l.First <= 13_000 && l.Last >= 13_000);
        Assert.Contains("Left out for the budget", first, StringComparison.Ordinal);
        Assert.Contains("query_logs", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExcerptLabels_NameTheLinesTheyHold()
    {
        var log = new StringBuilder();
        for (var i = 1; i <= 30_000; i++)
        {
            log.Append(CultureInfo.InvariantCulture, $"line-{i} INFO worker heartbeat seq={i}\n");
        }

        await using var server = await StartAsync(("FM_LLM_CONTEXT_TOKENS", "8000"));

        await AskAsync(server, "anything wrong?", ("worker.log", log.ToString()));

        var first = FirstRequestText();
        var labels = Labels(first);
        Assert.NotEmpty(labels);
        foreach (var (match, start, end) in labels)
        {
            var body = first[(match.Index + match.Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeWhile(l => LineNumber().IsMatch(l)).ToList();
            Assert.Equal(end - start + 1, body.Count);
            for (var n = start; n <= end; n++)
            {
                // Every quoted line carries its own number, and its text is that line of the upload.
                Assert.Equal($"{n}| line-{n} INFO worker heartbeat seq={n}", body[(int)(n - start)]);
            }
        }
    }

    [Fact]
    public async Task FortyMegabyteUpload_StaysWithinTheBudget()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "big.log");
        var size = 0L;
        var lines = 0L;
        await using (var writer = new StreamWriter(path))
        {
            for (lines = 1; size < 40L * 1024 * 1024; lines++)
            {
                var line = lines % 5_000 == 0
                    ? $"2026-05-02T10:00:00Z ERROR api: upstream connect error, connection refused to 10.0.{lines % 250}.{lines % 7}:5432 (attempt {lines})"
                    : $"2026-05-02T10:00:00Z INFO  api: served request {lines} for tenant t-{lines % 977} in {lines % 300}ms with payload of {lines % 4096} bytes";
                await writer.WriteLineAsync(line);
                size += line.Length + 1;
            }
        }

        var budget = new ContextBudget(24_000);
        var evidence = new CaseEvidence(Upload("dat_big", size, lines - 1), new DataAnalysis { Summary = "a 40 MB log", Findings = [] }, ContentEncryption.None.Text(path, "dat_big"));
        var draft = new InvestigationOutcome(InvestigationState.Empty, "unknown", CauseCategory.Unknown, "", [], [], "offline analysis");
        var request = new InvestigationRequest("case-1", "why does api fail?", InvestigationState.Empty, [evidence]);

        var system = new string('s', 2_000);

        var context = await new ContextBuilder(budget).BuildAsync(request, draft, system, Token);

        Assert.True(context.Text.Length + system.Length <= budget.Chars, $"{context.Text.Length + system.Length} > {budget.Chars}");
        Assert.True(context.EstimatedTokens <= budget.Tokens);
        Assert.Contains("connection refused to 10.0.", context.Text, StringComparison.Ordinal);
        Assert.Single(context.LeftOut);
    }

    [Fact]
    public async Task ModelThatRefusesTools_IsAskedAgainWithoutThem_AndAnswersFromTheFirstRequest()
    {
        _llm!.RejectsTools = true;
        _llm.Otherwise = LlmStep.Reply(body => JsonSerializer.Serialize(new
        {
            root_cause = body.Contains("disk quota exceeded on /var/spool/reports", StringComparison.Ordinal) ? "reports cannot write: the disk quota on /var/spool/reports is exceeded." : "no evidence seen",
            category = "resource_exhaustion",
        }));
        await using var server = await StartAsync(("FM_LLM_RETRIES", "0"));

        var reply = await AskAsync(server, "why do reports fail?", ("reports.log", "2026-05-02T10:00:00Z INFO  reports: start\n2026-05-02T10:00:01Z ERROR reports: write failed: disk quota exceeded on /var/spool/reports\n"));

        Assert.StartsWith("openai", reply.GetProperty("engine").GetString(), StringComparison.Ordinal);
        Assert.Equal("reports cannot write: the disk quota on /var/spool/reports is exceeded.", reply.GetProperty("root_cause").GetString());
        var requests = _llm.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Contains("\"tools\"", requests[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\"tools\"", requests[1], StringComparison.Ordinal);
    }

    private static DataUpload Upload(string id, long characters, long lines) => new()
    {
        Id = id,
        CaseId = "case-1",
        FileName = "big.log",
        Sha256 = new string('0', 64),
        Classification = new DataClassification(DataType.Log, "text", 1, []),
        Summary = "a 40 MB log",
        Redactions = new Dictionary<string, long>(),
        Characters = characters,
        Lines = lines,
        Encoding = "utf-8",
        Warnings = [],
    };

    private async Task<InProcessServer> StartAsync(params (string Name, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["FM_OPENAI_API_KEY"] = "sk-test", ["FM_OPENAI_URL"] = _llm!.OpenAIEndpoint.ToString(), ["FM_LLM_CACHE"] = "off" };
        foreach (var (name, value) in extra)
        {
            settings[name] = value;
        }

        return await InProcessServer.StartAsync(settings, cancellationToken: Token);
    }

    private static async Task<JsonElement> AskAsync(InProcessServer server, string question, (string Name, string Content) file)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(question), "message" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(file.Content)), "file", file.Name },
        };
        using var response = await server.Client.PostAsync("/api/v1/agent/query", form, Token);
        var body = await response.ReadJsonAsync(Token);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    /// <summary>The text of the messages of the first request the model received.</summary>
    private string FirstRequestText()
    {
        using var body = JsonDocument.Parse(_llm!.Requests.First());
        return string.Join('\n', body.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").ValueKind == JsonValueKind.String ? m.GetProperty("content").GetString() : m.GetProperty("content").ToString()));
    }

    private static List<(Match Match, long First, long Last)> Labels(string text) =>
        Label().Matches(text).Select(m => (m, long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();

    [GeneratedRegex(@"\[upload:dat_[0-9a-z_]+ L(\d+)–(\d+)\]")]
    private static partial Regex Label();

    [GeneratedRegex(@"^\d+\| ")]
    private static partial Regex LineNumber();
}
