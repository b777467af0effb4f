using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Testing;

/// <summary>A span as it arrived: its trace, its name, and every string its attributes and events hold (keys and values).</summary>
public sealed record ReceivedSpan(string TraceId, string Name, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<string> Strings);

/// <summary>A log record as it arrived: the trace it belongs to (empty when none) and its body.</summary>
public sealed record ReceivedLog(string TraceId, string Body);

/// <summary>A real OTLP/HTTP receiver on a loopback port — what Opik, Jaeger, Tempo and the Collector expose on 4318 — that decodes
/// the protobuf it is sent (<c>/v1/traces</c>, <c>/v1/logs</c>; <c>/v1/metrics</c> is accepted and counted), so a test sees the spans
/// and logs the production exporter wrote, and the headers it sent them with.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Gets the base URL to configure as the OTLP endpoint.</summary>
    public Uri Address { get; }

    /// <summary>Gets every span received.</summary>
    public ConcurrentQueue<ReceivedSpan> Spans { get; } = new();

    /// <summary>Gets every log record received.</summary>
    public ConcurrentQueue<ReceivedLog> Logs { get; } = new();

    /// <summary>Gets every string the log records' attributes hold (keys and values: exception text, state values).</summary>
    public ConcurrentQueue<string> LogStrings { get; } = new();

    /// <summary>Gets each export's path and headers (name: value, lower-case names).</summary>
    public ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Headers)> Exports { get; } = new();

    /// <summary>Starts a receiver.</summary>
    public static async Task<OtlpReceiver> StartAsync(CancellationToken cancellationToken = default)
    {
        var app = LoopbackApp.Create();
        OtlpReceiver? receiver = null;
        app.MapPost("/v1/{signal}", async (string signal, HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver!.Receive(signal, context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body.ToArray());
            context.Response.ContentType = "application/x-protobuf";
        });
        receiver = new OtlpReceiver(app, await app.StartOnLoopbackAsync(cancellationToken));
        return receiver;
    }

    /// <summary>Waits until <paramref name="condition"/> holds (exports are batched), failing after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(Func<OtlpReceiver, bool> condition, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"OTLP receiver: condition not met within {timeout}; spans: {string.Join(", ", Spans.Select(s => s.Name))}; logs: {Logs.Count}.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Receive(string signal, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        Exports.Enqueue(("/v1/" + signal, headers));
        // ExportTraceServiceRequest: resource_spans = 1 → scope_spans = 2 → spans = 2. ExportLogsServiceRequest: resource_logs = 1 →
        // scope_logs = 2 → log_records = 2.
        foreach (var resource in Protobuf.Messages(body, 1))
        {
            foreach (var scope in Protobuf.Messages(resource, 2))
            {
                foreach (var item in Protobuf.Messages(scope, 2))
                {
                    if (signal == "traces")
                    {
                        Spans.Enqueue(ReadSpan(item));
                    }
                    else if (signal == "logs")
                    {
                        // LogRecord: body = 5 (AnyValue), attributes = 6, trace_id = 9.
                        var logBody = Protobuf.Messages(item, 5).Select(v => Protobuf.String(v, 1)).FirstOrDefault() ?? "";
                        foreach (var keyValue in Protobuf.Messages(item, 6))
                        {
                            LogStrings.Enqueue(Protobuf.String(keyValue, 1) ?? "");
                            LogStrings.Enqueue(Protobuf.Messages(keyValue, 2).Select(v => Protobuf.String(v, 1)).FirstOrDefault() ?? "");
                        }

                        Logs.Enqueue(new ReceivedLog(Convert.ToHexStringLower(Protobuf.Bytes(item, 9)), logBody));
                    }
                }
            }
        }
    }

    /// <summary>Span: trace_id = 1, name = 5, attributes = 9 (KeyValue: key = 1, value = 2 as AnyValue with string_value = 1), events = 11
    /// (Event: name = 2, attributes = 3).</summary>
    private static ReceivedSpan ReadSpan(ReadOnlyMemory<byte> span)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var strings = new List<string>();
        void Read(IEnumerable<ReadOnlyMemory<byte>> keyValues)
        {
            foreach (var keyValue in keyValues)
            {
                var key = Protobuf.String(keyValue, 1) ?? "";
                var value = Protobuf.Messages(keyValue, 2).Select(v => Protobuf.String(v, 1)).FirstOrDefault() ?? "";
                attributes.TryAdd(key, value);
                strings.Add(key);
                strings.Add(value);
            }
        }

        Read(Protobuf.Messages(span, 9));
        foreach (var spanEvent in Protobuf.Messages(span, 11))
        {
            strings.Add(Protobuf.String(spanEvent, 2) ?? "");
            Read(Protobuf.Messages(spanEvent, 3));
        }

        return new ReceivedSpan(Convert.ToHexStringLower(Protobuf.Bytes(span, 1)), Protobuf.String(span, 5) ?? "", attributes, strings);
    }

    /// <summary>Just enough of the protobuf wire format to walk OTLP messages: varints, fixed 32/64-bit, length-delimited fields.</summary>
    private static class Protobuf
    {
        public static IEnumerable<ReadOnlyMemory<byte>> Messages(ReadOnlyMemory<byte> message, int field) =>
            Fields(message).Where(f => f.Number == field && f.Wire == 2).Select(f => f.Value);

        public static string? String(ReadOnlyMemory<byte> message, int field) =>
            Messages(message, field).Select(v => Encoding.UTF8.GetString(v.Span)).FirstOrDefault();

        public static byte[] Bytes(ReadOnlyMemory<byte> message, int field) => Messages(message, field).Select(v => v.ToArray()).FirstOrDefault() ?? [];

        private static List<(int Number, int Wire, ReadOnlyMemory<byte> Value)> Fields(ReadOnlyMemory<byte> message)
        {
            var fields = new List<(int, int, ReadOnlyMemory<byte>)>();
            var span = message.Span;
            var i = 0;
            while (i < span.Length)
            {
                var key = Varint(span, ref i);
                var (number, wire) = ((int)(key >> 3), (int)(key & 7));
                switch (wire)
                {
                    case 0:
                        Varint(span, ref i);
                        fields.Add((number, wire, ReadOnlyMemory<byte>.Empty));
                        break;
                    case 1:
                        i += 8;
                        break;
                    case 2:
                        var length = (int)Varint(span, ref i);
                        fields.Add((number, wire, message.Slice(i, length)));
                        i += length;
                        break;
                    case 5:
                        i += 4;
                        break;
                    default:
                        throw new InvalidDataException($"protobuf wire type {wire} at byte {i} is not one OTLP uses");
                }
            }

            return fields;
        }

        private static ulong Varint(ReadOnlySpan<byte> span, ref int i)
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = span[i++];
                value |= (ulong)(b & 0x7f) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }
    }
}
