using System.Globalization;
using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>A database load report (Performance Insights, pg_stat_activity / pg_stat_statements summaries): the wait event that
/// dominates the load and the statement that carries most of it, read as the documented meaning of that wait class —
/// CPU: the statement burns CPU (a scan where an index would do); Client:ClientRead: sessions sit idle in transaction waiting on the
/// application, holding their connections (a leak); IO:WALWrite / WAL waits: a write-heavy workload generating WAL, which is what
/// makes a replica fall behind; Lock waits: contention.</summary>
internal static partial class DatabaseReportReading
{
    /// <param name="texts">The case's uploads.</param>
    /// <param name="lagSeen">Whether the evidence speaks of a replica falling behind.</param>
    /// <param name="connectionsPressed">Whether it speaks of connections near their limit or held idle in transaction: ClientRead on
    /// its own is the ordinary wait of sessions waiting on their client, a leak only with that.</param>
    public static List<Signal> Read(IReadOnlyList<EvidenceText> texts, bool lagSeen, bool connectionsPressed)
    {
        var signals = new List<Signal>();
        foreach (var text in texts)
        {
            var tables = text.Tables;
            var waits = tables.FirstOrDefault(t => t.Columns.Any(c => c.Contains("WAIT", StringComparison.Ordinal) || c == "EVENT") && Load(t) is not null);
            var sql = tables.FirstOrDefault(t => t.Columns.Any(c => c is "STATEMENT" or "SQL" or "QUERY" or "SQL TEXT") && Load(t) is not null);
            if (waits is null || sql is null)
            {
                continue;
            }

            var waitRows = waits.Rows.Select(r => (Row: r, Name: r.Any(waits.Columns[0]) ?? "", Load: Number(r[Load(waits)!]))).Where(r => r.Load > 0).OrderByDescending(r => r.Load).ToList();
            var statementColumn = sql.Columns.First(c => c is "STATEMENT" or "SQL" or "QUERY" or "SQL TEXT");
            var top = sql.Rows.Select(r => (Row: r, Statement: r[statementColumn] ?? "", Load: Number(r[Load(sql)!]), Calls: Number(r.Any("CALLS/S", "CALLS", "EXECUTIONS/S")))).Where(r => r.Load > 0 && r.Statement.Length > 0).MaxBy(r => r.Load);
            if (waitRows.Count == 0 || top.Statement is null)
            {
                continue;
            }

            var total = waitRows.Sum(r => r.Load);
            var dominant = waitRows[0];
            var share = dominant.Load / total;
            var statement = OfflineInvestigator.Trim(top.Statement, 120);
            var evidence = new EvidenceRef(EvidenceKind.Upload, text.Item.Upload.Id, dominant.Row.Line, dominant.Row.Line);
            var perCall = top.Calls > 0 ? top.Load / top.Calls : 0;
            var what = $"`{statement}` ({Format(top.Load)} average active sessions{(perCall > 0 ? $", {Format(perCall)} s per call" : "")}); {dominant.Name} carries {share * 100:0}% of the load";
            (CauseCategory Category, double Strength, string Label, string Quote)? reading = dominant.Name switch
            {
                var n when n.StartsWith("CPU", StringComparison.OrdinalIgnoreCase) && perCall >= 0.5 && IsRead(top.Statement) =>
                    (CauseCategory.ResourceExhaustion, 0.85, "one query saturates the database CPU", $"Likely a full table scan for want of a selective index (seconds of CPU per call): {what}"),
                var n when n.StartsWith("CPU", StringComparison.OrdinalIgnoreCase) =>
                    (CauseCategory.ResourceExhaustion, 0.75, "queries saturate the database CPU", what),
                var n when (n.Contains("ClientRead", StringComparison.OrdinalIgnoreCase) || n.Contains("idle in transaction", StringComparison.OrdinalIgnoreCase)) && connectionsPressed =>
                    (CauseCategory.ResourceExhaustion, 0.95, "the application leaks connections: sessions sit idle in transaction", $"Connections held idle in transaction, waiting on the application (a connection leak): {what}"),
                var n when n.Contains("ClientRead", StringComparison.OrdinalIgnoreCase) =>
                    (CauseCategory.Unknown, 0.4, "sessions mostly wait on their clients", what),
                var n when n.Contains("WAL", StringComparison.OrdinalIgnoreCase) && lagSeen =>
                    (CauseCategory.ResourceExhaustion, 0.95, "replication lag: the primary writes WAL faster than the replica replays it", $"WAL written faster than the read replica replays it, by the write-heavy {what}"),
                var n when n.Contains("WAL", StringComparison.OrdinalIgnoreCase) =>
                    (CauseCategory.ResourceExhaustion, 0.6, "a write-heavy workload saturates WAL writes", what),
                var n when n.StartsWith("Lock", StringComparison.OrdinalIgnoreCase) =>
                    (CauseCategory.ResourceExhaustion, 0.85, "transactions contend for locks", what),
                _ => null,
            };
            if (reading is { } r)
            {
                signals.Add(SignalExtractor.FromText(text.Item, r.Quote, evidence, 1.0, 1) with { Category = r.Category, Strength = r.Strength, Label = r.Label, Component = null });
            }
        }

        return signals;
    }

    private static string? Load(TextTable table) => table.Columns.FirstOrDefault(c => c is "AAS" or "LOAD" or "DB LOAD" or "AVG ACTIVE SESSIONS" or "%" or "PCT" or "TIME");

    private static bool IsRead(string statement) => statement.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || statement.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase);

    private static double Number(string? cell) =>
        cell is not null && double.TryParse(Leading().Match(cell).Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string Format(double value) => value.ToString(value < 0.1 ? "0.###" : "0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d+(?:\.\d+)?")]
    private static partial Regex Leading();
}
