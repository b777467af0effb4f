using System.Globalization;
using System.Text;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Data;

/// <summary>Runs the pipeline once over a small generated sample of each evidence type when the server starts, in the background,
/// so the first real upload of an incident does not pay for compiling the classifier, the redactor and the analysers (about a
/// second on 2 cores). Readiness does not wait for it; <c>FM_DATA_WARMUP=false</c> turns it off.</summary>
internal sealed partial class DataWarmUp(DataPipeline pipeline, IOptions<DataOptions> options, ILogger<DataWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUp)
        {
            return;
        }

        await Task.Yield();
        var started = TimeProvider.System.GetTimestamp();
        foreach (var (name, text) in Samples())
        {
            // The system's temporary folder, not the uploads' one: these files are nobody's upload.
            var input = Path.GetTempFileName();
            var output = input + ".redacted";
            try
            {
                await File.WriteAllTextAsync(input, text, stoppingToken);
                await pipeline.ProcessAsync(input, output, new DataSource(name), new PseudonymMap(), cancellationToken: stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
                return;
            }
            finally
            {
                File.Delete(input);
                File.Delete(output);
            }
        }

        LogWarmedUp(TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }

    private static IEnumerable<(string Name, string Text)> Samples()
    {
        var log = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            var level = i % 50 == 7 ? "ERROR" : "INFO";
            log.Append(CultureInfo.InvariantCulture, $"2026-01-01 00:{i / 60 % 60:00}:{i % 60:00},{i % 1000:000} {level} [worker-{i % 4}] app.Service - ")
                .Append(CultureInfo.InvariantCulture, $"request {i} from 203.0.113.{i % 250 + 1} for user{i % 9}@example.org took {i % 97} ms\n");
        }

        yield return ("warmup.log", log.ToString());
        yield return ("warmup-trace.txt", "java.lang.IllegalStateException: warm-up\n\tat app.Service.run(Service.java:1)\n\tat app.Main.main(Main.java:2)\n");
        yield return ("warmup.csv", "timestamp,value\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"2026-01-01T00:{i:00}:00Z,{i % 7}\n")));
        yield return ("warmup.yaml", "server:\n  port: 8080\n  timeout: 30s\ndatabase:\n  password: \"\"\n");
        yield return ("warmup-pods.txt", "NAME   READY   STATUS    RESTARTS   AGE\napp-1  1/1     Running   0          1d\n");
    }

    [LoggerMessage(3103, LogLevel.Debug, "Data pipeline warmed up in {Milliseconds:0} ms")]
    private partial void LogWarmedUp(double milliseconds);

    [LoggerMessage(3104, LogLevel.Warning, "Data pipeline warm-up failed; the first upload will be slower")]
    private partial void LogFailed(Exception exception);
}
