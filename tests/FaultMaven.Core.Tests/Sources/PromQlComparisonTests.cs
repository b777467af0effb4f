using System.Diagnostics;
using FaultMaven.Core.Sources;

namespace FaultMaven.Core.Tests.Sources;

/// <summary>The series an alert rule compares with its threshold, fetched instead of the rule's own expression (which has samples only
/// while it fires); everything that is not one comparison with a number is left alone.</summary>
public sealed class PromQlComparisonTests
{
    [Theory]
    [InlineData("sum(rate(http_requests_total{code=~\"5..\"}[5m])) > 0.5", "sum(rate(http_requests_total{code=~\"5..\"}[5m]))")]
    [InlineData("checkout_errors_per_second > 100", "checkout_errors_per_second")]
    [InlineData("node_filesystem_avail_bytes / node_filesystem_size_bytes <= 0.1", "node_filesystem_avail_bytes / node_filesystem_size_bytes")]
    [InlineData("up{job=\"api\"} == 0", "up{job=\"api\"}")]
    [InlineData("0.9 < histogram_quantile(0.99, sum by (le) (rate(latency_bucket[5m])))", "histogram_quantile(0.99, sum by (le) (rate(latency_bucket[5m])))")]
    [InlineData("sum by (job) (increase(errors_total{job=\"a > b\", path='x<y'}[1m])) >= 5", "sum by (job) (increase(errors_total{job=\"a > b\", path='x<y'}[1m]))")]
    [InlineData("rate(order_count[5m]) > 1e3", "rate(order_count[5m])")] // "or" inside a name is no operator
    public void OneComparisonWithANumber_GivesTheComparedSide(string expression, string expected) =>
        Assert.Equal(expected, PromQlComparison.ComparedSeries(expression));

    [Theory]
    [InlineData("up")]
    [InlineData("up == bool 0")] // does not filter: already the whole series
    [InlineData("up == BOOL 0")]
    [InlineData("errors > on(job) (3 * budget)")] // two series compared
    [InlineData("a > 5 and b > 3")]
    [InlineData("a > 5 OR b")]
    [InlineData("a > 5 unless b")]
    [InlineData("(a > 5)")]
    [InlineData("1 < a < 5")]
    [InlineData("a > 5 # a comment")]
    [InlineData("a{x=\"unclosed > 5")]
    [InlineData("a) > 5")]
    [InlineData(" > 5")]
    public void AnythingElse_IsLeftAsItIs(string expression) =>
        Assert.Equal(expression, PromQlComparison.ComparedSeries(expression));

    [Fact]
    public void HostileInput_IsReadInLinearTime()
    {
        var nested = new string('(', 200_000) + "a" + new string(')', 200_000) + " > 5";
        var quoted = "a{x=\"" + string.Concat(Enumerable.Repeat("\\\" > ", 100_000)) + "\"} > 5";
        var operators = string.Concat(Enumerable.Repeat("a > ", 200_000)) + "5";

        var clock = Stopwatch.StartNew();
        Assert.Equal(nested[..^4], PromQlComparison.ComparedSeries(nested));
        Assert.Equal(quoted[..^4], PromQlComparison.ComparedSeries(quoted));
        Assert.Equal(operators, PromQlComparison.ComparedSeries(operators));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }
}
