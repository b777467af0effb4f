using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>SQL rows whose column list names the secret column: <c>INSERT INTO t (name, password) VALUES ('bob', 'X'), (…)</c>
/// and the tab-separated rows of a dump's <c>COPY t (name, password) FROM stdin;</c>.</summary>
internal sealed partial class StructuredSecretRecognizer
{
    // The longest stretch of rows read after one column list: a dump's rows are read to their end, a hostile one stops here.
    private const int MaxRowsLength = 1 << 20;

    private static readonly SearchValues<string> InsertWord = SearchValues.Create(["insert"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> CopyWord = SearchValues.Create(["copy"], StringComparison.OrdinalIgnoreCase);

    // Words in a column's name that say it holds something about the secret, not the secret: password_hash, password_salt,
    // password_changed_at, password_updated, password_expires, password_reset_sent.
    private static readonly string[] AboutSecretWords = ["hash", "salt", "digest", "changed", "updated", "created", "expire", "reset", "hint", "_at", "_on", "last"];

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
    private static int ReadTuples(string text, int start, bool[] secretColumns, Findings? found, RowTrace? trace)
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

                if (text[i] is '\'' or '"')
                {
                    var quote = text[i];
                    var close = ClosingQuote(text, i + 1, end, quote);
                    if (close < 0)
                    {
                        return end;
                    }

                    if (column < secretColumns.Length && secretColumns[column])
                    {
                        Value(text, i + 1, close, found);
                    }

                    i = close + 1;
                }
                else
                {
                    // A number, NULL, a placeholder (?, $1, :name) or an expression (crypt('x', gen_salt('bf')), now()): not a literal.
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
                    if (secretColumns[column] && text.AsSpan(field, fieldEnd - field) is not "\\N")
                    {
                        Value(text, field, fieldEnd, found);
                    }

                    field = fieldEnd + 1;
                }

                line = lineEnd + 1;
            }

            readTo = line;
            trace?.End(line >= text.Length && end == text.Length);
        }
    }

    /// <summary>Which of the listed columns hold a secret, or null when none does.</summary>
    private static bool[]? SecretColumns(ReadOnlySpan<char> list, char separator)
    {
        var count = list.Count(separator) + 1;
        if (count > 256)
        {
            return null;
        }

        bool[]? columns = null;
        var column = 0;
        foreach (var range in list.Split(separator))
        {
            var name = list[range].Trim().Trim("`\"[]");
            if (NamesSecretColumn(name))
            {
                columns ??= new bool[count];
                columns[column] = true;
            }

            column++;
        }

        return columns;
    }

    /// <summary>Whether a column's name names a secret it holds (password, db_passwd, client_secret, api_key), not one about it.</summary>
    internal static bool NamesSecretColumn(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 64 || !ContextSecretRecognizer.NamesSecret(name))
        {
            return false;
        }

        foreach (var word in AboutSecretWords)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports the literal between <paramref name="start"/> and <paramref name="end"/> when it looks like a password.</summary>
    private static void Value(string text, int start, int end, Findings? found)
    {
        if (found is null)
        {
            return;
        }

        var value = text.AsSpan(start, end - start);
        if (!IsPasswordHash(value) && value.IndexOfAny('\'', '"', '\\') < 0)
        {
            SecretValues.Consider("password", start, value, found);
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

    // INSERT [INTO] table (columns) VALUES, the rows after it read by hand (their values may hold any character).
    [GeneratedRegex(@"\G(?i:insert)[ \t\r\n]{1,8}(?:(?i:into)[ \t\r\n]{1,8})?[\w.`""\[\]]{1,128}[ \t\r\n]{0,8}\((?<columns>[^()'\r\n]{1,2048})\)[ \t\r\n]{0,8}(?i:values)[ \t\r\n]{0,8}(?=\()", RegexOptions.CultureInvariant)]
    private static partial Regex InsertPattern();

    // COPY table (columns) FROM stdin; and the line end before the rows.
    [GeneratedRegex(@"\G(?i:copy)[ \t]{1,4}[\w.""]{1,128}[ \t]{0,4}\((?<columns>[^()'\r\n]{1,2048})\)[ \t]{1,4}(?i:from)[ \t]{1,4}(?i:stdin)[^\r\n]{0,128}\n", RegexOptions.CultureInvariant)]
    private static partial Regex CopyPattern();
}
