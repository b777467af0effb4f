using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>SQL rows whose column list names the secret column: <c>INSERT INTO t (name, password) VALUES ('bob', 'X'), (…)</c>
/// and the tab-separated rows of a dump's <c>COPY t (name, password) FROM stdin;</c>.</summary>
internal sealed partial class StructuredSecretRecognizer
{
    // The longest stretch of rows read after one column list: a dump's rows are read to their end, a hostile one stops here.
    private const int MaxRowsLength = 1 << 20;

    private static readonly SearchValues<string> InsertWord = SearchValues.Create(["insert", "replace"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> HexCharacters = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> Base64Characters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_");

    // Functions that hash or encrypt the password given as their first argument.
    private static readonly HashSet<string> HashingFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "crypt", "md5", "sha", "sha1", "sha2", "sha256", "sha512", "password", "old_password", "encrypt", "bcrypt", "digest", "hash",
        "pgp_sym_encrypt", "aes_encrypt", "des_encrypt", "encode_password",
    };

    private static readonly SearchValues<string> CopyWord = SearchValues.Create(["copy"], StringComparison.OrdinalIgnoreCase);

    // Words in a column's name that say it holds something about the secret, not the secret: password_salt, password_changed_at,
    // password_updated, password_expires, password_reset_sent. A hash column (password_hash) is read for what is no hash.
    private static readonly string[] AboutSecretWords = ["salt", "changed", "updated", "created", "expire", "reset", "hint", "_at", "_on", "last"];

    private static void InsertTuples(string text, Findings? found, RowTrace? trace = null)
    {
        // Rows are read once: an INSERT that starts inside rows already read (a value quoting an INSERT) is not read again.
        var readTo = 0;
        foreach (var match in Anchors.Matches(text, InsertWord, InsertPattern()))
        {
            if (match.Index < readTo || !StartsWord(text, match.Index))
            {
                continue;
            }

            var secretColumns = SecretColumns(match.Groups["columns"].ValueSpan, ',');
            if (secretColumns is null)
            {
                continue;
            }

            trace?.Begin(match.Index, match.Index + match.Length);
            var start = match.Index + match.Length;
            readTo = ReadTuples(text, start, secretColumns, found, trace);
            trace?.End(readTo >= text.Length && (long)start + MaxRowsLength >= text.Length);
        }
    }

    /// <summary>Reads <c>(v, v, …), (…)</c> from <paramref name="start"/> and reports the values of the secret columns; returns where
    /// the reading stopped.</summary>
    private static int ReadTuples(string text, int start, Column[] secretColumns, Findings? found, RowTrace? trace)
    {
        var end = (int)Math.Min(text.Length, (long)start + MaxRowsLength);
        var i = start;
        while (i < end && text[i] == '(')
        {
            trace?.Row(i);
            i++;
            for (var column = 0; ; column++)
            {
                i = SkipSpace(text, i, end);
                if (i >= end)
                {
                    return i;
                }

                // PostgreSQL's escape string, E'it\'s'.
                if (text[i] is 'E' or 'e' && i + 1 < end && text[i + 1] == '\'')
                {
                    i++;
                }

                if (text[i] is '\'' or '"')
                {
                    var quote = text[i];
                    var close = ClosingQuote(text, i + 1, end, quote);
                    if (close < 0)
                    {
                        return end;
                    }

                    if (column < secretColumns.Length && secretColumns[column] != Column.Other)
                    {
                        Value(text, i + 1, close, secretColumns[column], found);
                    }

                    i = close + 1;
                }
                else
                {
                    // A number, NULL, a placeholder (?, $1, :name) or an expression (now()): not a literal; a hashing function's
                    // literal argument is the password it hashes (crypt('X', gen_salt('bf')), SHA2('X', 256)).
                    if (column < secretColumns.Length && secretColumns[column] != Column.Other)
                    {
                        HashedArgument(text, i, end, found);
                    }

                    i = ExpressionEnd(text, i, end);
                }

                i = SkipSpace(text, i, end);
                if (i >= end || text[i] is not (',' or ')'))
                {
                    return i;
                }

                if (text[i++] == ')')
                {
                    break;
                }
            }

            i = SkipSpace(text, i, end);
            if (i < end && text[i] == ',')
            {
                i = SkipSpace(text, i + 1, end);
            }
        }

        return i;
    }

    private static void CopyRows(string text, Findings? found, RowTrace? trace = null)
    {
        var readTo = 0;
        foreach (var match in Anchors.Matches(text, CopyWord, CopyPattern()))
        {
            if (match.Index < readTo || !StartsWord(text, match.Index))
            {
                continue;
            }

            var secretColumns = SecretColumns(match.Groups["columns"].ValueSpan, ',');
            if (secretColumns is null)
            {
                continue;
            }

            // Each line a row, its fields tab-separated, to the "\." line that ends the data (or a line that is no row).
            trace?.Begin(match.Index, match.Index + match.Length);
            var end = (int)Math.Min(text.Length, (long)match.Index + match.Length + MaxRowsLength);
            var line = match.Index + match.Length;
            while (line < end)
            {
                var lineEnd = text.AsSpan(line, end - line).IndexOf('\n') is var n and >= 0 ? line + n : end;
                var row = text.AsSpan(line, lineEnd - line).TrimEnd('\r');
                if (row.IsEmpty || row is "\\." || row.IndexOf('\t') < 0)
                {
                    break;
                }

                trace?.Row(line);
                var field = line;
                for (var column = 0; field <= line + row.Length && column < secretColumns.Length; column++)
                {
                    var tab = text.AsSpan(field, line + row.Length - field).IndexOf('\t');
                    var fieldEnd = tab < 0 ? line + row.Length : field + tab;
                    if (secretColumns[column] != Column.Other && text.AsSpan(field, fieldEnd - field) is not "\\N")
                    {
                        Value(text, field, fieldEnd, secretColumns[column], found);
                    }

                    field = fieldEnd + 1;
                }

                line = lineEnd + 1;
            }

            readTo = line;
            trace?.End(line >= text.Length && end == text.Length);
        }
    }

    /// <summary>Which of the listed columns hold a secret or its hash, or null when none does.</summary>
    private static Column[]? SecretColumns(ReadOnlySpan<char> list, char separator)
    {
        var count = list.Count(separator) + 1;
        if (count > 256)
        {
            return null;
        }

        Column[]? columns = null;
        var column = 0;
        foreach (var range in list.Split(separator))
        {
            var name = list[range].Trim().Trim("`\"[]");
            if (ColumnOf(name) is var kind and not Column.Other)
            {
                columns ??= new Column[count];
                columns[column] = kind;
            }

            column++;
        }

        return columns;
    }

    /// <summary>Whether a column's name names a secret it holds (password, db_passwd, client_secret, api_key), not one about it.</summary>
    internal static bool NamesSecretColumn(ReadOnlySpan<char> name) => ColumnOf(name) == Column.Secret;

    /// <summary>What a column's name says it holds: a secret (password, api_key), the secret's hash (password_hash, passwd_digest),
    /// or something else, about the secret or not (password_changed_at, password_salt, login).</summary>
    private static Column ColumnOf(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 64)
        {
            return Column.Other;
        }

        // A hash's column names the secret it hashes without the hash's word (password_hash, hashed_password, passwd_digest).
        var marker = name.IndexOf("hash", StringComparison.OrdinalIgnoreCase) is var h and >= 0 ? (h, 4)
            : name.IndexOf("digest", StringComparison.OrdinalIgnoreCase) is var d and >= 0 ? (d, 6) : (-1, 0);
        var hashed = marker.Item1 >= 0 ? string.Concat(name[..marker.Item1], name[(marker.Item1 + marker.Item2)..]) : null;
        if (!ContextSecretRecognizer.NamesSecret(hashed ?? name))
        {
            return Column.Other;
        }

        foreach (var word in AboutSecretWords)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return Column.Other;
            }
        }

        return hashed is null ? Column.Secret : Column.Hash;
    }

    /// <summary>Reports the literal between <paramref name="start"/> and <paramref name="end"/> when it looks like a password: a
    /// quote in it only as its literal's escape (it''s, it\'s); in a hash's column, only a value that is no hash's shape (a password
    /// stored in the clear).</summary>
    private static void Value(string text, int start, int end, Column column, Findings? found)
    {
        if (found is null)
        {
            return;
        }

        var value = text.AsSpan(start, end - start);
        if (!IsPasswordHash(value) && !(column == Column.Hash && IsDigest(value)) && QuotesOnlyEscaped(text, start, end))
        {
            SecretValues.Consider("password", start, value, found);
        }
    }

    /// <summary>Whether every quote or backslash between <paramref name="start"/> and <paramref name="end"/> escapes the quote of the
    /// literal they lie in (doubled, or after a backslash).</summary>
    private static bool QuotesOnlyEscaped(string text, int start, int end)
    {
        var quote = start > 0 ? text[start - 1] : '\0';
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('\'' or '"' or '\\'))
            {
                continue;
            }

            if (quote is not ('\'' or '"') || i + 1 >= end || text[i + 1] != quote || text[i] is not '\\' && text[i] != quote)
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>A digest's hex or Base64 (padded or not) of a hash's length (MD5, SHA-1, SHA-256, SHA-512): a hash stored as it is.</summary>
    private static bool IsDigest(ReadOnlySpan<char> value) =>
        value.Length is 32 or 40 or 56 or 64 or 96 or 128 && !value.ContainsAnyExcept(HexCharacters)
        || value.Length is 22 or 24 or 27 or 28 or 43 or 44 or 86 or 88 && !value.TrimEnd('=').ContainsAnyExcept(Base64Characters);

    /// <summary>Reports the literal first argument of a hashing function written where a password's value is
    /// (<c>crypt('X', gen_salt('bf'))</c>, <c>MD5('X')</c>, <c>PASSWORD('X')</c>); a placeholder or column there is no literal.</summary>
    private static void HashedArgument(string text, int i, int end, Findings? found)
    {
        var open = text.AsSpan(i, Math.Min(end - i, 32)).IndexOf('(');
        if (found is null || open <= 0 || !HashingFunctions.Contains(text.AsSpan(i, open).Trim().ToString()))
        {
            return;
        }

        var at = SkipSpace(text, i + open + 1, end);
        if (at < end && text[at] is '\'' or '"' && ClosingQuote(text, at + 1, end, text[at]) is var close and >= 0)
        {
            Value(text, at + 1, close, Column.Secret, found);
        }
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The index of the quote closing a literal opened before <paramref name="start"/> (a doubled quote or a backslash escapes
    /// one), or -1 when none does within <paramref name="end"/> or the literal is longer than a value is.</summary>
    private static int ClosingQuote(string text, int start, int end, char quote)
    {
        var limit = Math.Min(end, start + 4096);
        for (var i = start; i < limit; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (i + 1 < limit && text[i + 1] == quote)
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>The end of an unquoted value: the comma or parenthesis that closes it at its own depth, skipping quoted literals.</summary>
    private static int ExpressionEnd(string text, int i, int end)
    {
        var depth = 0;
        while (i < end)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                var close = ClosingQuote(text, i + 1, end, c);
                if (close < 0)
                {
                    return end;
                }

                i = close + 1;
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c is ')' or ',' && depth == 0)
            {
                return i;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ';' && depth == 0)
            {
                return i;
            }

            i++;
        }

        return i;
    }

    // INSERT or REPLACE [INTO] table (columns) VALUES, the rows after it read by hand (their values may hold any character).
    [GeneratedRegex(@"\G(?i:insert|replace)[ \t\r\n]{1,8}(?:(?i:into)[ \t\r\n]{1,8})?[\w.`""\[\]]{1,128}[ \t\r\n]{0,8}\((?<columns>[^()'\r\n]{1,2048})\)[ \t\r\n]{0,8}(?i:values)[ \t\r\n]{0,8}(?=\()", RegexOptions.CultureInvariant)]
    private static partial Regex InsertPattern();

    // COPY table (columns) FROM stdin; and the line end before the rows.
    [GeneratedRegex(@"\G(?i:copy)[ \t]{1,4}[\w.""]{1,128}[ \t]{0,4}\((?<columns>[^()'\r\n]{1,2048})\)[ \t]{1,4}(?i:from)[ \t]{1,4}(?i:stdin)[^\r\n]{0,128}\n", RegexOptions.CultureInvariant)]
    private static partial Regex CopyPattern();

    /// <summary>What a column holds, read from its name.</summary>
    private enum Column
    {
        Other,
        Secret,
        Hash,
    }
}
