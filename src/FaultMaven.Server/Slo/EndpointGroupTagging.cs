using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http.Features;

namespace FaultMaven.Server.Slo;

/// <summary>Adds the request's endpoint group to ASP.NET Core's request duration measurement, refused and failed requests included;
/// for an upload, also measures the server's part of its time (<see cref="UploadServerDuration"/>).</summary>
internal sealed class EndpointGroupTagging(RequestDelegate next, IMeterFactory meters)
{
    /// <summary>The name of the histogram (seconds) of an upload's time from its body's last byte to the answer.</summary>
    public const string UploadServerDuration = "faultmaven.http.server.upload.duration";

    /// <summary>The meter of <see cref="UploadServerDuration"/>, made by the app's own meter factory.</summary>
    public const string Meter = "FaultMaven.Server.Slo";

    // An upload's request duration includes the time the client takes to send the body, which is its link's speed, not the server's:
    // a body sent slowly but within its deadline is no slower a server. The upload objective judges the time from the body's last
    // byte read (from the request's start when the body is never read, as when it is refused first) to the answer instead.
    private readonly Histogram<double> _uploadServerDuration = meters.Create(Meter).CreateHistogram(
        UploadServerDuration, "s", "The server's part of an upload's time: from the request body's last byte read to the answer.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SloThresholds.Bounds });

    public async Task InvokeAsync(HttpContext context)
    {
        var group = EndpointGroups.Of(context.GetEndpoint());
        if (group is not null && context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
        {
            metrics.Tags.Add(new(EndpointGroups.TagName, group));
        }

        if (group != EndpointGroups.Upload)
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var body = new LastByteTimedStream(context.Request.Body);
        context.Request.Body = body;
        try
        {
            await next(context);
        }
        finally
        {
            // The status is final here: the exception handler runs inside this middleware.
            _uploadServerDuration.Record(Stopwatch.GetElapsedTime(Math.Max(started, body.LastByteAt)).TotalSeconds,
                new(EndpointGroups.TagName, group), new("http.response.status_code", context.Response.StatusCode));
        }
    }

    /// <summary>A request body that notes when it last gave bytes to its reader.</summary>
    private sealed class LastByteTimedStream(Stream inner) : Stream
    {
        private long _lastByteAt;

        /// <summary>Gets the <see cref="Stopwatch"/> timestamp of the last read that returned bytes; 0 before any.</summary>
        public long LastByteAt => Volatile.Read(ref _lastByteAt);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Note(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Note(inner.Read(buffer));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Note(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Note(await inner.ReadAsync(buffer, cancellationToken));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Note(int read)
        {
            if (read > 0)
            {
                Volatile.Write(ref _lastByteAt, Stopwatch.GetTimestamp());
            }

            return read;
        }
    }
}
