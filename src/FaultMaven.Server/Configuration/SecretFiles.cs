using System.Text;

namespace FaultMaven.Server.Configuration;

/// <summary>Reads secret variables given as files: <c>FM_POSTGRES_FILE=/run/secrets/pg</c> stands for <c>FM_POSTGRES</c> set to the file's
/// text. Done once, where configuration is assembled, so every reader of <c>FM_POSTGRES</c> sees the value whichever form was used.</summary>
public static class SecretFiles
{
    /// <summary>The largest secret file read; a secret is one value, so anything larger is the wrong file.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Returns the value of each secret variable given as a file, by variable name; variables given directly are left out.</summary>
    /// <param name="lookup">Reads a variable as configured (environment, settings); null or empty means not set.</param>
    /// <exception cref="SecretFileException">A variable is set both ways, or its file cannot be used.</exception>
    public static IReadOnlyDictionary<string, string> Resolve(Func<string, string?> lookup)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in SecretVariables.Names)
        {
            var fileVariable = name + SecretVariables.FileSuffix;
            var path = lookup(fileVariable);
            if (string.IsNullOrWhiteSpace(path))
            {
                continue;
            }

            // Empty means "not set" everywhere in the configuration, so FM_REDIS= beside FM_REDIS_FILE is no conflict.
            if (!string.IsNullOrWhiteSpace(lookup(name)))
            {
                throw new SecretFileException($"{name} and {fileVariable} are both set; set only one of them.");
            }

            values[name] = Read(fileVariable, path);
        }

        return values;
    }

    /// <summary>Wraps <paramref name="lookup"/> so that secret variables given as files read as their value.</summary>
    /// <exception cref="SecretFileException">A variable is set both ways, or its file cannot be used.</exception>
    public static Func<string, string?> Apply(Func<string, string?> lookup)
    {
        var resolved = Resolve(lookup);
        return resolved.Count == 0 ? lookup : name => resolved.TryGetValue(name, out var value) ? value : lookup(name);
    }

    private static string Read(string fileVariable, string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw new SecretFileException($"{fileVariable} '{path}' is a directory; it must name the file holding the secret.");
            }

            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (file.Length > MaxBytes)
            {
                throw new SecretFileException($"{fileVariable} '{path}' is larger than {MaxBytes / 1024} KiB; it must hold one secret value.");
            }

            bytes = new byte[file.Length];
            file.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SecretFileException($"{fileVariable} '{path}' does not exist.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new SecretFileException($"{fileVariable} '{path}' cannot be read: permission denied.");
        }
        catch (IOException ex)
        {
            throw new SecretFileException($"{fileVariable} '{path}' cannot be read: {ex.GetType().Name}.");
        }

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes).TrimStart('\uFEFF');
        // Secret files written by `echo` or an editor end in one newline, which is not part of the secret.
        text = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
        return text.Length == 0 ? throw new SecretFileException($"{fileVariable} '{path}' is empty.") : text;
    }
}
