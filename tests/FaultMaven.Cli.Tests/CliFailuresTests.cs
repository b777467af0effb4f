using System.Text.Json;

namespace FaultMaven.Cli.Tests;

public sealed class CliFailuresTests
{
    private static async Task<string> ReportAsync(Exception exception)
    {
        var error = new StringWriter();
        var code = await CliFailures.ReportAsync(exception, new CliContext(TextWriter.Null, error, _ => null), TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Failure, code);
        return error.ToString();
    }

    private static Exception Caught(Func<object?> read)
    {
        try
        {
            GC.KeepAlive(read());
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new InvalidOperationException("nothing was thrown");
    }

    [Fact]
    public async Task ReportAsync_JsonOfAnotherShape_NamesTheShapeAndTheServer()
    {
        using var document = JsonDocument.Parse("""{"count":"many","name":3}""");
        var root = document.RootElement;

        foreach (var exception in new[]
        {
            Caught(() => root.GetProperty("missing")),
            Caught(() => root.GetProperty("count").GetInt32()),
            Caught(() => root.GetProperty("name").GetString()),
            Caught(() => JsonSerializer.Deserialize<int>("\"x\"")),
        })
        {
            var message = await ReportAsync(exception);

            Assert.Contains("another shape than fm expects", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReportAsync_FmsOwnFormatOrStateError_IsNotBlamedOnTheData()
    {
        foreach (var exception in new[]
        {
            Caught(() => int.Parse("12x", System.Globalization.CultureInfo.InvariantCulture)),
            Caught(() => new List<int>().First()),
            Caught(() => new Dictionary<string, int>()["absent"]),
        })
        {
            var message = await ReportAsync(exception);

            Assert.DoesNotContain("another shape", message, StringComparison.Ordinal);
            Assert.Contains("fm failed unexpectedly", message, StringComparison.Ordinal);
            Assert.Contains("FM_DEBUG=1", message, StringComparison.Ordinal);
        }
    }
}
