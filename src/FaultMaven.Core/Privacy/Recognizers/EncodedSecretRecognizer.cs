using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets hidden by base64: a Kubernetes <c>data:</c> value, a Docker <c>auth</c>, SMTP's <c>AUTH PLAIN</c>, an
/// <c>echo … | base64 -d</c>. A run of base64 whose decoded bytes are printable text is read by the secret recognizers (and as a
/// bare <c>user:password</c>); when they find a secret there, the whole encoded run is one.</summary>
internal sealed class EncodedSecretRecognizer : PiiRecognizer
{
    // Runs shorter than this are never read, whatever their place in the text, so a run is read or not the same way in any block.
    internal const int MinimumRun = 16;

    // Longer runs are files or images, not a credential; leaving them unread bounds the work a run can cost.
    private const int MaximumRun = 4096;

    private const int Step = MinimumRun / 2;

    private static readonly SearchValues<char> Alphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    // The first character of each four that decode to printable ASCII (0x20–0x7E), a tab or line break (C, D), or NUL (A, SMTP
    // PLAIN's separator): a cheap test that reads one character in four before anything is decoded.
    private static readonly SearchValues<char> TextLeads = SearchValues.Create("ACDIJKLMNOPQRSTUVWXYZabcdef");

    // What is run over the decoded text: every recognizer of secrets except this one (so decoding never recurses).
    private static readonly PiiRecognizer[] SecretRecognizers = [new TokenRecognizer(), new CredentialRecognizer(), new NamedSecretRecognizer(), new CommandLineSecretRecognizer()];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Recognize(string text, Findings found)
    {
        // Every run of MinimumRun characters holds two sampled positions Step apart, so reading one character in Step finds them all.
        var scanned = 0;
        for (var at = 0; at + Step < text.Length; at += Step)
        {
            // Two samples a step apart belong to one run only if every character between them is base64 too (in a log, most pairs
            // of samples fall in two words).
            if (!Alphabet.Contains(text[at + Step]) || text.AsSpan(at, Step).ContainsAnyExcept(Alphabet))
            {
                continue;
            }

            var start = at;
            while (start > scanned && Alphabet.Contains(text[start - 1]))
            {
                start--;
            }

            var end = at + Step;
            while (end < text.Length && Alphabet.Contains(text[end]))
            {
                end++;
            }

            // A run is read once: the next sample starts after it, and no run is widened back into one already read.
            scanned = end;
            at = end - end % Step;
            if (end - start >= MinimumRun && end - start <= MaximumRun && IsWholeRun(text, start, end))
            {
                Consider(text, start, end, found);
            }
        }
    }

    /// <summary>A token of its own, not the tail of a word joined by a character base64 does not use (<c>sha512-…</c>, <c>a.b</c>).</summary>
    private static bool IsWholeRun(string text, int start, int end) =>
        TextContext.CharBefore(text, start) is not ('-' or '_' or '.' or '%' or '\\' or '$')
        && TextContext.CharAt(text, end) is not ('-' or '_' or '.' or '%');

    private static void Consider(string text, int start, int end, Findings found)
    {
        var padded = end;
        while (padded < text.Length && padded - end < 2 && text[padded] == '=')
        {
            padded++;
        }

        var run = text.AsSpan(start, end - start);
        if ((padded - start) % 4 != 0 && padded != end || run.Length % 4 == 1 || !LeadsText(run))
        {
            return;
        }

        var decoded = Checks.DecodeBase64(run, MaximumRun);
        if (decoded is null || decoded.Length < 8 || !IsPrintable(decoded) || !HoldsSecret(decoded))
        {
            return;
        }

        found.Add(PiiType.GenericSecret, start, padded, 0.9);
    }

    private static bool LeadsText(ReadOnlySpan<char> run)
    {
        for (var i = 0; i < run.Length; i += 4)
        {
            if (!TextLeads.Contains(run[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrintable(string decoded)
    {
        foreach (var c in decoded)
        {
            if (c is (< ' ' and not ('\t' or '\n' or '\r' or '\0')) or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether decoded text holds a secret the recognizers know, or is itself a <c>user:password</c> pair (a Docker or
    /// HTTP Basic credential) or SMTP PLAIN's <c>\0user\0password</c>.</summary>
    internal static bool HoldsSecret(string decoded)
    {
        var separator = decoded.AsSpan().IndexOfAny(':', '\0');
        if (separator > 0 || decoded.StartsWith('\0'))
        {
            var pair = decoded.AsSpan().Trim('\0');
            var split = pair.IndexOfAny(':', '\0');
            if (split > 0 && IsUser(pair[..split]) && pair[(split + 1)..] is var password && !password.ContainsAny(" \t\r\n\0")
                && !password.StartsWith("//", StringComparison.Ordinal)
                && SecretValues.LooksSecret(password, 1.5) && !SecretValues.IsPlainWord(password))
            {
                return true;
            }
        }

        var findings = new Findings();
        foreach (var recognizer in SecretRecognizers)
        {
            recognizer.Recognize(decoded, findings);
        }

        return findings.Resolve(PiiDetector.DefaultMinimumScore).Count > 0;
    }

    private static bool IsUser(ReadOnlySpan<char> user)
    {
        foreach (var c in user)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or '@' or '+'))
            {
                return false;
            }
        }

        return user.Length <= 64;
    }
}
