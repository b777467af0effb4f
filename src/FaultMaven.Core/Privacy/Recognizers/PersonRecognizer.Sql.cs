using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names in SQL rows read as columns (issue 18): the tuples after <c>VALUES</c> of <c>INSERT</c> statements, one table per
/// table name and tuple width however many statements its rows come in, with the statement's column list as the header when it
/// has one (<c>INSERT INTO t (first_name, last_name) VALUES …</c>) and none when it does not (mysqldump's
/// <c>INSERT INTO `t` VALUES (…),(…)</c>, where only the values tell a column of names).</summary>
internal sealed partial class PersonRecognizer
{
    private const int MaxStatementLookBack = 4096;
    private const int MaxSqlCell = 4096;

    // IndexOf(…, OrdinalIgnoreCase) reads a character at a time under invariant globalization (9 % of the redact CPU on a log
    // when the whole block was searched for VALUES); a SearchValues of the word finds the same places vectorised.
    private static readonly SearchValues<string> SqlValues = SearchValues.Create(["VALUES"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> SqlInto = SearchValues.Create(["INTO"], StringComparison.OrdinalIgnoreCase);

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
        if (ContinuedTuples(text) is var continued and >= 0)
        {
            ReadTuples(text, continued, ContinuedStatement, null, ref tables, row);
            row.Clear();
            if (tables is not null && tables.Values.First() is var table && Tuple(text, 0, row) is var tail and > 0 && tail <= continued
                && text.AsSpan(tail, continued - tail).Trim() is [','] && row.Count < table.Columns)
            {
                // The tail of the tuple the cut went through: its cells are the last columns of the table.
                var cells = new List<(int Start, int End)>(table.Columns);
                cells.AddRange(Enumerable.Repeat((0, 0), table.Columns - row.Count));
                cells.AddRange(row);
                table.Cells.InsertRange(0, cells);
            }
        }

        for (var offset = 0; offset < text.Length && text.AsSpan(offset).IndexOfAny(SqlValues) is var at and >= 0;)
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

            var position = ReadTuples(text, offset, name, labels, ref tables, row);

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

    // The name under which the tuples a block opens with are read: they continue a statement whose head was in the block before.
    private const string ContinuedStatement = "\0continued";

    // How far into a block's first line a continued VALUES list is looked for: the tail of the tuple the cut went through.
    private const int MaxContinuedStart = 8192;

    /// <summary>Gets where the first whole tuple starts when the text opens inside a <c>VALUES</c> list, or -1. The stream redactor cuts
    /// a line longer than its blocks (a mysqldump <c>INSERT</c> is often megabytes on one line) at a blank or a comma, so the rest of a
    /// statement's tuples reach the next block without their <c>VALUES</c>: the first line holds <c>),(</c> before any <c>VALUES</c>.</summary>
    private static int ContinuedTuples(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, MaxContinuedStart));
        if (head.IndexOf('\n') is var newline and >= 0)
        {
            head = head[..newline];
        }

        var close = head.IndexOf("),(", StringComparison.Ordinal);
        var spaced = head.IndexOf("), (", StringComparison.Ordinal);
        var at = close < 0 || spaced >= 0 && spaced < close ? spaced : close;
        if (at < 0 || head[..at].IndexOfAny(SqlValues) >= 0)
        {
            return -1;
        }

        // The cut may fall between two tuples: then the first is whole.
        var first = SkipSpace(text, 0);
        return text[first] == '(' ? first : at + (text[at + 2] == ' ' ? 3 : 2);
    }

    /// <summary>Reads the tuples of a <c>VALUES</c> list from <paramref name="position"/> into the table of the statement's name and
    /// the tuple's width; returns where the list ends.</summary>
    private static int ReadTuples(string text, int position, string name, string[]? labels, ref Dictionary<string, SqlTable>? tables, List<(int Start, int End)> row)
    {
        SqlTable? last = null;
        while (true)
        {
            position = SkipSpace(text, position);
            if (position >= text.Length || text[position] != '(')
            {
                break;
            }

            row.Clear();
            var open = position;
            position = Tuple(text, position + 1, row);
            if (position < 0 || row.Count > MaxTableColumns)
            {
                // The head of a tuple the block's end cut (the next block reads the list on): its cells are the first columns.
                if (last is not null && row.Count is > 0 && row.Count < last.Columns && text.AsSpan(open).IndexOfAny(')', '\n') < 0)
                {
                    last.Cells.AddRange(row);
                    last.Cells.AddRange(Enumerable.Repeat((0, 0), last.Columns - row.Count));
                }

                break;
            }

            tables ??= [];
            var key = name + "/" + row.Count;
            if (!tables.TryGetValue(key, out var table))
            {
                tables[key] = table = new SqlTable(row.Count);
            }

            last = table;

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

        return position;
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
            Report(text, cells.Slice(i, table.Columns), columns, accepted, found, names);
        }
    }

    /// <summary>The table name and column list of the <c>INSERT</c> statement whose <c>VALUES</c> is at <paramref name="values"/>.</summary>
    private static (string? Name, string[]? Labels) Statement(string text, int from, int values)
    {
        // The vectorised search first: most VALUES in logs ("stored as values in memory") have no INTO before them, and
        // LastIndexOf(…, OrdinalIgnoreCase) reads a character at a time under invariant globalization.
        if (text.AsSpan(from, values - from).IndexOfAny(SqlInto) < 0)
        {
            return default;
        }

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
