using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Values that stand where a secret was or will be: a mask the logging tool already put there (<c>[FILTERED]</c>,
/// <c>[REDACTED]</c>, <c>(hidden)</c>) and a template's slot naming the secret (<c>{password}</c>, <c>{db.api_token}</c>, <c>{0}</c>).
/// Shown whole, closer included: a mask is evidence that masking worked, a slot is the code that will fill it.</summary>
internal static partial class SecretValues
{
    private static readonly SearchValues<char> LabelCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz _-");
    private static readonly SearchValues<char> SlotCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.");
    private static readonly SearchValues<string> SlotSecretWords = SearchValues.Create(["pass", "pw", "secret", "token", "key", "cred", "auth"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets whether <paramref name="value"/>, or it without up to four closing characters of a frame after it, is a mask or a
    /// template's slot (<see cref="IsMaskOrSlot"/>).</summary>
    public static bool StartsMaskOrSlot(ReadOnlySpan<char> value)
    {
        for (var trimmed = 0; trimmed <= 4 && value.Length >= 2; trimmed++)
        {
            if (IsMaskOrSlot(value))
            {
                return true;
            }

            if (value[^1] is not (',' or ';' or ')' or ']' or '}'))
            {
                return false;
            }

            value = value[..^1];
        }

        return false;
    }

    /// <summary>A mask in brackets or parentheses, a word or words and nothing else (<c>[FILTERED]</c>, <c>[REDACTED]</c>,
    /// <c>(hidden)</c>, <c>[not shown]</c>): a chosen value holds digits or symbols (<c>[Hq7!vRt2]</c>). Or a template's slot in
    /// braces that names a secret or counts arguments (<c>{password}</c>, <c>{self.db_pass}</c>, <c>{api_token!r}</c>, <c>{0}</c>):
    /// the name of a variable, not a chosen value (<c>{Kv8rT2q}</c> mixes lower case, capitals and digits as no variable's name does).</summary>
    public static bool IsMaskOrSlot(ReadOnlySpan<char> value)
    {
        if (value.Length < 2)
        {
            return false;
        }

        var inner = value[1..^1];
        if (value[0] == '[' && value[^1] == ']' || value[0] == '(' && value[^1] == ')')
        {
            return inner.Length >= 4 && !inner.ContainsAnyExcept(LabelCharacters) && char.IsAsciiLetter(inner[0]);
        }

        if (value[0] != '{' || value[^1] != '}')
        {
            return false;
        }

        // Python's conversion and format spec after the name ({password!r}, {token:>12}).
        var spec = inner.IndexOfAny('!', ':');
        var name = spec >= 0 ? inner[..spec] : inner;
        if (name.IsEmpty || !name.ContainsAnyExceptInRange('0', '9'))
        {
            return name.Length <= 2;
        }

        // A variable's name is one case with digits (db_pass2, BASE32_SECRET) or words in mixed case (apiToken); a chosen value mixes
        // lower case, capitals and digits.
        return char.IsAsciiLetter(name[0]) && !name.ContainsAnyExcept(SlotCharacters) && name.IndexOfAny(SlotSecretWords) >= 0
            && !(name.ContainsAnyInRange('a', 'z') && name.ContainsAnyInRange('A', 'Z') && name.ContainsAnyInRange('0', '9'));
    }
}
