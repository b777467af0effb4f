namespace FaultMaven.Core.Agent.Safety;

/// <summary>Judges command texts by what they would do when a shell runs them, not by the words they contain: downloaded content that
/// reaches an interpreter (piped, substituted, redirected, or saved to a file that a later command runs), and destructive shapes
/// (recursive removal or permission changes of the root or a top-level system directory, writes to a block device, file systems made,
/// a self-replicating function, a Kubernetes namespace deleted, a database dropped). A command quoted as data (<c>echo "rm -rf /"</c>)
/// is data; the same text handed to a shell (<c>sh -c "rm -rf /"</c>, <c>eval</c>) is read again as commands.</summary>
public static class CommandSafety
{
    private const int MaxReadings = 64;

    /// <summary>The dangers in <paramref name="text"/>, at most one of each kind of wording, in the order found.</summary>
    public static IReadOnlyList<CommandDanger> Judge(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var judge = new Judgement();
        judge.Visit(ShellParser.Parse(text), 0);
        return judge.Found;
    }

    private sealed class Judgement
    {
        private readonly HashSet<string> _downloaded = new(StringComparer.Ordinal);
        private int _readings;

        public List<CommandDanger> Found { get; } = [];

        public void Visit(ShellScript script, int depth)
        {
            foreach (var (name, body) in script.Functions)
            {
                // name() { name | name & }: a function that starts itself twice, in the background, until the machine runs out of processes.
                if (SelfReplicating(name, body))
                {
                    Add(false, "defines a fork bomb (a function that starts copies of itself until the machine runs out of processes)");
                }

                Visit(body, depth + 1);
            }

            foreach (var pipeline in script.Pipelines)
            {
                var flowing = false;
                var sqlFlowing = false;
                foreach (var stage in pipeline.Stages)
                {
                    var command = Commands.Normalize(stage.Words);
                    if (command is { } c)
                    {
                        if (flowing && Commands.ReadsProgramFromStdin(c))
                        {
                            Add(true, "pipes a download straight into a shell");
                        }

                        if (sqlFlowing && Commands.IsSqlClient(c.Name))
                        {
                            Add(false, "drops a database or schema");
                        }

                        JudgeCommand(stage, c, depth);
                        flowing |= Commands.DownloadsToStdout(c);
                        sqlFlowing |= Commands.IsPrinter(c.Name) && c.Args.Any(a => Commands.DropsDatabase(a.Text));
                    }

                    foreach (var word in stage.Words.Concat(stage.Redirects.Select(r => r.Target)))
                    {
                        foreach (var substitution in word.Substitutions)
                        {
                            Visit(substitution.Script, depth + 1);
                        }
                    }

                    foreach (var group in stage.Groups)
                    {
                        flowing |= Commands.Downloads(group);
                        Visit(group, depth + 1);
                    }
                }
            }
        }

        private void JudgeCommand(ShellCommand stage, Commands.Invocation c, int depth)
        {
            var name = c.Name;
            if (Commands.IsInterpreter(name) || name == "eval")
            {
                var program = Commands.Program(c);
                if (program.Words.Any(w => w.Substitutions.Any(s => Commands.Downloads(s.Script))))
                {
                    Add(true, "runs a download's content as a program (substituted into an interpreter)");
                }

                // PowerShell passes a group's output as an argument: iex (iwr …).
                if (stage.Groups.Any(Commands.Downloads))
                {
                    Add(true, "runs a download's content as a program (substituted into an interpreter)");
                }

                var stdin = program.FromStdin || name == "eval";
                if (stdin && stage.Redirects.Any(r => r.Operator is "<" or "<<<" && r.Target.Substitutions.Any(s => Commands.Downloads(s.Script))))
                {
                    Add(true, "runs a download's content as a program (redirected into an interpreter)");
                }

                if (program.File is { } file && _downloaded.Contains(Commands.FileKey(file.Text)))
                {
                    Add(true, "runs a file it has just downloaded");
                }

                // A program given as text (sh -c '…', eval '…') is itself commands: read it again.
                foreach (var word in program.Words.Where(w => w.Text.Length > 0 && program.IsText))
                {
                    if (depth < ShellParser.MaxDepth && ++_readings <= MaxReadings)
                    {
                        Visit(ShellParser.Parse(word.Text), depth + 1);
                    }
                }
            }
            else if (c.Path.Contains('/', StringComparison.Ordinal) && _downloaded.Contains(Commands.FileKey(c.Path)))
            {
                Add(true, "runs a file it has just downloaded");
            }

            foreach (var file in Commands.DownloadedFiles(c))
            {
                _downloaded.Add(Commands.FileKey(file));
            }

            if (Destructive.Judge(c) is { } what)
            {
                Add(false, what);
            }
        }

        private static bool SelfReplicating(string name, ShellScript body) =>
            body.Pipelines.Any(p => (p.Stages.Count > 1 || p.Background) && p.Stages.Any(s => s.Words.Count > 0 && s.Words[0].Text == name))
            && body.Pipelines.Any(p => p.Background || p.Stages.Count > 1);

        private void Add(bool remoteCode, string what)
        {
            if (!Found.Any(f => f.What == what))
            {
                Found.Add(new CommandDanger(remoteCode, what));
            }
        }
    }
}
