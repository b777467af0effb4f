using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A secret's name and its value held by two sibling fields of one record — an XML element's attributes, a JSON or YAML
/// object or list item, a Terraform variable block — in either order, any quoting, other fields between:
/// <c>{"value": "…", "name": "DB_PASSWORD"}</c>, <c>&lt;add value='…' key='ApiSecret'/&gt;</c>, <c>- ParameterKey: X / ParameterValue: …</c>,
/// <c>{"key":"DEPLOY_TOKEN","protected":true,"value":"…"}</c>, <c>variable "db_password" { default = "…" }</c>. The one reading of
/// secret names decides the name, the value classifier the value; a YAML block scalar (<c>|</c>, <c>&gt;</c>, <c>!!binary |</c>) is read
/// as its body's lines.</summary>
internal sealed partial class NamedSecretRecognizer
{
    private static readonly SearchValues<string> ValueFieldWords = SearchValues.Create(["value", "default"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> RecordGap = SearchValues.Create(" \t\r\n,;");

    // Fields whose value is a name, and fields whose value is the named thing's value.
    private static readonly string[] NameFields = ["name", "key", "id", "parameterkey", "parametername", "variable", "varname"];
    private static readonly string[] ValueFields = ["value", "parametervalue", "default", "defaultvalue"];

    // How far around a value field a record is read.
    private const int RecordReach = 1024;

    /// <summary>Reads the records around each value field. A window's last record may run past its end (its name on the window's
    /// last line, its value on the next window's first), so it is not paired there: the next window starts at its first field and
    /// reads it whole. Windows overlap by that one record only, so the text is read about once.</summary>
    private static void FindRecordPairs(string text, Findings found)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text.AsSpan(offset).IndexOfAny(ValueFieldWords);
            if (at < 0)
            {
                return;
            }

            at += offset;
            var start = LineStartWithin(text, Math.Max(offset, at - RecordReach), offset);
            var end = LineEndWithin(text, Math.Min(text.Length, at + RecordReach));
            var open = ReadRecords(text, start, end, end < text.Length, found);
            offset = open > start ? open : end;
        }
    }

    private static int LineStartWithin(string text, int at, int floor)
    {
        var newline = text.AsSpan(floor, at - floor).LastIndexOf('\n');
        return newline >= 0 && at - (floor + newline) <= RecordReach ? floor + newline + 1 : at;
    }

    private static int LineEndWithin(string text, int at)
    {
        var newline = text.AsSpan(at, Math.Min(RecordReach, text.Length - at)).IndexOf('\n');
        return newline >= 0 ? at + newline + 1 : Math.Min(text.Length, at + RecordReach);
    }

    /// <summary>Groups the fields of a window into records: fields separated only by blanks, commas or semicolons, on one line or
    /// on lines that start at the record's first field's column; a brace, bracket, angle bracket, list dash, other text, a second name
    /// field or a second value field starts a new record.</summary>
    /// <returns>With <paramref name="leaveLast"/>, the index of the last record's first field, that record left unpaired for the
    /// next window (unless it is the window's first record, which is paired: a window always moves on); otherwise -1.</returns>
    private static int ReadRecords(string text, int start, int end, bool leaveLast, Findings found)
    {
        Match? first = null, name = null, value = null, previous = null;
        var column = 0;
        for (var field = RecordFieldPattern().Match(text, start, end - start); field.Success; field = field.NextMatch())
        {
            var kind = FieldKind(field.Groups["field"].ValueSpan);
            if (previous is not null && (!Adjacent(text, previous, field, column) || kind == 1 && name is not null || kind == 2 && value is not null))
            {
                Pair(text, first!, name, value, found);
                first = name = value = null;
            }

            if (first is null)
            {
                first = field;
                column = ColumnOf(text, field.Index);
            }

            if (kind == 1)
            {
                name = field;
            }
            else if (kind == 2)
            {
                value = field;
            }

            previous = field;
        }

        if (first is null)
        {
            return -1;
        }

        if (leaveLast && first.Index > start)
        {
            return first.Index;
        }

        Pair(text, first, name, value, found);
        return -1;
    }

    /// <summary>1 for a field holding a name, 2 for one holding a value, 0 otherwise.</summary>
    private static int FieldKind(ReadOnlySpan<char> field)
    {
        foreach (var candidate in NameFields)
        {
            if (field.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }
        }

        foreach (var candidate in ValueFields)
        {
            if (field.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return 2;
            }
        }

        return 0;
    }

    private static bool Adjacent(string text, Match previous, Match next, int column)
    {
        var gapStart = previous.Index + previous.Length;
        var gap = text.AsSpan(gapStart, next.Index - gapStart);
        return !gap.ContainsAnyExcept(RecordGap) && (!gap.Contains('\n') || ColumnOf(text, next.Index) == column);
    }

    /// <summary>The start of the line holding <paramref name="at"/>, looked for no further back than a record reaches (a line longer
    /// than that starts, for a record, where the look stopped): a long line is not searched again for each of its fields.</summary>
    private static int LineStartNear(string text, int at)
    {
        var from = Math.Max(0, at - RecordReach);
        var newline = text.AsSpan(from, at - from).LastIndexOf('\n');
        return newline >= 0 ? from + newline + 1 : from;
    }

