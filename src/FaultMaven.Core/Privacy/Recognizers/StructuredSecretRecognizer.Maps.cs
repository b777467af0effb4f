using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Maps from user names to their secrets under a key that says so: <c>passwords:</c> then <c>alice: X</c> lines (YAML),
/// <c>users: {alice: X, bob: Y}</c>, <c>"credentials": {"svc-ci": "X"}</c>, <c>accounts = { "deploy" = "X" }</c>, and htpasswd-like
/// <c>user:secret</c> items under such a key.</summary>
internal sealed partial class StructuredSecretRecognizer
{
    // The most entries read under one key in one text (a stream's block carries an open map to the next, where the count starts again).
    private const int MaxEntries = 4096;

    // The last word of a key that holds accounts or their secrets.
    private static readonly SearchValues<string> MapKeyWords = SearchValues.Create(
        ["users", "passwords", "passwds", "credentials", "creds", "secrets", "accounts", "logins", "htpasswd"], StringComparison.OrdinalIgnoreCase);

    // A key whose name says its entries are secrets; otherwise (users, accounts) an entry's value must look machine-made or chosen
    // to be hard (letters and digits) before it is read as one.
    private static readonly string[] SecretMapWords = ["pass", "pwd", "cred", "secret", "htpasswd", "auth", "acl"];

    // Entry keys that are an account's attributes, not a user's name: the map is a record (alice: {role: admin}) or a connection's
    // settings (credentials: {host: db, user: app}); its secret fields are read by name elsewhere.
    private static readonly HashSet<string> AttributeKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "user", "username", "login", "email", "mail", "role", "roles", "group", "groups", "shell", "home", "uid", "gid", "host",
        "hostname", "port", "url", "uri", "endpoint", "server", "database", "db", "dbname", "schema", "path", "file", "region", "type", "kind",
        "scope", "scopes", "state", "status", "enabled", "comment", "description", "id", "key", "value", "provider", "source", "mode", "driver",
        "account", "tenant", "project", "namespace", "env", "environment", "version", "address", "domain", "realm", "method",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AttributeKeysBySpan = AttributeKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> KeyCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    // A value of lower-case words, digits and dashes under a key that does not name secrets is a place or a name (us-east-1a, web-02).
    private static readonly SearchValues<char> LowerName = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.");

    private static readonly SearchValues<char> TimestampCharacters = SearchValues.Create("0123456789-:.+TZ ");

