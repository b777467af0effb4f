using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FaultMaven.Core.Data;
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
        var force = new Option<bool>("--force") { Description = "Replace the output file if it exists (through a symbolic link, the file it leads to)" };
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

            // The archive is written through the one output path (a new private file renamed over the file the output names, a
            // symbolic link left pointing where it did); the database's snapshot goes to a private folder beside it. Both are deleted
            // on every failure and on a signal that can be handled; a write past the file-size limit is a failed write, not SIGXFSZ.
            var target = OutputFile.TargetOf(path);
            var root = Path.GetFullPath(directory);
            // A symbolic link that leads nowhere is there too: writing through it would make a file at a path the user never named.
            if ((File.Exists(target) || new FileInfo(path).LinkTarget is not null) && !p.GetValue(force))
            {
                throw new CliException($"'{path.Printable()}' exists; choose another file or pass --force to replace it.", ExitCodes.Failure);
            }

            if (Inside(target, root) || Inside(target, OutputFile.TargetOf(root)))
            {
                throw new CliException($"'{path.Printable()}' is inside the data directory; write the backup elsewhere.", ExitCodes.Failure);
            }

            BackupManifest manifest;
            try
            {
                await using var file = OutputFile.CreatePrivate(path);
                var scratch = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.snapshot");
                using (TemporaryFiles.Track(scratch))
                {
                    try
                    {
                        PrivateFiles.CreateDirectory(scratch);
                        manifest = await DataDirectoryBackup.WriteAsync(directory, file.Stream, scratch, !p.GetValue(withoutKey), TimeProvider.System, cancellationToken);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        throw new CliException($"cannot write '{path.Printable()}': {ex.Message}", ExitCodes.Failure);
                    }
                    finally
                    {
                        TemporaryFiles.Delete(scratch);
                    }
                }

                file.Commit();
            }
            catch (BackupException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message.Printable()}");
                return ExitCodes.Failure;
            }

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
        });
        return command;
    }

    private static bool Inside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
