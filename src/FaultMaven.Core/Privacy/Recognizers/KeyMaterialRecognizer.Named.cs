using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A key's value under its name in any serialisation — <c>key = "…"</c> (HCL, TOML, INI), <c>key: …</c> (YAML, JSON, escaped
/// JSON), <c>validationKey="…"</c> (XML attributes), <c>&lt;DecryptionKey&gt;…&lt;/DecryptionKey&gt;</c> — read by the name's last
/// word (key, secret, seed, private in any case style) and a value of a key's length: base64 of 16, 24, 32, 48 or 64 bytes, or hex
/// of the same under a name that says what the key does. An RSA key written as XML (.NET's <c>&lt;RSAKeyValue&gt;</c>) is read by its
/// private components; a modulus and exponent alone are a public key.</summary>
internal sealed partial class KeyMaterialRecognizer
{
    private const int MaxValue = 200;
    private const int MaxRsaXml = 16 * 1024;

    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    // The name's last word: a key's value is under a name that ends with it (validationKey, WALG_LIBSODIUM_KEY, rpc_secret), not
    // one that goes on to say something about it (key_id, keyName, secret_ttl).
    private static readonly string[] KeyNameEnds = ["key", "keys", "secret", "seed", "privkey", "private"];

    // What a key does, for hex values and bare alphanumeric ones (a hex digest under cache_key is no key; under validationKey it is).
    private static readonly string[] KeyRoles = ["crypt", "validation", "sign", "hmac", "master", "aes", "cipher", "wrap", "sodium", "secret", "priv", "seed", "root"];

    // Words saying a seed feeds a pseudo-random generator (an experiment's, a test run's, a shuffle's): logged to reproduce a run, no key.
    private static readonly string[] GeneratorSeedWords = ["random", "rand", "rng", "shuffle", "sampl", "numpy", "torch", "tensorflow", "test", "fuzz", "faker", "jitter", "noise", "hypothesis", "experiment", "epoch", "train"];

    private static readonly string[] PrivateComponents =
        ["d", "p", "q", "dp", "dq", "inverseq", "qi", "privateexponent", "prime1", "prime2", "exponent1", "exponent2", "coefficient"];

    /// <summary>Reads the name around the key word at <paramref name="at"/> and the value after its separator; returns where the
    /// search may resume.</summary>
    private static int ReadNamedValue(string text, int at, Findings found)
    {
        var wordLength = KeyWordLength(text, at);
        if (wordLength == 0)
        {
            return at + 1;
        }

        var nameStart = at;
        while (nameStart > 0 && at - nameStart < 64 && NameChars.Contains(text[nameStart - 1]))
        {
            nameStart--;
        }

        var nameEnd = at + wordLength;
        while (nameEnd < text.Length && nameEnd - at < 64 && NameChars.Contains(text[nameEnd]))
        {
            nameEnd++;
        }

        var name = text.AsSpan(nameStart, nameEnd - nameStart);
        if (!IsKeyName(name) || NamesPublicMaterial(WordsBefore(text, nameStart)) || SeedsGenerator(text, name, nameStart))
        {
            return nameEnd;
        }

        var i = nameEnd;
        var xml = nameStart > 0 && text[nameStart - 1] == '<';
        // The name's closing quote, escaped or not, then the separator: = or : (=> too), or an XML element's >.
        while (i < text.Length && i - nameEnd < 4 && text[i] is '"' or '\'' or '\\')
        {
            i++;
        }

        i = SkipSpaces(text, i);
        if (i >= text.Length || (xml ? text[i] != '>' : text[i] is not ('=' or ':')))
        {
            return nameEnd;
        }

        i++;
        if (!xml && i < text.Length && text[i] == '>')
        {
            i++;
        }

        i = SkipSpaces(text, i);
        var quoteStart = i;
        while (i < text.Length && i - quoteStart < 4 && text[i] is '"' or '\'' or '\\' or '`')
        {
            i++;
        }

        var valueStart = i;
        var window = Math.Min(text.Length - valueStart, MaxValue + 1);
        var run = text.AsSpan(valueStart, window).IndexOfAnyExcept(Base64Chars);
        var valueEnd = run < 0 ? valueStart + window : valueStart + run;
        if (valueEnd - valueStart > MaxValue || valueEnd < text.Length && !IsValueEnd(text[valueEnd]))
        {
            return Math.Max(nameEnd, valueEnd);
        }

        if (IsKeyValue(name, text.AsSpan(valueStart, valueEnd - valueStart)))
        {
            found.Add(PiiType.GenericSecret, valueStart, valueEnd, 0.85);
        }

        return Math.Max(nameEnd, valueEnd);
    }

