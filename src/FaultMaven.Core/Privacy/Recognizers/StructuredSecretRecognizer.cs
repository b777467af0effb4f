using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets that no key names right before them, only the structure around them: the column list of an SQL <c>INSERT</c>
/// or a dump's <c>COPY</c> (the n-th value of each row is the n-th column's), a map under a credentials key whose keys are user names
/// (<c>passwords: {alice: X}</c>), the position of an argument in a call whose function takes credentials (<c>login("bob", X)</c>,
/// <c>getConnection(url, "app", X)</c>). An <c>expect</c> script's <c>send</c> after a password prompt is read by
/// <see cref="AccountToolSecretRecognizer"/>.</summary>
internal sealed partial class StructuredSecretRecognizer : PiiRecognizer
{
    private static readonly SearchValues<char> WordCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    public override void Recognize(string text, Findings found)
    {
        if (Keyword.In(text, "values"))
        {
            InsertTuples(text, found);
        }

        if (Keyword.In(text, "stdin"))
        {
            CopyRows(text, found);
        }

        if (text.AsSpan().IndexOfAny(MapKeyWords) >= 0)
        {
            Maps(text, found);
        }

        if (text.AsSpan().IndexOfAny(CallWords) >= 0)
        {
            Calls(text, found);
        }
    }

    /// <summary>A password hash (bcrypt, argon2, crypt's $n$, PBKDF2, LDAP's {SSHA}) stored where the password's column or key is:
    /// what a verifier compares against, not what a person types, and read elsewhere as the hash it is.</summary>
    internal static bool IsPasswordHash(ReadOnlySpan<char> value) =>
        value.StartsWith("$2a$", StringComparison.Ordinal) || value.StartsWith("$2b$", StringComparison.Ordinal)
        || value.StartsWith("$2y$", StringComparison.Ordinal) || value.StartsWith("$argon2", StringComparison.Ordinal)
        || value.Length > 3 && value[0] == '$' && char.IsAsciiDigit(value[1]) && value[2] == '$'
        || value.StartsWith("pbkdf2", StringComparison.OrdinalIgnoreCase) || value.StartsWith("{SSHA", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("{SHA", StringComparison.OrdinalIgnoreCase) || value.StartsWith("{CRYPT}", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("scrypt:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("SCRAM-SHA", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the character before <paramref name="index"/> ends a word (so the word at it starts one).</summary>
    private static bool StartsWord(string text, int index) => index == 0 || !WordCharacters.Contains(text[index - 1]);
}
