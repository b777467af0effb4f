using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Agent.Safety;

/// <summary>What a command is once its wrappers are read through (<c>sudo -u x</c>, <c>env A=b</c>, <c>nohup</c>, <c>xargs</c>, …):
/// which program, with which arguments; whether it downloads, to where; whether it interprets a program and where it reads it from.</summary>
internal static partial class Commands
{
    private static readonly FrozenSet<string> Downloaders = FrozenSet.ToFrozenSet(
        ["curl", "wget", "fetch", "aria2c", "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "lwp-request", "lwp-download"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Shells = FrozenSet.ToFrozenSet(
        ["sh", "bash", "dash", "zsh", "ksh", "mksh", "csh", "tcsh", "fish", "ash", "busybox"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Interpreters = FrozenSet.ToFrozenSet(
        ["perl", "ruby", "node", "nodejs", "php", "lua", "pwsh", "powershell", "iex", "invoke-expression", "source", ".", "deno", "bun", "osascript"], StringComparer.OrdinalIgnoreCase);

    // Wrappers run their first non-option word as the command; some options take a value.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Wrappers = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["sudo"] = FrozenSet.ToFrozenSet(["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "-T"]),
        ["doas"] = FrozenSet.ToFrozenSet(["-u", "-C"]),
        ["env"] = FrozenSet.ToFrozenSet(["-u", "-C", "-S"]),
        ["nohup"] = FrozenSet<string>.Empty,
        ["time"] = FrozenSet<string>.Empty,
        ["command"] = FrozenSet<string>.Empty,
        ["exec"] = FrozenSet.ToFrozenSet(["-a"]),
        ["nice"] = FrozenSet.ToFrozenSet(["-n"]),
        ["ionice"] = FrozenSet.ToFrozenSet(["-c", "-n", "-p"]),
        ["stdbuf"] = FrozenSet.ToFrozenSet(["-i", "-o", "-e"]),
        ["xargs"] = FrozenSet.ToFrozenSet(["-I", "-n", "-P", "-L", "-d", "-E", "-s", "-a"]),
        ["timeout"] = FrozenSet.ToFrozenSet(["-s", "-k"]),
        ["su"] = FrozenSet<string>.Empty,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SqlClients = FrozenSet.ToFrozenSet(
        ["psql", "mysql", "mariadb", "sqlcmd", "clickhouse-client", "clickhouse", "cockroach", "sqlite3", "mongo", "mongosh", "cqlsh", "redis-cli", "snowsql", "bq"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A command read through its wrappers: the program's name (its path's last part) and its arguments.</summary>
    internal sealed record Invocation(string Name, string Path, IReadOnlyList<ShellWord> Args);

    /// <summary>Where an interpreter reads its program: standard input, a file argument, or text arguments (<c>-c</c>, <c>-e</c>).</summary>
    internal sealed record ProgramSource(bool FromStdin, ShellWord? File, IReadOnlyList<ShellWord> Words, bool IsText);

    public static Invocation? Normalize(IReadOnlyList<ShellWord> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            var word = words[i].Text;
            if (Assignment().IsMatch(word))
            {
                i++;
                continue;
            }

            var name = Name(word);
            if (Wrappers.TryGetValue(name, out var valued))
            {
                i++;
                if (name.Equals("timeout", StringComparison.OrdinalIgnoreCase))
                {
                    i = SkipOptions(words, i, valued) + 1;
                    continue;
                }

                if (name.Equals("su", StringComparison.OrdinalIgnoreCase))
                {
                    // su -c 'command' user: the command is text for a shell.
                    return new Invocation("sh", "sh", [.. words.Skip(i)]);
                }

                i = SkipOptions(words, i, valued);
                continue;
            }

            return new Invocation(name, word, [.. words.Skip(i + 1)]);
        }

        return null;
    }

    private static int SkipOptions(IReadOnlyList<ShellWord> words, int i, FrozenSet<string> valued)
    {
        while (i < words.Count && (words[i].Text.StartsWith('-') && words[i].Text.Length > 1 || Assignment().IsMatch(words[i].Text)))
        {
            i += valued.Contains(words[i].Text) ? 2 : 1;
            if (i <= words.Count && words[i - 1].Text == "--")
            {
                break;
            }
        }

        return i;
    }

    public static string Name(string word)
    {
        var slash = word.LastIndexOf('/');
        return slash >= 0 && slash < word.Length - 1 ? word[(slash + 1)..] : word;
    }

    public static bool IsDownloader(string name) => Downloaders.Contains(name);

    public static bool IsInterpreter(string name) =>
        Shells.Contains(name) || Interpreters.Contains(name) || Python().IsMatch(name);

    public static bool IsSqlClient(string name) => SqlClients.Contains(name);

    public static bool IsPrinter(string name) => name is "echo" or "printf" or "cat";

    /// <summary>Whether any command of <paramref name="script"/> (or of what it substitutes) downloads.</summary>
    public static bool Downloads(ShellScript script) =>
        script.Pipelines.Any(p => p.Stages.Any(s => Normalize(s.Words) is { } c && IsDownloader(c.Name)
            || s.Groups.Any(Downloads) || s.Words.Any(w => w.Substitutions.Any(x => Downloads(x.Script)))));

    /// <summary>Whether the command writes what it downloads to standard output (no output file, or the file <c>-</c>).</summary>
    public static bool DownloadsToStdout(Invocation c) => IsDownloader(c.Name) && Output(c) is null or "-";

    /// <summary>The files a download writes, as named (<c>-o f</c>, <c>-O f</c>, <c>--output-document=f</c>, <c>-OutFile f</c>, or the
    /// URL's last part for <c>curl -O</c> and plain <c>wget</c>).</summary>
    public static IEnumerable<string> DownloadedFiles(Invocation c)
    {
        if (!IsDownloader(c.Name) || Output(c) is not { } output || output == "-")
        {
            yield break;
        }

        if (output.Length > 0)
        {
            yield return output;
            yield break;
        }

        foreach (var url in c.Args.Select(a => a.Text).Where(a => Url().IsMatch(a)))
        {
            var path = url.Split('?', '#')[0];
            yield return path[(path.LastIndexOf('/') + 1)..];
        }
    }

    /// <summary>Where a download goes: null for standard output, "" for the URL's own name, else the file named.</summary>
    private static string? Output(Invocation c)
    {
        var wget = c.Name.Equals("wget", StringComparison.OrdinalIgnoreCase);
        var powershell = c.Name.StartsWith('i') || c.Name.StartsWith('I');
        string? output = wget ? "" : null;
        for (var i = 0; i < c.Args.Count; i++)
        {
            var arg = c.Args[i].Text;
            string Next() => i + 1 < c.Args.Count ? c.Args[++i].Text : "";
            if (powershell && arg.Equals("-OutFile", StringComparison.OrdinalIgnoreCase))
            {
                output = Next();
            }
            else if (arg is "--output" or "--output-document" or "--remote-name" or "--remote-name-all")
            {
                output = arg.StartsWith("--remote", StringComparison.Ordinal) ? "" : Next();
            }
            else if (arg.StartsWith("--output=", StringComparison.Ordinal) || arg.StartsWith("--output-document=", StringComparison.Ordinal))
            {
                output = arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..];
            }
            else if (arg.Length > 1 && arg[0] == '-' && arg[1] != '-' && !powershell)
            {
                // A cluster of short options (-sSLo f, -qO-): the output option takes the rest of the cluster or the next word.
                var flag = wget ? 'O' : 'o';
                var at = arg.IndexOf(flag, 1);
                if (at > 0)
                {
                    output = at + 1 < arg.Length ? arg[(at + 1)..] : Next();
                }
                else if (!wget && arg.IndexOf('O', 1) > 0)
                {
                    output = "";
                }
            }
        }

        return output;
    }

    /// <summary>Where an interpreter reads its program from.</summary>
    public static ProgramSource Program(Invocation c)
    {
        if (c.Name == "eval")
        {
            return new ProgramSource(false, null, c.Args, IsText: true);
        }

        if (c.Name is "source" or ".")
        {
            return c.Args.Count == 0 ? new ProgramSource(true, null, [], false) : new ProgramSource(false, c.Args[0], [c.Args[0]], false);
        }

        var shell = Shells.Contains(c.Name);
        for (var i = 0; i < c.Args.Count; i++)
        {
            var arg = c.Args[i].Text;
            if (arg is "-" or "--" && shell || arg == "-")
            {
                return new ProgramSource(true, null, [], false);
            }

            if (arg.Length > 1 && arg[0] == '-' && !arg.StartsWith("--", StringComparison.Ordinal))
            {
                var letters = arg[1..];
                if (letters.Equals("command", StringComparison.OrdinalIgnoreCase) || letters.Equals("encodedcommand", StringComparison.OrdinalIgnoreCase)
                    || letters.EndsWith('c') || letters.EndsWith('e') || letters.EndsWith('E'))
                {
                    return new ProgramSource(false, null, i + 1 < c.Args.Count ? [c.Args[i + 1]] : [], IsText: true);
                }

                if (letters.Contains('s', StringComparison.Ordinal) && shell)
                {
                    return new ProgramSource(true, null, [], false);
                }

                if (letters is "m" or "o" or "O" or "W" or "X" or "r" or "I" or "File" or "file" || letters.Equals("file", StringComparison.OrdinalIgnoreCase))
                {
                    if (letters.Equals("file", StringComparison.OrdinalIgnoreCase) && i + 1 < c.Args.Count)
                    {
                        return new ProgramSource(false, c.Args[i + 1], [c.Args[i + 1]], false);
                    }

                    if (letters == "m")
                    {
                        return new ProgramSource(false, null, [], false);
                    }

                    i++;
                }

                continue;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            return new ProgramSource(false, c.Args[i], [c.Args[i]], false);
        }

        return new ProgramSource(true, null, [], false);
    }

    public static bool ReadsProgramFromStdin(Invocation c) => (IsInterpreter(c.Name) || c.Name == "eval") && Program(c).FromStdin && c.Name != "eval";

    /// <summary>A file as compared between the download and the run: its last path part (<c>./fix.sh</c>, <c>/tmp/fix.sh</c> → <c>fix.sh</c>).</summary>
    public static string FileKey(string path) => Name(path.Trim());

    /// <summary>Whether a SQL text holds a statement that drops a database or schema.</summary>
    public static bool DropsDatabase(string sql) =>
        sql.Split(';').Any(statement => DropStatement().IsMatch(statement)) || sql.Contains("dropDatabase(", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*=")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^python[0-9.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Python();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^\s*drop\s+(?:database|schema)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DropStatement();
}
