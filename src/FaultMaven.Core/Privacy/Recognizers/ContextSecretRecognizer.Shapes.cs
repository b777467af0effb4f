namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>(b) Values whose own shape says credential, whatever their key: the body of armour lines that name a seed, a secret or a
/// non-public key; a Go driver DSN's <c>user:password@tcp(host)</c>; an AWS secret access key written beside its key id.</summary>
internal sealed partial class ContextSecretRecognizer
{
    private const int MaxArmourBody = 16 * 1024;

    /// <summary><c>-----BEGIN USER NKEY SEED-----</c> and any other armour whose name says seed or secret, or ends in a key (not a
    /// public key, a certificate, nor a private key, which the credential reader takes whole): its body is the secret. The name
    /// decides: "KEY VALUE STORE DUMP" names no key. Without an end line, the base64 lines after the begin line are the body.</summary>
    private static int ReadArmour(string text, int at, Findings found, ref int armourEnd)
    {
        var labelStart = at + 11;
        var labelEnd = labelStart;
        while (labelEnd < text.Length && labelEnd - labelStart < 64 && (char.IsAsciiLetterUpper(text[labelEnd]) || char.IsAsciiDigit(text[labelEnd]) || text[labelEnd] == ' '))
        {
            labelEnd++;
        }

        if (labelEnd == labelStart || !text.AsSpan(labelEnd).StartsWith("-----", StringComparison.Ordinal))
        {
            return labelEnd;
        }

        var label = text.AsSpan(labelStart, labelEnd - labelStart);
        if (!NamesArmouredSecret(label))
        {
            return labelEnd;
        }

        var bodyStart = labelEnd + 5;
        while (bodyStart < text.Length && text[bodyStart] is ' ' or '\t' or '\r')
        {
            bodyStart++;
        }

        if (bodyStart >= text.Length || text[bodyStart] != '\n')
        {
            return labelEnd;
        }

        bodyStart++;
        // The next end line, searched once and reused by every begin line before it (-1: not searched; int.MaxValue: none left).
        if (armourEnd != int.MaxValue && armourEnd < bodyStart)
        {
            var end = text.IndexOf("-----END ", bodyStart, StringComparison.Ordinal);
            armourEnd = end < 0 ? int.MaxValue : end;
        }

        // No end line before the next begin line, or none at all: a truncated paste; its body is the run of base64 lines after the
        // begin line (header lines such as "Comment: …" end it).
        if (armourEnd == int.MaxValue || armourEnd - bodyStart > MaxArmourBody
            || text.AsSpan(bodyStart, armourEnd - bodyStart).Contains("-----", StringComparison.Ordinal))
        {
            return ReadUnendedArmour(text, bodyStart, found);
        }

        var body = text.AsSpan(bodyStart, armourEnd - bodyStart);
        var trimmedStart = bodyStart + (body.Length - body.TrimStart().Length);
        var trimmedEnd = bodyStart + body.TrimEnd().Length;
        if (trimmedEnd - trimmedStart >= 16)
        {
            found.Add(PiiType.GenericSecret, trimmedStart, trimmedEnd, 0.9);
        }

        return armourEnd;
    }

    private static int ReadUnendedArmour(string text, int bodyStart, Findings found)
    {
        var line = bodyStart;
        var end = bodyStart;
        while (line >= 0 && line - bodyStart < MaxArmourBody)
        {
            var lineEnd = LineEnd(text, line);
            var content = text.AsSpan(line, lineEnd - line).TrimEnd(" \t\r");
            if (content.Length == 0 || content.ContainsAnyExcept(Base64Line))
            {
                break;
            }

            end = line + content.Length;
            line = NextLineStart(text, lineEnd);
        }

        if (end - bodyStart >= 16)
        {
            found.Add(PiiType.GenericSecret, bodyStart, end, 0.9);
        }

        return Math.Max(end, bodyStart);
    }

