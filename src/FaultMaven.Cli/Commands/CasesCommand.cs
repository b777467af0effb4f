using System.CommandLine;
using System.Text.Json;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using Spectre.Console;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm cases list|show|create|delete</c>.</summary>
internal static class CasesCommand
{
    // How many of the latest turns `fm cases show` prints under the case.
    private const int ShownTurns = 20;

    public static Command Create(CliContext context, Option<bool> json)
    {
        var status = new Option<CaseStatus?>("--status") { Description = "Only cases with this status (open, investigating, resolved, closed)" };
        var session = new Option<string?>("--session") { Description = "Only cases opened by this session" };
        var search = new Option<string?>("--search") { Description = "Only cases whose title holds every one of these words (ignoring case)" };
        var limit = CommonOptions.Limit();
        var offset = CommonOptions.Offset();
        var list = new Command("list", "List cases, newest first") { status, session, search, limit, offset };
        list.SetApiAction(context, json,
            (p, client, ct) =>
            {
                var query = $"limit={p.GetValue(limit)}&offset={p.GetValue(offset)}";
                query += p.GetValue(status) is { } s ? $"&status={s.ToString().ToLowerInvariant()}" : "";
                query += p.GetValue(session) is { } id ? $"&sessionId={Uri.EscapeDataString(id)}" : "";
                query += p.GetValue(search) is { Length: > 0 } words ? $"&q={Uri.EscapeDataString(words)}" : "";
                return client.SendAsync(HttpMethod.Get, $"api/v1/cases?{query}", null, ct);
            },
            (c, body) => RenderList(c, body.As<Page<Case>>()));

        var showId = CommonOptions.Id("case");
        var show = new Command("show", $"Show a case with its investigation state and its last {ShownTurns} turns") { showId };
        show.SetApiAction(context, json,
            async (p, client, ct) =>
            {
                var path = $"api/v1/cases/{Uri.EscapeDataString(p.GetValue(showId)!)}";
                var found = await client.SendAsync(HttpMethod.Get, path, null, ct);
                var turnCount = found.As<Case>().TurnCount;
                var turns = await client.SendAsync(HttpMethod.Get, $"{path}/turns?limit={ShownTurns}&offset={Math.Max(0, turnCount - ShownTurns)}", null, ct);
                return JsonSerializer.SerializeToElement(new Dictionary<string, JsonElement> { ["case"] = found!.Value, ["turns"] = turns!.Value });
            },
            (c, body) => RenderOne(c, body!.Value.GetProperty("case").Deserialize<Case>(Server.Contracts.ApiJson.Options)!, body.Value.GetProperty("turns").Deserialize<Page<Turn>>(Server.Contracts.ApiJson.Options)!));

        var title = new Option<string?>("--title") { Description = "A short title for the case" };
        var createSession = new Option<string?>("--session") { Description = "The live session opening the case" };
        var create = new Command("create", "Open a case") { title, createSession };
        create.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Post, "api/v1/cases", new { title = p.GetValue(title), sessionId = p.GetValue(createSession) }, ct),
            (c, body) => c.Console.MarkupLine($"Case [bold]{body.As<Case>().Id.Escape()}[/] opened."));

        var deleteId = CommonOptions.Id("case");
        var delete = new Command("delete", "Delete a case and its conversation") { deleteId };
        delete.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Delete, $"api/v1/cases/{Uri.EscapeDataString(p.GetValue(deleteId)!)}", null, ct),
            (c, _) => c.Console.MarkupLine("Case deleted."));

        return new Command("cases", "Troubleshooting cases") { list, show, create, delete };
    }

    private static void RenderList(CliContext context, Page<Case> page)
    {
        if (page.Items.Count == 0)
        {
            context.Console.MarkupLine(page.Total == 0 ? "No cases." : $"No cases on this page ({page.Total} in all).");
            return;
        }

        var table = new Table().AddColumn(new TableColumn("ID").NoWrap()).AddColumns( "STATUS", "TITLE", "TURNS", "UPDATED (UTC)");
        foreach (var c in page.Items)
        {
            table.AddRow(c.Id.Escape(), c.Status.ToString().ToLowerInvariant(), c.Title.Escape(), c.TurnCount.ToString(), $"{c.UpdatedAt:yyyy-MM-dd HH:mm:ss}");
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"Showing {page.Offset + 1}–{page.Offset + page.Items.Count} of {page.Total}.");
    }

    private static void RenderOne(CliContext context, Case c, Page<Turn> turns)
    {
        var grid = new Grid().AddColumns(2);
        grid.AddRow("ID", c.Id.Escape());
        grid.AddRow("Title", c.Title.Escape());
        grid.AddRow("Status", c.Status.ToString().ToLowerInvariant());
        grid.AddRow("Phase", c.Investigation.Phase.ToString());
        grid.AddRow("Session", c.SessionId.Escape());
        grid.AddRow("Created (UTC)", $"{c.CreatedAt:yyyy-MM-dd HH:mm:ss}");
        grid.AddRow("Updated (UTC)", $"{c.UpdatedAt:yyyy-MM-dd HH:mm:ss}");
        grid.AddRow("Turns", c.TurnCount.ToString());
        context.Console.Write(grid);
        foreach (var turn in turns.Items)
        {
            context.Console.MarkupLine($"\n[bold]#{turn.Sequence} {turn.Role.ToString().ToLowerInvariant()}[/] [dim]{turn.CreatedAt:yyyy-MM-dd HH:mm:ss}[/]");
            context.Console.WriteLine(turn.Content.Printable());
        }
    }
}