    /// <summary>The words on the name's line just before it ("public key:", "host public key ="), up to 24 characters.</summary>
    private static ReadOnlySpan<char> WordsBefore(string text, int nameStart)
    {
        var from = Math.Max(0, nameStart - 24);
        var before = text.AsSpan(from, nameStart - from);
        var newline = before.LastIndexOf('\n');
        return newline < 0 ? before : before[(newline + 1)..];
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsValueEnd(char c) => c is '"' or '\'' or '`' or '<' or ' ' or '\t' or '\r' or '\n' or ',' or ';' or '}' or ']' or ')' or '\\' or '|';

    /// <summary>Whether a name ends with a key word and says nothing public about it; an HTTP header's name (Sec-WebSocket-Key, a
    /// nonce) is left to the readers of headers.</summary>
    private static bool IsKeyName(ReadOnlySpan<char> name)
    {
        if (NamesPublicMaterial(name) || SecretValues.IsDescriptive(name) || IsHeaderName(name))
        {
            return false;
        }

        var compact = Compact(name, stackalloc char[name.Length]);
        foreach (var end in KeyNameEnds)
        {
            if (compact.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name ending in "seed" seeds a pseudo-random generator: its own words say so (<c>random_seed</c>,
    /// <c>rng.seed</c>), or, for a bare <c>seed</c>, the words on its line and the one before do (<c>[training]</c>, <c>numpy</c>).</summary>
    private static bool SeedsGenerator(string text, ReadOnlySpan<char> name, int nameStart)
    {
        var compact = Compact(name, stackalloc char[name.Length]);
        if (!compact.EndsWith("seed", StringComparison.Ordinal))
        {
            return false;
        }

        var context = compact.Length > 4 ? name : LinesBefore(text, nameStart);
        foreach (var word in GeneratorSeedWords)
        {
            if (context.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeaderName(ReadOnlySpan<char> name) =>
        name.Contains('-') && char.IsAsciiLetterUpper(name[0]) && name.IndexOf('-') is var dash && dash + 1 < name.Length && char.IsAsciiLetterUpper(name[dash + 1]);

    private static ReadOnlySpan<char> Compact(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..n];
    }

    /// <summary>Whether a value is a key of a common length: base64 with its padding, mixing cases and digits, random enough; or hex,
    /// bare alphanumerics or 16 bytes, under a name that says the key's role. A name that is "key" alone needs 32 bytes or more; any
    /// other name must say the key's role.</summary>
    private static bool IsKeyValue(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        var compact = Compact(name, stackalloc char[name.Length]);
        var qualified = compact is not ("key" or "keys");
        var role = false;
        foreach (var word in KeyRoles)
        {
            role |= compact.Contains(word, StringComparison.Ordinal);
        }

        if (!value.ContainsAnyExcept(HexChars))
        {
            return role && value.Length is 32 or 48 or 64 or 96 or 128 && value.ContainsAnyInRange('0', '9')
                && (value.ContainsAnyInRange('a', 'f') || value.ContainsAnyInRange('A', 'F')) && Checks.Entropy(value) >= 3.0;
        }

        var padding = value.Length - value.TrimEnd('=').Length;
        var bytes = (value.Length - padding) * 3 / 4;
        var encoded = padding > 0 || value.ContainsAny('+', '/');
        // 16 bytes is a nonce's length too (Sec-WebSocket-Key): a key of that length needs its role named.
        // A name that qualifies "key" without a key's role (cache_key, partition_key, idempotencyKey, sort_key) holds hashes and
        // ids in base64 as often: it takes nothing here.
        if (value.TrimEnd('=').Contains('=') || bytes is not (16 or 24 or 32 or 48 or 64) || !encoded && !role || qualified && !role || !qualified && bytes < 32 || bytes < 24 && !role)
        {
            return false;
        }

        return value.ContainsAnyInRange('0', '9') && value.ContainsAnyInRange('a', 'z') && value.ContainsAnyInRange('A', 'Z') && Checks.Entropy(value) >= 3.5;
    }

    /// <summary>An RSA key as XML from <c>&lt;Modulus&gt;</c>: the elements after it, one value each; with a private component
    /// (<c>&lt;D&gt;</c>, <c>&lt;P&gt;</c>, <c>&lt;InverseQ&gt;</c>, …) the whole key, from the element that holds it to its end.</summary>
    private static int ReadRsaXml(string text, int at, Findings found)
    {
        var limit = Math.Min(text.Length, at + MaxRsaXml);
        var i = at;
        var lastPrivateEnd = -1;
        while (i + 1 < limit && text[i] == '<' && text[i + 1] != '/')
        {
            var nameEnd = text.IndexOf('>', i, Math.Min(64, limit - i));
            var close = nameEnd < 0 ? -1 : text.IndexOf('<', nameEnd, limit - nameEnd);
            if (close < 0)
            {
                break;
            }

            var name = text.AsSpan(i + 1, nameEnd - i - 1);
            var closeEnd = close + name.Length + 3;
            if (closeEnd > limit || text[close + 1] != '/' || !text.AsSpan(close + 2, name.Length).SequenceEqual(name) || text[closeEnd - 1] != '>')
            {
                break;
            }

            var value = text.AsSpan(nameEnd + 1, close - nameEnd - 1).Trim();
            if (value.Length >= 40 && !value.ContainsAnyExcept(Base64Chars) && IsPrivateComponent(name))
            {
                lastPrivateEnd = closeEnd;
            }

            i = closeEnd;
            while (i < limit && text[i] is ' ' or '\t' or '\r' or '\n')
            {
                i++;
            }
        }

        if (lastPrivateEnd < 0)
        {
            return Math.Max(at + 1, i);
        }

        var start = at;
        var end = lastPrivateEnd;
        // The element holding the key (<RSAKeyValue>, <RSAParameters>): from its opening tag to its closing one.
        var before = at;
        while (before > 0 && at - before < 64 && text[before - 1] is ' ' or '\t' or '\r' or '\n')
        {
            before--;
        }

        if (before > 0 && text[before - 1] == '>' && text.LastIndexOf('<', before - 1, Math.Min(64, before)) is var open and >= 0
            && text[open + 1] is not ('/' or '?' or '!') && text[before - 2] != '/')
        {
            var container = text.AsSpan(open + 1, before - open - 2);
            start = open;
            if (i + container.Length + 3 <= text.Length && text.AsSpan(i).StartsWith("</", StringComparison.Ordinal)
                && text.AsSpan(i + 2, container.Length).SequenceEqual(container) && text[i + 2 + container.Length] == '>')
            {
                end = i + container.Length + 3;
            }
        }

        found.Add(PiiType.PrivateKey, start, end, 0.9);
        return end;
    }

    private static bool IsPrivateComponent(ReadOnlySpan<char> name)
    {
        foreach (var component in PrivateComponents)
        {
            if (name.Equals(component, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