    private static bool NamesArmouredSecret(ReadOnlySpan<char> label) =>
        !label.Contains("PUBLIC", StringComparison.Ordinal) && !label.Contains("CERTIFICATE", StringComparison.Ordinal)
        && !label.Contains("PRIVATE KEY", StringComparison.Ordinal) && !label.Contains("SIGNATURE", StringComparison.Ordinal)
        && (label.Contains("SEED", StringComparison.Ordinal) || label.Contains("SECRET", StringComparison.Ordinal) || label.EndsWith("KEY", StringComparison.Ordinal)
            || label.EndsWith("KEYS", StringComparison.Ordinal) || label.Contains("KEY BLOCK", StringComparison.Ordinal) || label.Contains("KEY FILE", StringComparison.Ordinal));

    /// <summary>Go's MySQL driver DSN <c>user:password@tcp(host:3306)/db</c> (also <c>@unix(</c>): the user and password before the
    /// protocol's parenthesis, as a URL's user info is. <c>user@tcp(</c> has no password; a reference (<c>${DB_PASS}</c>) is not one.</summary>
    private static int ReadGoDsn(string text, int at, Findings found)
    {
        if (!text.AsSpan(at).StartsWith("@tcp(", StringComparison.OrdinalIgnoreCase) && !text.AsSpan(at).StartsWith("@unix(", StringComparison.OrdinalIgnoreCase)
            && !text.AsSpan(at).StartsWith("@tcp6(", StringComparison.OrdinalIgnoreCase))
        {
            return at + 1;
        }

        var start = at;
        while (start > 0 && at - start < 256 && text[start - 1] is not (' ' or '\t' or '\n' or '\r' or '"' or '\'' or '`' or '=' or '[' or '<' or '>' or '('))
        {
            start--;
        }

        var userInfo = text.AsSpan(start, at - start);
        if (userInfo.IndexOf("://", StringComparison.Ordinal) is >= 0 and var scheme)
        {
            start += scheme + 3;
            userInfo = userInfo[(scheme + 3)..];
        }

        var colon = userInfo.IndexOf(':');
        if (colon <= 0 || colon == userInfo.Length - 1)
        {
            return at + 1;
        }

        var password = userInfo[(colon + 1)..];
        // A log's source position before the DSN (db.go:88:app@tcp(…)) is a file and a line number, not a user and a password.
        var digits = password.IndexOfAnyExceptInRange('0', '9');
        if (digits > 0 && password[digits] == ':')
        {
            return at + 1;
        }

        if (SecretValues.IsReference(password) || Checks.Placeholder(password) || password.StartsWith('$'))
        {
            return at + 1;
        }

        found.Add(PiiType.ConnectionString, start, at, 0.9);
        return at + 1;
    }

    /// <summary>An AWS secret access key beside its key id on one line (<c>AKIA…:SECRET</c> in s3fs' passwd file, a console's
    /// table row, a credentials CSV): 40 characters of base64 after the 20-character id and one short separator.</summary>
    private static int ReadAwsPair(string text, int at, Findings found)
    {
        if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]) || at + 20 > text.Length)
        {
            return at + 4;
        }

        for (var i = at + 4; i < at + 20; i++)
        {
            if (!char.IsAsciiLetterUpper(text[i]) && !char.IsAsciiDigit(text[i]))
            {
                return i;
            }
        }

        var start = at + 20;
        // Quotes too: AWS's credentials CSV quotes each cell ("AKIA…","secret").
        while (start < text.Length && start - at - 20 < 8 && text[start] is ' ' or '\t' or ':' or ',' or ';' or '|' or '"' or '\'')
        {
            start++;
        }

        if (start == at + 20 || start + 40 > text.Length)
        {
            return at + 20;
        }

        var value = text.AsSpan(start, 40);
        if (value.ContainsAnyExcept(Base64Characters) || start + 40 < text.Length && (Base64Characters.Contains(text[start + 40]) || text[start + 40] == '=')
            || !value.ContainsAnyInRange('a', 'z') || !value.ContainsAnyInRange('A', 'Z') || !value.ContainsAnyInRange('0', '9'))
        {
            return at + 20;
        }

        found.Add(PiiType.AwsSecretKey, start, start + 40, 0.9);
        return start + 40;
    }

    private static readonly System.Buffers.SearchValues<char> Base64Characters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
}
