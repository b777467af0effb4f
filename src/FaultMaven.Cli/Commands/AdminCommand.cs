using System.CommandLine;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using Spectre.Console;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm admin keys create|list|revoke</c>: API keys, for an admin (FM_API_KEY holds the admin's own key).</summary>
internal static class AdminCommand
{
    public static Command Create(CliContext context, Option<bool> json)
    {
        var name = new Option<string>("--name") { Description = "What the key is for: a person or a pipeline", Required = true };
        var role = new Option<string>("--role") { Description = "viewer, engineer or admin", Required = true };
        role.AcceptOnlyFromAmong("viewer", "engineer", "admin");
        var team = new Option<string?>("--team") { Description = "The team whose cases the key sees (omit for none: only its own)" };
        var create = new Command("create", "Create an API key; it is printed once and cannot be shown again") { name, role, team };
        create.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Post, "api/v1/admin/api-keys", new { name = p.GetValue(name), role = p.GetValue(role), team = p.GetValue(team) }, ct),
            (c, body) => RenderCreated(c, body!.Value));

        var limit = CommonOptions.Limit();
        var offset = CommonOptions.Offset();
        var list = new Command("list", "List API keys, newest first (never the keys themselves)") { limit, offset };
        list.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Get, $"api/v1/admin/api-keys?limit={p.GetValue(limit)}&offset={p.GetValue(offset)}", null, ct),
            (c, body) => RenderList(c, body.As<Page<ApiKey>>()));

        var id = CommonOptions.Id("API key");
        var revoke = new Command("revoke", "Revoke an API key: the next request with it is refused") { id };
        revoke.SetApiAction(context, json,
            (p, client, ct) => client.SendAsync(HttpMethod.Delete, $"api/v1/admin/api-keys/{Uri.EscapeDataString(p.GetValue(id)!)}", null, ct),
            (c, _) => c.Console.MarkupLine("API key revoked."));

        var keys = new Command("keys", "API keys: create, list, revoke") { create, list, revoke };
        return new Command("admin", "Administration (needs an admin key in FM_API_KEY when the server requires authentication)") { keys };
    }

    private static void RenderCreated(CliContext context, JsonElement body)
    {
        var grid = new Grid().AddColumns(2);
        grid.AddRow("ID", body.GetProperty("id").GetString().Escape());
        grid.AddRow("Name", body.GetProperty("name").GetString().Escape());
        grid.AddRow("Role", body.GetProperty("role").GetString().Escape());
        grid.AddRow("Team", body.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.String ? team.GetString().Escape() : "(none)");
        grid.AddRow("Key", body.GetProperty("key").GetString().Escape());
        context.Console.Write(grid);
        context.Console.MarkupLine("Store the key now: it is shown this once and cannot be read again.");
    }

    private static void RenderList(CliContext context, Page<ApiKey> page)
    {
        if (page.Items.Count == 0)
        {
            context.Console.MarkupLine(page.Total == 0 ? "No API keys." : $"No keys on this page ({page.Total} in all).");
            return;
        }

        var table = new Table().AddColumn(new TableColumn("ID").NoWrap()).AddColumns("NAME", "ROLE", "TEAM", "PREFIX", "CREATED (UTC)", "LAST USED (UTC)", "REVOKED (UTC)");
        foreach (var k in page.Items)
        {
            table.AddRow(k.Id, k.Name.Escape(), k.Role.ToString().ToLowerInvariant(), k.Team.Escape(), k.Prefix.Escape(), $"{k.CreatedAt:yyyy-MM-dd HH:mm:ss}",
                k.LastUsedAt is { } used ? $"{used:yyyy-MM-dd HH:mm}" : "", k.RevokedAt is { } revoked ? $"{revoked:yyyy-MM-dd HH:mm:ss}" : "");
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"Showing {page.Offset + 1}–{page.Offset + page.Items.Count} of {page.Total}.");
    }
}
