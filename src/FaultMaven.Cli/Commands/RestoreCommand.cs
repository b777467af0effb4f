using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FaultMaven.Infrastructure.Storage.Backup;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm restore</c>: a backup into the data directory, checked whole before anything there is replaced.</summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context, Option<bool> json)
    {
        var file = new Argument<string>("FILE") { Description = "The backup file (from fm backup)" }.NamesFilesArgument();
        var dataDir = DataDirectoryOption.Create();
        var force = new Option<bool>("--force") { Description = "Replace what the data directory holds (refused otherwise when it is not empty)" };
        var command = new Command("restore", "Restore a backup into the data directory (stop the server first); see docs/OPERATIONS.md") { file, dataDir, force };
        command.SetAction(async (p, cancellationToken) =>
        {
            var directory = DataDirectoryOption.Resolve(p.GetValue(dataDir), context);
            try
            {
                var manifest = await DataDirectoryRestore.RestoreAsync(p.GetValue(file)!, directory, p.GetValue(force), cancellationToken);
                if (p.GetValue(json))
                {
                    await context.Output.WriteLineAsync(JsonSerializer.Serialize(manifest, CommandActions.Indented));
                }
                else
                {
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Restored {manifest.Counts.Cases} cases, {manifest.Counts.Turns} turns, {manifest.Counts.Uploads} uploads and {manifest.Counts.KnowledgeDocuments} knowledge documents (backup of {manifest.CreatedAt:u}) into {directory.Printable()}"));
                }

                if (!manifest.IncludesPrivacyKey)
                {
                    await context.Error.WriteLineAsync($"fm: note: the backup holds no privacy.key; put the one kept apart into {directory.Printable()} before starting the server, or pseudonyms' real values cannot be read.");
                }

                return ExitCodes.Success;
            }
            catch (BackupException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message.Printable()}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
