using System.Collections.Frozen;

namespace FaultMaven.Core.Agent.Safety;

/// <summary>Commands whose shape destroys a machine, a cluster's namespace or a database, read from the command and its arguments:
/// <c>rm</c> recursive on the root, a home or a top-level system directory; <c>chmod</c>/<c>chown</c> recursive on the same; <c>dd</c>
/// writing to a device; a file system made or signatures wiped on a device; <c>kubectl delete</c> of a namespace or of everything in
/// every namespace; a SQL client dropping a database or schema, or the statement given as the step itself.</summary>
internal static class Destructive
{
    private static readonly FrozenSet<string> SystemDirectories = FrozenSet.ToFrozenSet(
        ["bin", "boot", "dev", "etc", "home", "lib", "lib32", "lib64", "opt", "root", "sbin", "srv", "usr", "var", "sys", "proc", "System", "Users", "Library", "Applications"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> HarmlessDevices = FrozenSet.ToFrozenSet(["null", "zero", "stdout", "stderr", "tty", "random", "urandom"], StringComparer.Ordinal);

    /// <summary>What the command destroys, or null.</summary>
    public static string? Judge(Commands.Invocation c)
    {
        var name = c.Name.ToLowerInvariant();
        var args = c.Args.Select(a => a.Text).ToList();
        var options = args.TakeWhile(a => a != "--").Where(a => a.Length > 1 && a[0] == '-').ToList();
        var operands = args.Where(a => a.Length == 0 || a[0] != '-' || a == "-").ToList();
        switch (name)
        {
            case "rm" when Recursive(options, 'r', 'R') && operands.Any(RootLike):
                return "removes the root, a home or a system directory recursively";
            case "chmod" or "chown" or "chgrp" when Recursive(options, 'R', 'R') && operands.Skip(1).Any(RootLike):
                return "changes the permissions or owner of the root, a home or a system directory recursively";
            case "dd" when args.Any(a => a.StartsWith("of=", StringComparison.Ordinal) && Device(a[3..])):
                return "writes raw data over a disk device";
            case "shred" or "wipefs" or "mkswap" or "mke2fs" when operands.Any(Device):
                return "destroys the data on a disk device";
            case "kubectl" or "oc" when KubernetesDelete(args) is { } deleted:
                return deleted;
            case "drop" when operands.FirstOrDefault()?.ToLowerInvariant() is "database" or "schema":
                return "drops a database or schema";
            case "redis-cli" when args.Any(a => a.Equals("flushall", StringComparison.OrdinalIgnoreCase) || a.Equals("flushdb", StringComparison.OrdinalIgnoreCase)):
                return "deletes every key of a Redis database";
        }

        if (name.StartsWith("mkfs", StringComparison.Ordinal) && operands.Any(Device))
        {
            return "makes a new file system on a disk device, erasing it";
        }

        return Commands.IsSqlClient(name) && args.Any(Commands.DropsDatabase) ? "drops a database or schema" : null;
    }

    private static bool Recursive(List<string> options, char flag, char other) =>
        options.Any(o => o is "--recursive" || !o.StartsWith("--", StringComparison.Ordinal) && (o.Contains(flag, StringComparison.Ordinal) || o.Contains(other, StringComparison.Ordinal)));

    /// <summary>The root, a home directory, or a top-level system directory (with or without a trailing <c>/</c> or <c>/*</c>).</summary>
    private static bool RootLike(string path)
    {
        var p = path.Trim();
        if (p.EndsWith("/*", StringComparison.Ordinal) || p.EndsWith("/.", StringComparison.Ordinal))
        {
            p = p[..^2];
        }

        p = p.TrimEnd('/');
        if (p.Length == 0 && path.Contains('/', StringComparison.Ordinal) || p is "*" && path.StartsWith('/') || p is "~" or "$HOME" or "${HOME}" or "/.." or "/.")
        {
            return true;
        }

        return p.StartsWith('/') && p.IndexOf('/', 1) < 0 && SystemDirectories.Contains(p[1..]);
    }

    private static bool Device(string path) =>
        path.StartsWith("/dev/", StringComparison.Ordinal) && path.Length > 5 && !HarmlessDevices.Contains(path[5..]) && !path.StartsWith("/dev/fd/", StringComparison.Ordinal);

    private static string? KubernetesDelete(List<string> args)
    {
        var words = args.Where(a => a.Length > 0 && a[0] != '-').ToList();
        var at = words.IndexOf("delete");
        if (at < 0 || at + 1 >= words.Count && !args.Contains("--all"))
        {
            return null;
        }

        var kinds = at + 1 < words.Count ? words[at + 1].ToLowerInvariant() : "";
        if (kinds.Split(',').Any(k => k.Split('/')[0] is "ns" or "namespace" or "namespaces"))
        {
            return "deletes a Kubernetes namespace and everything in it";
        }

        return args.Contains("--all") && (args.Contains("-A") || args.Contains("--all-namespaces")) ? "deletes every object of a kind in every namespace" : null;
    }
}
