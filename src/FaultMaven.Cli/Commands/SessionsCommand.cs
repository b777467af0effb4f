using System.CommandLine;
using FaultMaven.Core.Common;
using FaultMaven.Core.Sessions;
using Spectre.Console;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm sessions list|show|delete</c>.</summary>
internal static class SessionsCommand
{
    public static Command Create(CliContext context, Option<bool> json)
    {
        var limit = CommonOptions.Limit();
        var offset = CommonOptions.Offset();
        var list = new Command("list", "List live sessions, newest first") { limit, offset };
        list.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Get, $"api/v1/sessions?limit={p.GetValue(limit)}&offset={p.GetValue(offset)}", null, ct),
            (c, body) => RenderList(c, body.As<Page<Session>>()));

        var showId = CommonOptions.Id("session");
        var show = new Command("show", "Show one session") { showId };
        show.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Get, $"api/v1/sessions/{Uri.EscapeDataString(p.GetValue(showId)!)}", null, ct),
            (c, body) => RenderOne(c, body.As<Session>()));

        var deleteId = CommonOptions.Id("session");
        var delete = new Command("delete", "Close a session") { deleteId };
        delete.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Delete, $"api/v1/sessions/{Uri.EscapeDataString(p.GetValue(deleteId)!)}", null, ct),
            (c, _) => c.Console.MarkupLine("Session deleted."));

        return new Command("sessions", "Client sessions on the server") { list, show, delete };
    }

    private static void RenderList(CliContext context, Page<Session> page)
    {
        if (page.Items.Count == 0)
        {
            context.Console.MarkupLine(page.Total == 0 ? "No live sessions." : $"No sessions on this page ({page.Total} in all).");
            return;
        }

        var table = new Table().AddColumn(new TableColumn("ID").NoWrap()).AddColumns( "CLIENT", "USER", "LAST ACTIVE (UTC)", "EXPIRES (UTC)");
        foreach (var s in page.Items)
        {
            table.AddRow(s.Id.Escape(), s.ClientKind.ToString(), s.UserLabel.Escape(), $"{s.LastActiveAt:yyyy-MM-dd HH:mm:ss}", $"{s.ExpiresAt:yyyy-MM-dd HH:mm:ss}");
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"Showing {page.Offset + 1}–{page.Offset + page.Items.Count} of {page.Total}.");
    }

    private static void RenderOne(CliContext context, Session s)
    {
        var grid = new Grid().AddColumns(2);
        grid.AddRow("ID", s.Id.Escape());
        grid.AddRow("Client", s.ClientKind.ToString());
        grid.AddRow("User", s.UserLabel.Escape());
        grid.AddRow("Created (UTC)", $"{s.CreatedAt:yyyy-MM-dd HH:mm:ss}");
        grid.AddRow("Last active (UTC)", $"{s.LastActiveAt:yyyy-MM-dd HH:mm:ss}");
        grid.AddRow("Expires (UTC)", $"{s.ExpiresAt:yyyy-MM-dd HH:mm:ss}");
        foreach (var (key, value) in s.Metadata)
        {
            grid.AddRow($"meta.{key.Escape()}", value.Escape());
        }

        context.Console.Write(grid);
    }
}