    private static int ColumnOf(string text, int at) => at - LineStartNear(text, at);

    private static void Pair(string text, Match first, Match? name, Match? value, Findings found)
    {
        if (value is null)
        {
            return;
        }

        var key = name is not null ? name.Groups["value"].ValueSpan : LabelBefore(text, first.Index);
        // A name is one token (DB_PASSWORD, apps/ledger/db_password), not a sentence that mentions a password.
        if (key.IsEmpty || key.ContainsAny(' ', '\t') || !ContextSecretRecognizer.NamesSecret(key))
        {
            return;
        }

        var v = value.Groups["value"];
        if (value.Groups["block"].Success)
        {
            ConsiderBlock(key, text, v.Index + v.Length, IndentOf(text, value.Index), found);
        }
        else if (!v.ValueSpan.ContainsAny(' ', '\t'))
        {
            SecretValues.Consider(key, v.Index, v.ValueSpan, found);
        }
    }

    /// <summary>The label of the block a record opens: Terraform's <c>variable "db_password" {</c> on the record's line or the one above.</summary>
    private static ReadOnlySpan<char> LabelBefore(string text, int at)
    {
        var lineStart = LineStartNear(text, at);
        var from = lineStart;
        if (text.AsSpan(lineStart, at - lineStart).IsWhiteSpace() && lineStart > 0)
        {
            from = LineStartNear(text, lineStart - 1);
        }

        if (at - from > 256)
        {
            return default;
        }

        var label = BlockLabelPattern().Match(text, from, at - from);
        return label.Success ? label.Groups["label"].ValueSpan : default;
    }

    private static int IndentOf(string text, int at)
    {
        var lineStart = LineStartNear(text, at);
        var i = lineStart;
        while (i < at && text[i] is ' ' or '\t' or '-')
        {
            i++;
        }

        return i - lineStart;
    }

    /// <summary>A YAML block scalar's body (the lines indented deeper than its key) as the key's value: each line is a part of it
    /// (<c>!!binary |</c> wraps base64), so a body of words (<c>min_length: 14</c>, a sentence) is text about the secret, not one.</summary>
    private static void ConsiderBlock(ReadOnlySpan<char> key, string text, int from, int indent, Findings found)
    {
        Span<Range> lines = stackalloc Range[64];
        var count = 0;
        var i = text.AsSpan(from).IndexOf('\n') is var newline and >= 0 ? from + newline + 1 : text.Length;
        while (i < text.Length && count < lines.Length)
        {
            var end = text.AsSpan(i).IndexOf('\n') is var next and >= 0 ? i + next : text.Length;
            var line = text.AsSpan(i, end - i).TrimEnd('\r');
            var body = line.TrimStart(" \t");
            if (!body.IsEmpty)
            {
                if (line.Length - body.Length <= indent)
                {
                    break;
                }

                if (body.ContainsAny(' ', '\t'))
                {
                    return;
                }

                lines[count++] = new Range(i + line.Length - body.Length, i + line.Length);
            }

            i = end + 1;
        }

        foreach (var range in lines[..count])
        {
            var (offset, length) = range.GetOffsetAndLength(text.Length);
            SecretValues.Consider(key, offset, text.AsSpan(offset, length), found);
        }
    }

    // One field of a record: a name (quoted, escaped-quoted or bare), = or :, and its value — a quoted string (escapes read, at most
    // 256 characters), a quoted string running onto the next line (its first line's one token, before a blank or a YAML line-folding
    // backslash, is the value's start), a bare token, or a YAML block scalar's indicator (after an optional !!binary or !!str tag) ending its line.
    [GeneratedRegex(@"(?<![\w.\\-])\\{0,7}[""']?(?<field>[A-Za-z_][\w.-]{0,31})\\{0,7}[""']?[ \t]{0,8}[:=][ \t]{0,8}(?:!!(?:binary|str)[ \t]{1,3})?(?:(?<value>(?<block>[|>][-+]?[1-9]?))(?=[ \t]{0,8}(?:\r?\n|$))|\\{0,7}""(?<value>(?:[^""\\\r\n]|\\(?!\\{0,6}"")){0,256})\\{0,7}""|'(?<value>[^'\r\n]{0,256})'|\\{0,7}""(?<value>[^\s""'\\]{1,256})(?=\\?[ \t]{0,8}\r?\n)|'(?<value>[^\s'""\\]{1,256})(?=\\?[ \t]{0,8}\r?\n)|(?<value>\$\{[^\s{}]{1,128}\}|[^\s,;{}\[\]<>""'\\]{1,256}))", RegexOptions.CultureInvariant)]
    private static partial Regex RecordFieldPattern();

    [GeneratedRegex(@"\G[ \t]{0,16}variable[ \t]{1,8}""(?<label>[\w.-]{1,64})""[ \t]{0,8}\{[ \t]{0,8}(?:\r?\n[ \t]{0,32})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockLabelPattern();
}