    private static void Maps(string text, Findings? found, RowTrace? trace = null)
    {
        var readTo = 0;
        for (var offset = 0; offset < text.Length;)
        {
            var hit = text.AsSpan(offset).IndexOfAny(MapKeyWords);
            if (hit < 0)
            {
                return;
            }

            var wordAt = offset + hit;
            offset = wordAt + 1;
            // The word ends the key (db_passwords, basic_auth_users), which may be quoted, and a colon, = or => follows.
            var keyEnd = wordAt;
            while (keyEnd < text.Length && keyEnd - wordAt < 64 && KeyCharacters.Contains(text[keyEnd]))
            {
                keyEnd++;
            }

            var keyStart = wordAt;
            while (keyStart > 0 && wordAt - keyStart < 64 && KeyCharacters.Contains(text[keyStart - 1]))
            {
                keyStart--;
            }

            var key = text.AsSpan(keyStart, keyEnd - keyStart);
            if (wordAt < readTo || !EndsWithMapWord(key))
            {
                continue;
            }

            if (keyStart > 0 && text[keyStart - 1] == '[' && keyEnd < text.Length && text[keyEnd] == ']')
            {
                readTo = SectionEntries(text, keyStart - 1, keyEnd + 1, NamesSecretMap(key), found, trace);
                continue;
            }

            var i = keyEnd < text.Length && text[keyEnd] is '"' or '\'' ? keyEnd + 1 : keyEnd;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= text.Length || text[i] is not (':' or '='))
            {
                continue;
            }

            i += i + 1 < text.Length && text[i] == '=' && text[i + 1] == '>' ? 2 : 1;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            var named = NamesSecretMap(key);
            if (i < text.Length && text[i] == '{' && EndsLine(text, i + 1))
            {
                readTo = LineEntries(text, keyStart, i + 1, named, found, trace);
            }
            else if (i < text.Length && text[i] is '{' or '[')
            {
                readTo = FlowEntries(text, i, named, found);
            }
            else if (i >= text.Length || text[i] is '\r' or '\n' || text[i] == '#')
            {
                readTo = BlockEntries(text, keyStart, i, named, found, trace);
            }
        }
    }

    private static bool EndsWithMapWord(ReadOnlySpan<char> key)
    {
        foreach (var word in (ReadOnlySpan<string>)["users", "passwords", "passwds", "credentials", "creds", "secrets", "accounts", "logins", "htpasswd"])
        {
            if (key.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesSecretMap(ReadOnlySpan<char> key)
    {
        foreach (var word in SecretMapWords)
        {
            if (key.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads <c>{user: secret, …}</c> or <c>["user:secret", …]</c> on one line from the opener at <paramref name="open"/>;
    /// returns where the reading stopped.</summary>
    private static int FlowEntries(string text, int open, bool named, Findings? found)
    {
        var closer = text[open] == '{' ? '}' : ']';
        var lineEnd = text.AsSpan(open).IndexOfAny('\r', '\n') is var n and >= 0 ? open + n : text.Length;
        var limit = Math.Min(lineEnd, open + 4096);
        var close = text.AsSpan(open + 1, limit - open - 1).IndexOf(closer);
        if (close < 0)
        {
            // A map that does not close within its line: what it would hold is not read, nor read again from the next key in it.
            return limit;
        }

        var bodyStart = open + 1;
        var body = text.AsSpan(bodyStart, close);
        // A nested map (alice: {role: admin}) is a record per user, not a secret per user.
        if (body.IndexOfAny('{', '[') >= 0)
        {
            return bodyStart + close;
        }

        foreach (var range in body.Split(','))
        {
            var (start, length) = range.GetOffsetAndLength(body.Length);
            var entry = body.Slice(start, length);
            var lead = entry.Length - entry.TrimStart().Length;
            Entry(text, bodyStart + start + lead, entry.Trim(), closer == ']', named, found);
        }

        return bodyStart + close;
    }

    /// <summary>Reads the lines indented under the key starting at <paramref name="keyStart"/>, each <c>user: secret</c> or
    /// <c>- user:secret</c>; returns where the reading stopped.</summary>
    private static int BlockEntries(string text, int keyStart, int afterKey, bool named, Findings? found, RowTrace? trace)
    {
        var lineStart = text.AsSpan(0, keyStart).LastIndexOf('\n') + 1;
        var keyIndent = keyStart - lineStart;
        if (!FirstOnLine(text, lineStart, keyStart))
        {
            return afterKey;
        }

        var line = text.AsSpan(afterKey).IndexOf('\n') is var n and >= 0 ? afterKey + n + 1 : text.Length;
        var end = Math.Min(text.Length, line + MaxRowsLength);
        trace?.Begin(lineStart, line);
        var indent = -1;
        var entries = 0;
        while (line < end && entries < MaxEntries)
        {
            var lineEnd = text.AsSpan(line, end - line).IndexOf('\n') is var m and >= 0 ? line + m : end;
            var content = text.AsSpan(line, lineEnd - line).TrimEnd('\r');
            var spaces = content.Length - content.TrimStart(' ').Length;
            if (content.Trim().IsEmpty)
            {
                break;
            }

            if (spaces <= keyIndent || indent >= 0 && spaces != indent)
            {
                // A deeper line is an entry's own record (alice:\n    role: admin): the map is records, no entry of it is read further.
                if (spaces > indent && indent >= 0)
                {
                    return lineEnd;
                }

                break;
            }

            indent = spaces;
            var entry = content[spaces..];
            var at = line + spaces;
            var item = entry.Length > 1 && entry[0] == '-' && entry[1] is ' ' or '\t';
            if (item)
            {
                var trimmed = entry[1..].TrimStart();
                at += entry.Length - trimmed.Length;
                entry = trimmed;
            }

            trace?.Row(line);
            Entry(text, at, entry.TrimEnd(), item, named, found);
            entries++;
            line = lineEnd + 1;
        }

        trace?.End(line >= text.Length && end == text.Length && entries < MaxEntries);
        return line;
    }

    /// <summary>Reads the lines of a map opened by <c>{</c> at its key's line end (JSON, a Python dict, HCL), each one or more
    /// <c>user: secret</c> entries, to the line that closes it; returns where the reading stopped. A nested map or list is a record per
    /// user: no entry after it is read.</summary>
    private static int LineEntries(string text, int keyStart, int afterOpen, bool named, Findings? found, RowTrace? trace)
    {
        var lineStart = text.AsSpan(0, keyStart).LastIndexOf('\n') + 1;
        var keyIndent = keyStart - lineStart;
        if (!FirstOnLine(text, lineStart, keyStart))
        {
            return afterOpen;
        }

        var line = text.AsSpan(afterOpen).IndexOf('\n') is var n and >= 0 ? afterOpen + n + 1 : text.Length;
        var end = Math.Min(text.Length, line + MaxRowsLength);
        trace?.Begin(lineStart, line);
        var entries = 0;
        while (line < end && entries < MaxEntries)
        {
            var lineEnd = text.AsSpan(line, end - line).IndexOf('\n') is var m and >= 0 ? line + m : end;
            var content = text.AsSpan(line, lineEnd - line).TrimEnd();
            var spaces = content.Length - content.TrimStart().Length;
            content = content[spaces..];
            if (content.IsEmpty || content.StartsWith('#') || content.StartsWith("//", StringComparison.Ordinal))
            {
                line = lineEnd + 1;
                continue;
            }

            if (content[0] == '}' || spaces <= keyIndent || content.IndexOfAny('{', '[') >= 0)
            {
                // The map's end, a line outside it, or a record per user: nothing further is the map's.
                return line;
            }

            trace?.Row(line);
            var at = line + spaces;
            foreach (var range in content.Split(','))
            {
                var (start, length) = range.GetOffsetAndLength(content.Length);
                var entry = content.Slice(start, length);
                var lead = entry.Length - entry.TrimStart().Length;
                if (entry.Trim() is { IsEmpty: false } trimmed)
                {
                    Entry(text, at + start + lead, trimmed, false, named, found);
                }
            }

            entries++;
            line = lineEnd + 1;
        }

        trace?.End(line >= text.Length && end == text.Length && entries < MaxEntries);
        return line;
    }

    /// <summary>Reads the lines of an INI or TOML section named by the key (<c>[users]</c>, <c>[credentials]</c>, <c>[auth.users]</c>),
    /// each <c>user = secret</c>, to the next section; returns where the reading stopped.</summary>
    private static int SectionEntries(string text, int open, int afterClose, bool named, Findings? found, RowTrace? trace)
    {
        var lineStart = text.AsSpan(0, open).LastIndexOf('\n') + 1;
        if (!text.AsSpan(lineStart, open - lineStart).IsWhiteSpace() || !EndsLine(text, afterClose))
        {
            return afterClose;
        }

        var line = text.AsSpan(afterClose).IndexOf('\n') is var n and >= 0 ? afterClose + n + 1 : text.Length;
        var end = Math.Min(text.Length, line + MaxRowsLength);
        trace?.Begin(lineStart, line);
        var entries = 0;
        while (line < end && entries < MaxEntries)
        {
            var lineEnd = text.AsSpan(line, end - line).IndexOf('\n') is var m and >= 0 ? line + m : end;
            var content = text.AsSpan(line, lineEnd - line).Trim();
            if (content.StartsWith('['))
            {
                return line;
            }

            if (!content.IsEmpty && content[0] is not ('#' or ';'))
            {
                trace?.Row(line);
                var at = line + (text.AsSpan(line, lineEnd - line).Length - text.AsSpan(line, lineEnd - line).TrimStart().Length);
                Entry(text, at, content, false, named, found);
                entries++;
            }

            line = lineEnd + 1;
        }

        trace?.End(line >= text.Length && end == text.Length && entries < MaxEntries);
        return line;
    }

    /// <summary>Whether the key at <paramref name="keyStart"/> is the first thing on its line (after its indent, a quote, or a list
    /// item's dash).</summary>
    private static bool FirstOnLine(string text, int lineStart, int keyStart) =>
        text.AsSpan(lineStart, keyStart - lineStart).TrimStart(' ').TrimStart('-').Trim(" \t\"'").Length == 0;

    /// <summary>Whether only blanks (or a comment) follow <paramref name="at"/> on its line.</summary>
    private static bool EndsLine(string text, int at)
    {
        var rest = text.AsSpan(at, Math.Min(text.Length - at, 256)).TrimStart(" \t");
        return rest.IsEmpty || rest[0] is '\r' or '\n' or '#';
    }

    /// <summary>Reads one entry, <c>user: secret</c>, <c>"user": "secret"</c>, <c>"user" = "secret"</c> or (as a list's item)
    /// <c>user:secret</c>, at <paramref name="at"/>, and reports the secret when the key is a user's name and the value a secret's.</summary>
    private static void Entry(string text, int at, ReadOnlySpan<char> entry, bool item, bool named, Findings? found)
    {
        if (found is null)
        {
            return;
        }

        var quoted = item && entry.Length > 2 && entry[0] is '"' or '\'' && entry[^1] == entry[0];
        if (quoted)
        {
            entry = entry[1..^1];
            at++;
        }

        var userLength = entry.IndexOfAnyExcept(KeyCharacters);
        var userStart = 0;
        if (!quoted && entry.Length > 0 && entry[0] is '"' or '\'')
        {
            userStart = 1;
            userLength = entry[1..].IndexOfAnyExcept(KeyCharacters);
            if (userLength < 0 || entry[1 + userLength] != entry[0])
            {
                return;
            }
        }

        if (userLength <= 0 || userLength > 64)
        {
            return;
        }

        var user = entry.Slice(userStart, userLength);
        var i = userStart + userLength + userStart;
        // An htpasswd-like item glues the secret to the name (admin:X); a map puts a space or = between them.
        while (i < entry.Length && entry[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= entry.Length || entry[i] is not (':' or '='))
        {
            return;
        }

        i += i + 1 < entry.Length && entry[i] == '=' && entry[i + 1] == '>' ? 2 : 1;
        var glued = i < entry.Length && entry[i] is not (' ' or '\t');
        if (glued && !item && entry[i - 1] == ':' && entry[i] is not ('"' or '\''))
        {
            // user:X outside a list is a host:port or a time, not an entry.
            return;
        }

        while (i < entry.Length && entry[i] is ' ' or '\t')
        {
            i++;
        }

        var value = entry[i..];
        var valueAt = at + i;
        if (value.Length > 1 && value[0] is '"' or '\'')
        {
            if (value[^1] != value[0] || value[1..^1].Contains(value[0]))
            {
                return;
            }

            value = value[1..^1];
            valueAt++;
        }
        else if (value.IndexOfAny(' ', '\t') >= 0)
        {
            // Unquoted words with spaces are prose or a comment, no one secret.
            return;
        }

        if (!IsUserName(user) || value.IsEmpty || IsPasswordHash(value) || LooksLikeTime(value) || value.Contains('@')
            || !SecretValues.IsStrongValue(value) || !named && (!SecretValues.IsMixedValue(value) || !value.ContainsAnyExcept(LowerName)))
        {
            return;
        }

        SecretValues.Consider(named ? "password" : "secret", valueAt, value, found);
    }

    /// <summary>Whether a map's key is a user's or a service account's name: not an attribute (role, host, port), not a secret's own
    /// name (password: is read by name elsewhere), nor a number.</summary>
    private static bool IsUserName(ReadOnlySpan<char> key) =>
        char.IsAsciiLetter(key[0]) && !AttributeKeysBySpan.Contains(key) && !SecretValues.IsDescriptive(key) && !ContextSecretRecognizer.NamesSecret(key);

    private static bool LooksLikeTime(ReadOnlySpan<char> value) => char.IsAsciiDigit(value[0]) && !value.ContainsAnyExcept(TimestampCharacters);
}
