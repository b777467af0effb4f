using System.Diagnostics;
using FaultMaven.Core.Agent.Model;
using FaultMaven.Infrastructure.Llm;
using FaultMaven.Infrastructure.Llm.Providers;
using FaultMaven.Infrastructure.Llm.Router;
using FaultMaven.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>The router against real local servers speaking the OpenAI and Anthropic wire protocols, through the real SDK clients:
/// failover, Retry-After, the circuit breaker's open / half-open / closed, timeouts, the cache, streaming.</summary>
public sealed class LlmRouterTests : IAsyncLifetime
{
    private ScriptedLlmServer? _first;
    private ScriptedLlmServer? _second;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _first = await ScriptedLlmServer.StartAsync(Token);
        _second = await ScriptedLlmServer.StartAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _first!.DisposeAsync();
        await _second!.DisposeAsync();
    }

    [Fact]
    public async Task FailsOver_FromAnOpenAIProviderThatErrs_ToAnthropic()
    {
        _first!.Otherwise = LlmStep.Fail(500);
        _second!.Then(LlmStep.Reply("from claude"));
        var health = new ProviderHealth();
        using var router = Router(health, Settings(retries: 1, OpenAI(_first), Anthropic(_second)));

        var response = await router.GetResponseAsync("why?", cancellationToken: Token);

        Assert.Equal("from claude", response.Text);
        Assert.Equal("anthropic", response.AdditionalProperties?[LlmRouter.ProviderProperty]);
        Assert.Equal(2, _first.Requests.Count); // the first attempt and one retry
        Assert.Contains("500", health["openai"]!.LastError, StringComparison.Ordinal);
        Assert.NotNull(health["anthropic"]!.LastSuccess);
    }

    [Fact]
    public async Task RetryAfter_IsHonoured()
    {
        _first!.Then(LlmStep.Fail(429, retryAfterSeconds: 1), LlmStep.Reply("after the wait"));
        using var router = Router(new ProviderHealth(), Settings(retries: 2, OpenAI(_first)));
        var clock = Stopwatch.StartNew();

        var response = await router.GetResponseAsync("why?", cancellationToken: Token);

        Assert.Equal("after the wait", response.Text);
        Assert.Equal(2, _first.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed.TotalSeconds:0.00} s, before the 1 s Retry-After");
    }

    [Fact]
    public async Task CircuitBreaker_Opens_FailsFast_HalfOpens_AndCloses()
    {
        _first!.Otherwise = LlmStep.Fail(503);
        var health = new ProviderHealth();
        var tuning = new ResilienceTuning { MinimumThroughput = 2, FailureRatio = 0.5, SamplingDuration = TimeSpan.FromSeconds(30), BreakDuration = TimeSpan.FromSeconds(1) };
        using var router = Router(health, Settings(retries: 0, OpenAI(_first)), tuning);

        await Assert.ThrowsAsync<LlmUnavailableException>(() => router.GetResponseAsync("one", cancellationToken: Token));
        await Assert.ThrowsAsync<LlmUnavailableException>(() => router.GetResponseAsync("two", cancellationToken: Token));
        Assert.Equal(CircuitState.Open, health["openai"]!.Circuit);

        var open = await Assert.ThrowsAsync<LlmUnavailableException>(() => router.GetResponseAsync("three", cancellationToken: Token));
        Assert.Contains("circuit open", open.Message, StringComparison.Ordinal);
        Assert.Equal(2, _first.Requests.Count); // failed fast: the provider was not called

        await Task.Delay(TimeSpan.FromSeconds(1.3), Token);
        _first.Otherwise = LlmStep.Reply("back");
        var response = await router.GetResponseAsync("four", cancellationToken: Token);

        Assert.Equal("back", response.Text);
        Assert.Equal(CircuitState.Closed, health["openai"]!.Circuit);
    }

    [Fact]
    public async Task SlowProvider_TimesOut_AndFailsOver()
    {
        // The timeout is far from both sides (the slow one never answers in the test's life, the quick one answers in milliseconds),
        // so a loaded machine cannot time out the provider that should answer.
        _first!.Otherwise = LlmStep.Slow(TimeSpan.FromMinutes(2), "too late");
        _second!.Then(LlmStep.Reply("in time"));
        var settings = Settings(retries: 0, OpenAI(_first), Anthropic(_second)) with { Timeout = TimeSpan.FromSeconds(4) };
        using var router = Router(new ProviderHealth(), settings);

        var response = await router.GetResponseAsync("why?", cancellationToken: Token);

        Assert.Equal("in time", response.Text);
    }

    [Fact]
    public async Task IdenticalRequests_AreAnsweredFromTheCache()
    {
        _first!.Otherwise = LlmStep.Reply("cached answer");
        using var router = Router(new ProviderHealth(), Settings(retries: 0, OpenAI(_first)) with { Cache = true });

        var first = await router.GetResponseAsync("same question", cancellationToken: Token);
        var second = await router.GetResponseAsync("same question", cancellationToken: Token);
        await router.GetResponseAsync("another question", cancellationToken: Token);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(2, _first.Requests.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Streams_ThroughEitherProtocol(bool openAi)
    {
        var server = openAi ? _first! : _second!;
        server.Then(LlmStep.Reply("streamed in three pieces"));
        using var router = Router(new ProviderHealth(), Settings(retries: 0, openAi ? OpenAI(server) : Anthropic(server)));

        var text = new System.Text.StringBuilder();
        var updates = 0;
        await foreach (var update in router.GetStreamingResponseAsync("why?", cancellationToken: Token))
        {
            text.Append(update.Text);
            updates++;
        }

        Assert.Equal("streamed in three pieces", text.ToString());
        Assert.True(updates >= 3);
    }

    [Fact]
    public async Task AllDown_IsOneError_NamingEachProvider()
    {
        _first!.Otherwise = LlmStep.Fail(500);
        _second!.Otherwise = LlmStep.Fail(529);
        using var router = Router(new ProviderHealth(), Settings(retries: 0, OpenAI(_first), Anthropic(_second)));

        var error = await Assert.ThrowsAsync<LlmUnavailableException>(() => router.GetResponseAsync("why?", cancellationToken: Token));

        Assert.Equal(2, error.Failures.Count);
        Assert.Contains("openai answered 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("anthropic answered 529", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("test-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusingProvider_FailsOver_AndItsErrorNamesTheStatus()
    {
        _first!.Otherwise = LlmStep.Fail(401);
        _second!.Then(LlmStep.Reply("second"));
        var health = new ProviderHealth();
        using var router = Router(health, Settings(retries: 2, OpenAI(_first), Anthropic(_second)));

        var response = await router.GetResponseAsync("why?", cancellationToken: Token);

        Assert.Equal("second", response.Text);
        Assert.Single(_first.Requests); // a 401 is not retried
        Assert.Equal("refused the request (401)", health["openai"]!.LastError);
    }

    [Fact]
    public async Task EachProviderKind_ReachesItsPath_WithItsOwnCredentials()
    {
        _first!.Otherwise = LlmStep.Reply("ok");
        _second!.Otherwise = LlmStep.Reply("ok");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FM_AZURE_OPENAI_URL"] = _first.Address.ToString(),
            ["FM_AZURE_OPENAI_API_KEY"] = "azure-key",
            ["FM_AZURE_OPENAI_MODEL"] = "my-deployment",
            ["FM_ANTHROPIC_API_KEY"] = "anthropic-key",
            ["FM_ANTHROPIC_URL"] = _second.Address.ToString(),
            ["FM_OLLAMA_URL"] = _first.Address.ToString().TrimEnd('/'),
        }).Build();
        var settings = LlmSettings.Load(configuration);

        Assert.Equal(["anthropic", "azure-openai", "ollama"], settings.Providers.Select(p => p.Name));
        foreach (var provider in settings.Providers)
        {
            using var router = Router(new ProviderHealth(), settings with { Providers = [provider] });
            Assert.Equal("ok", (await router.GetResponseAsync("hi", cancellationToken: Token)).Text);
        }

        var calls = _first.Calls.ToArray();
        Assert.Equal("/openai/v1/chat/completions authorization= api-key=azure-key x-api-key=", calls[0]);
        Assert.StartsWith("/v1/chat/completions authorization=Bearer", calls[1], StringComparison.Ordinal); // Ollama's OpenAI-compatible API
        Assert.Equal("/v1/messages authorization=Bearer anthropic-key api-key= x-api-key=", Assert.Single(_second.Calls)); // the official SDK sends the key as a bearer token
    }

    private static LlmProvider OpenAI(ScriptedLlmServer server) => new("openai", LlmProviderKind.OpenAI, server.OpenAIEndpoint, "test-key", "scripted-gpt");

    private static LlmProvider Anthropic(ScriptedLlmServer server) => new("anthropic", LlmProviderKind.Anthropic, server.Address, "test-key", "scripted-claude");

    private static LlmSettings Settings(int retries, params LlmProvider[] providers) =>
        new(providers, TimeSpan.FromSeconds(10), retries, Cache: false, new Dictionary<string, (decimal, decimal)>());

    private static IChatClient Router(ProviderHealth health, LlmSettings settings, ResilienceTuning? tuning = null)
    {
        var services = new ServiceCollection().AddDistributedMemoryCache().BuildServiceProvider();
        return LlmRouter.Create(settings, tuning ?? new ResilienceTuning { BaseDelay = TimeSpan.FromMilliseconds(50) }, health, services);
    }
}
