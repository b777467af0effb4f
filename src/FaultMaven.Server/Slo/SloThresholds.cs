using System.Globalization;

namespace FaultMaven.Server.Slo;

/// <summary>The bucket bounds of <c>http.server.request.duration</c> as exported: ASP.NET Core's own, with 30 s, 60 s and 120 s added so
/// model-backed turns are measured too. A latency threshold must be one of them, so Prometheus counts with the <c>le</c> bucket exactly
/// what the server counts in process.</summary>
internal static class SloThresholds
{
    /// <summary>The name of the HTTP server duration histogram (seconds) every objective is measured on.</summary>
    public const string Instrument = "http.server.request.duration";

    /// <summary>The meter of <see cref="Instrument"/>.</summary>
    public const string Meter = "Microsoft.AspNetCore.Hosting";

    /// <summary>Gets the bucket bounds, in seconds.</summary>
    public static double[] Bounds { get; } = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120];

    /// <summary>Whether <paramref name="threshold"/> is a bucket bound.</summary>
    public static bool IsBound(TimeSpan threshold) => Bounds.Any(b => Math.Abs(b - threshold.TotalSeconds) < 1e-9);

    /// <summary>The bounds as the variables accept them.</summary>
    public static string Described => string.Join(", ", Bounds.Select(b => SloDurations.Format(TimeSpan.FromSeconds(b))));

    /// <summary>The <c>le</c> label value of a bound, as the Prometheus exporter writes it.</summary>
    public static string Le(TimeSpan threshold) => threshold.TotalSeconds.ToString(CultureInfo.InvariantCulture);
}
