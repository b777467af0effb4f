namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names in SQL rows read as columns (issue 18): the tuples after <c>VALUES</c> of <c>INSERT</c> statements, one table per
/// table name and tuple width however many statements its rows come in, with the statement's column list as the header when it
/// has one (<c>INSERT INTO t (first_name, last_name) VALUES …</c>) and none when it does not (mysqldump's
/// <c>INSERT INTO `t` VALUES (…),(…)</c>, where only the values tell a column of names).</summary>
internal sealed partial class PersonRecognizer
{
    private const int MaxStatementLookBack = 4096;
    private const int MaxSqlCell = 4096;

    private sealed class SqlTable(int columns)
    {
        public List<(int Start, int End)> Cells { get; } = [];

        public string[]? Labels { get; set; }

        public int Columns { get; } = columns;
    }

    private static void FindSqlRows(string text, Findings found, HashSet<string> names)
    {
        Dictionary<string, SqlTable>? tables = null;
        var row = new List<(int Start, int End)>();
        var previous = 0;
        for (var offset = 0; offset < text.Length && text.AsSpan(offset).IndexOf("VALUES", StringComparison.OrdinalIgnoreCase) is var at and >= 0;)
        {
            var values = offset + at;
            offset = values + 6;
            if (values > 0 && char.IsLetterOrDigit(text[values - 1]) || offset < text.Length && char.IsLetterOrDigit(text[offset]))
            {
                continue;
            }

            // The statement is looked for after the previous VALUES only, so no text is read twice for it.
            var (name, labels) = Statement(text, Math.Max(previous, values - MaxStatementLookBack), values);
            previous = values;
            if (name is null)
            {
                continue;
            }

            var position = offset;
            while (true)
            {
                position = SkipSpace(text, position);
                if (position >= text.Length || text[position] != '(')
                {
                    break;
                }

                row.Clear();
                position = Tuple(text, position + 1, row);
                if (position < 0 || row.Count > MaxTableColumns)
                {
                    break;
                }

                tables ??= [];
                var key = name + "/" + row.Count;
                if (!tables.TryGetValue(key, out var table))
                {
                    tables[key] = table = new SqlTable(row.Count);
                }

                if (labels is not null && labels.Length == row.Count)
                {
                    table.Labels ??= labels;
                }

                table.Cells.AddRange(row);
                position = SkipSpace(text, position);
                if (position >= text.Length || text[position] != ',')
                {
                    break;
                }

                position++;
            }

            offset = Math.Max(offset, position);
        }

        if (tables is null)
        {
            return;
        }

        foreach (var table in tables.Values)
        {
            ReadSqlTable(text, table, found, names);
        }
    }

    private static void ReadSqlTable(string text, SqlTable table, Findings found, HashSet<string> names)
    {
        var columns = new NameColumns(table.Columns);
        if (table.Labels is { } labels)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                columns.Header(i, labels[i]);
            }
        }

        var cells = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(table.Cells);
        for (var i = 0; i + table.Columns <= cells.Length; i += table.Columns)
        {
            columns.Observe(text, cells.Slice(i, table.Columns));
        }

        var accepted = columns.Decide();
        if (Array.IndexOf(accepted, true) < 0)
        {
            return;
        }

        for (var i = 0; i + table.Columns <= cells.Length; i += table.Columns)
        {
            Report(text, cells.Slice(i, table.Columns), accepted, found, names);
        }
    }

    /// <summary>The table name and column list of the <c>INSERT</c> statement whose <c>VALUES</c> is at <paramref name="values"/>.</summary>
    private static (string? Name, string[]? Labels) Statement(string text, int from, int values)
    {
        var insert = text.AsSpan(from, values - from).LastIndexOf("INTO", StringComparison.OrdinalIgnoreCase);
        if (insert < 0)
        {
            return default;
        }

        var head = text.AsSpan(from + insert + 4, values - from - insert - 4);
        var open = head.IndexOf('(');
        var name = (open >= 0 ? head[..open] : head).Trim().Trim("`\"[]").ToString();
        if (name.Length is 0 or > 128)
        {
            return default;
        }

        if (open < 0)
        {
            return (name, null);
        }

        var close = head.LastIndexOf(')');
        if (close < open)
        {
            return (name, null);
        }

        var list = head[(open + 1)..close];
        var labels = new List<string>();
        foreach (var range in list.Split(','))
        {
            labels.Add(list[range].Trim().Trim("`\"[] ").ToString());
        }

        return (name, labels.ToArray());
    }

    /// <summary>Reads one tuple's cells after its <c>(</c>; returns the position after its <c>)</c>, or -1 when it is no tuple.
    /// A quoted cell is its text inside the quotes (a doubled or escaped quote stays inside); a bare cell runs to <c>,</c> or <c>)</c>.</summary>
    private static int Tuple(string text, int position, List<(int Start, int End)> row)
    {
        while (position < text.Length)
        {
            position = SkipSpace(text, position);
            if (position >= text.Length)
            {
                return -1;
            }

            int start, end;
            var c = text[position];
            if (c is '\'' or '"')
            {
                start = position + 1;
                end = start;
                var limit = Math.Min(text.Length, start + MaxSqlCell);
                while (end < limit && !(text[end] == c && (end + 1 >= text.Length || text[end + 1] != c)))
                {
                    end += text[end] == '\\' || text[end] == c ? 2 : 1;
                }

                if (end >= limit)
                {
                    return -1;
                }

                position = SkipSpace(text, end + 1);
            }
            else
            {
                start = position;
                var stop = text.AsSpan(position, Math.Min(MaxSqlCell, text.Length - position)).IndexOfAny(',', ')', '\n');
                if (stop < 0 || text[position + stop] == '\n')
                {
                    return -1;
                }

                position += stop;
                end = position;
                while (end > start && text[end - 1] == ' ')
                {
                    end--;
                }
            }

            row.Add((start, end));
            if (position >= text.Length || row.Count > MaxTableColumns)
            {
                return -1;
            }

            if (text[position] == ')')
            {
                return position + 1;
            }

            if (text[position] != ',')
            {
                return -1;
            }

            position++;
        }

        return -1;
    }

    private static int SkipSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
