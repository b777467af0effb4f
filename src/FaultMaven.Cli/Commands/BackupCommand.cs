using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FaultMaven.Infrastructure.Storage.Backup;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm backup</c>: the embedded store (database, upload text, privacy key) to one private zip, while the server serves.</summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context, Option<bool> json)
    {
        var output = new Option<string>("--output", "-o") { Description = "The backup file to write (0600; written whole or not at all)", Required = true }.NamesFiles();
        var dataDir = DataDirectoryOption.Create();
        var withoutKey = new Option<bool>("--without-key") { Description = "Leave privacy.key out (keep it apart; a restore needs it to read pseudonyms' real values)" };
        var force = new Option<bool>("--force") { Description = "Replace the output file if it exists" };
        var command = new Command("backup", "Back up the embedded data directory to one file (consistent while the server runs); see docs/OPERATIONS.md")
        {
            output, dataDir, withoutKey, force,
        };
        command.SetAction(async (p, cancellationToken) =>
        {
            var directory = DataDirectoryOption.Resolve(p.GetValue(dataDir), context);
            if (context.Environment("FM_POSTGRES") is { Length: > 0 })
            {
                await context.Error.WriteLineAsync("fm: warning: FM_POSTGRES is set: cases, uploads and knowledge live in PostgreSQL, not here; back it up with pg_dump (docs/OPERATIONS.md).");
            }

            // The archive is renamed into place: a device, FIFO or socket named as the output would be replaced by a regular file
            // (as root, /dev/null itself), and a folder that is not there is a typo to correct, not one to create.
            var path = p.GetValue(output)!;
            OutputFile.Check(path);
            if (FileIdentity.Of(path) is { IsRegular: false })
            {
                throw new CliException($"cannot write '{path.Printable()}': it is no regular file (a device, FIFO or socket); a backup is written as a file.", ExitCodes.Usage);
            }

            try
            {
                var manifest = await DataDirectoryBackup.CreateAsync(directory, path, !p.GetValue(withoutKey), p.GetValue(force), TimeProvider.System, cancellationToken);
                if (p.GetValue(json))
                {
                    await context.Output.WriteLineAsync(JsonSerializer.Serialize(manifest, CommandActions.Indented));
                }
                else
                {
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Backed up {manifest.Counts.Cases} cases, {manifest.Counts.Turns} turns, {manifest.Counts.Uploads} uploads and {manifest.Counts.KnowledgeDocuments} knowledge documents ({manifest.Files.Count} files, {manifest.TotalBytes:N0} bytes) to {p.GetValue(output).Printable()}"));
                }

                if (!manifest.IncludesPrivacyKey)
                {
                    await context.Error.WriteLineAsync("fm: note: privacy.key is not in the backup; keep a copy of it apart, a restore needs it.");
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
