using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A secret's name and its value held by two sibling fields of one record — an XML element's attributes, a JSON or YAML
/// object or list item, a Terraform variable block — in either order, any quoting, other fields between:
/// <c>{"value": "…", "name": "DB_PASSWORD"}</c>, <c>&lt;add value='…' key='ApiSecret'/&gt;</c>, <c>- ParameterKey: X / ParameterValue: …</c>,
/// <c>{"key":"DEPLOY_TOKEN","protected":true,"value":"…"}</c>, <c>variable "db_password" { default = "…" }</c>; child elements as
/// fields (<c>&lt;property&gt;&lt;name&gt;…&lt;/name&gt;&lt;value&gt;…&lt;/value&gt;</c>, <c>&lt;setting name="…"&gt;&lt;value&gt;…</c>), and
/// one command's flags as fields (<c>--name /prod/db/password --value …</c>, continued by a backslash). The one reading of
/// secret names decides the name, the value classifier the value; a YAML block scalar (<c>|</c>, <c>&gt;</c>, <c>!!binary |</c>) is read
/// as its body's lines.</summary>
internal sealed partial class NamedSecretRecognizer
{
    private static readonly SearchValues<string> ValueFieldWords = SearchValues.Create(["value", "default", "--body", "--secret-string", "<string>", "<data>"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> RecordGap = SearchValues.Create(" \t\r\n,;");

    // Fields whose value is a name, and fields whose value is the named thing's value. An id names a record only when nothing
    // else does: {"name": "DB_PASSWORD", "id": 7, "value": …} is one record.
    private static readonly string[] NameFields = ["name", "key", "parameterkey", "parametername", "variable", "varname", "settingname", "propertyname", "paramname"];
    private static readonly string[] ValueFields = ["value", "parametervalue", "default", "defaultvalue", "settingvalue", "propertyvalue", "paramvalue"];

    // An Apple property list types its values by element: <key>Password</key><string>…</string>, <data>base64</data>.
    private static readonly string[] TypedValueElements = ["string", "data"];

    // A command's flags: gh's --body and AWS Secrets Manager's --secret-string hold a value too.
    private static readonly string[] NameFlags = ["name", "key"];
    private static readonly string[] ValueFlags = ["value", "body", "secretstring"];

    private const int NameField = 1, ValueField = 2, IdField = 3;

    // How far around a value field a record is read.
    private const int RecordReach = 4096;

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
        int column = 0, nameKind = 0;
        // Columns are counted from the last line start seen, which moves forward with the fields: the text is searched once.
        var lineStart = LineStartNear(text, start);
        var scanned = start;
        for (var field = NextField(text, start, end, null); field.Success; field = NextField(text, start, end, field))
        {
            if (text.AsSpan(scanned, field.Index - scanned).LastIndexOf('\n') is var newline and >= 0)
            {
                lineStart = scanned + newline + 1;
            }

            var fieldColumn = field.Index - lineStart;
            var kind = FieldKind(field);
            // An id after a name is one more field of the record, not a second name.
            if (kind == IdField && nameKind == NameField)
            {
                kind = 0;
            }

            if (previous is not null && (!Adjacent(text, previous, field, column, fieldColumn) || kind is NameField or IdField && name is not null
                || kind == ValueField && value is not null))
            {
                Pair(text, first!, name, value, found);
                first = name = value = null;
                nameKind = 0;
            }

            if (first is null)
            {
                first = field;
                column = fieldColumn;
            }

            if (kind is NameField or IdField)
            {
                name = field;
                nameKind = kind;
            }
            else if (kind == ValueField)
            {
                value = field;
            }

            previous = field;
            scanned = field.Index + field.Length;
            if (field.ValueSpan.LastIndexOf('\n') is var inner and >= 0)
            {
                lineStart = field.Index + inner + 1;
            }
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

    /// <summary>The window's next field after <paramref name="previous"/> (its first without): what <c>NextMatch</c> finds, the
    /// pattern started only where a field can start. Most of a window is prose or values the pattern tries at every word and
    /// refuses; every field holds a "&lt;", a "--" or, within <see cref="KeyFieldReach"/> characters of its start, a ":" or "=".</summary>
    internal static Match NextField(string text, int start, int end, Match? previous)
    {
        var from = previous is null ? start : previous.Index + previous.Length;
        var earliest = EarliestField(text, from, end);
        if (earliest >= end)
        {
            return Match.Empty;
        }

        // The pattern is started on the text from a character that no field starts with ("<" aside, whose field looks at nothing
        // before it) and that is no "/" (of "</", looked behind from the next character): the input started there sees nothing before
        // it, as at the window's start, and a look-behind there must not have needed to.
        var at = earliest;
        while (at > from && LooksBehind(text[at]))
        {
            at--;
        }

        if (previous is not null && at == from && LooksBehind(text[at]))
        {
            return previous.NextMatch();
        }

        return RecordFieldPattern().Match(text, at, end - at);
    }

    // The most characters a key field's name reaches before its ":" or "=": escapes, a quote, 32 name characters, escapes, a quote
    // and eight blanks.
    internal const int KeyFieldReach = 7 + 1 + 32 + 7 + 1 + 8;

    private static readonly SearchValues<char> FieldMarks = SearchValues.Create("<-:=");

    /// <summary>A position at or before the first field starting at or after <paramref name="from"/> (<paramref name="end"/> when none
    /// can): the first "&lt;" or "--", or the first ":" or "=" less the name characters before it.</summary>
    private static int EarliestField(string text, int from, int end)
    {
        for (var i = from; i < end;)
        {
            var hit = text.AsSpan(i, end - i).IndexOfAny(FieldMarks);
            if (hit < 0)
            {
                return end;
            }

            var at = i + hit;
            if (text[at] == '<')
            {
                return at;
            }

            // A lone hyphen may sit inside a key's name; the ":" or "=" after it finds that key.
            if (text[at] == '-' && (at + 1 >= end || text[at + 1] != '-'))
            {
                i = at + 1;
                continue;
            }

            var floor = Math.Max(from, at - KeyFieldReach);
            var first = at;
            if (text[at] == '-')
            {
                // A "--" starts a flag, or sits inside a key's name whose ":" or "=" comes after it.
                while (first > floor && InKeyName(text[first - 1]))
                {
                    first--;
                }

                return first;
            }

            // A key's name read back from its ":" or "=", as the key alternative reads it forward: blanks, a quote, escapes, the name,
            // a quote, escapes. Each run is taken whole: a field's look-behind refuses a start inside a name.
            first = Back(text, first, floor, static c => c is ' ' or '\t', int.MaxValue);
            first = Back(text, first, floor, static c => c is '"' or '\'', 1);
            first = Back(text, first, floor, static c => c == '\\', int.MaxValue);
            first = Back(text, first, floor, static c => InKeyName(c) && c is not (' ' or '\t' or '"' or '\'' or '\\'), int.MaxValue);
            first = Back(text, first, floor, static c => c is '"' or '\'', 1);
            return Back(text, first, floor, static c => c == '\\', int.MaxValue);
        }

        return end;
    }

    private static int Back(string text, int at, int floor, Func<char, bool> takes, int most)
    {
        while (at > floor && most-- > 0 && takes(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    // Any character a key field's text before its ":" or "=" may hold: a name's (\w takes letters beyond ASCII), escapes, quotes, blanks.
    private static bool InKeyName(char c) =>
        !char.IsAscii(c) || char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '\\' or '"' or '\'' or ' ' or '\t';

    // The characters a flag or key field starts with, whose look-behinds read the character before, and the "/" of "</", which
    // a key field's look-behind reads from the character after.
    private static bool LooksBehind(char c) => char.IsAsciiLetter(c) || c is '_' or '-' or '\\' or '"' or '\'' or '/';

    /// <summary>Whether a field holds a name, an id, a value, or something else (0); a flag without an argument holds nothing.</summary>
    private static int FieldKind(Match match)
    {
        var field = FieldName(match, out var argued);
        if (IsFlag(match))
        {
            return !argued ? 0 : Is(field, NameFlags) ? NameField : Is(field, ValueFlags) ? ValueField : 0;
        }

        return field.Equals("id", StringComparison.OrdinalIgnoreCase) ? IdField : Is(field, NameFields) ? NameField
            : Is(field, ValueFields) || IsElement(match) && Is(field, TypedValueElements) ? ValueField : 0;
    }

    /// <summary>The field's name (its "field" group) read from the match's text, and for a flag whether it has an argument (its
    /// "value" group): groups looked up by name allocate, for every field of a window, and most fields pair with nothing. An element's
    /// name runs from its "&lt;" (or its namespace prefix's ":") to a blank or "&gt;"; a flag's from its "--" to "=", a blank or the
    /// match's end (an argument follows the "=" or the blanks); a key's from past its escapes and quote to the next escape, quote,
    /// blank, ":" or "=". None of these characters can be a name's.</summary>
    internal static ReadOnlySpan<char> FieldName(Match field, out bool argued)
    {
        var text = field.ValueSpan;
        argued = false;
        if (text[0] == '<')
        {
            var name = text[1..];
            name = name[..name.IndexOfAny(' ', '\t', '>')];
            return name[(name.IndexOf(':') + 1)..];
        }

        if (text[0] == '-')
        {
            var name = text[2..];
            var end = name.IndexOfAny('=', ' ', '\t');
            argued = end >= 0;
            return argued ? name[..end] : name;
        }

        var key = text[text.IndexOfAnyExcept('\\', '"', '\'')..];
        return key[..key.IndexOfAny(KeyNameEnds)];
    }

    private static readonly SearchValues<char> KeyNameEnds = SearchValues.Create("\\\"' \t:=");

    // Which alternative a field matched, told by its first character (only an element field starts with '<', only a flag with '-'):
    // a named group is looked up by name and allocates a Group object, for every field of a window.
    internal static bool IsElement(Match field) => field.ValueSpan[0] == '<';

    internal static bool IsFlag(Match field) => field.ValueSpan[0] == '-';

    /// <summary>Whether a field is one of <paramref name="candidates"/>, its words joined any way (<c>param-name</c>, <c>param_name</c>,
    /// <c>paramName</c>).</summary>
    private static bool Is(ReadOnlySpan<char> field, string[] candidates)
    {
        Span<char> joined = stackalloc char[field.Length];
        var n = 0;
        foreach (var c in field)
        {
            if (c is not ('-' or '_'))
            {
                joined[n++] = c;
            }
        }

        foreach (var candidate in candidates)
        {
            if (joined[..n].Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two fields belong to one record: only blanks, commas, semicolons or comments (<c>&lt;!-- … --&gt;</c>, a
    /// <c># …</c> line) between them, and a field on a later line starts at the record's column — except a child element after its
    /// parent's start tag (<c>&lt;setting name="X"&gt;</c> then <c>&lt;value&gt;</c>) and a command's next flag after a line
    /// continuation (<c>\</c> at a line's end), which may be indented anyhow.</summary>
    private static bool Adjacent(string text, Match previous, Match next, int column, int nextColumn)
    {
        var gapStart = previous.Index + previous.Length;
        var gap = text.AsSpan(gapStart, next.Index - gapStart);
        var child = IsElement(next) && !IsElement(previous) && !IsFlag(previous)
            && gap.TrimStart(" \t").StartsWith('>');
        if (child)
        {
            gap = gap.TrimStart(" \t")[1..];
        }

        var continued = false;
        var newline = false;
        while (!gap.IsEmpty)
        {
            var blank = gap.IndexOfAnyExcept(RecordGap);
            if (blank < 0)
            {
                newline |= gap.Contains('\n');
                break;
            }

            newline |= gap[..blank].Contains('\n');
            gap = gap[blank..];
            if (gap.StartsWith("<!--", StringComparison.Ordinal) && gap.IndexOf("-->", StringComparison.Ordinal) is var close and > 0)
            {
                gap = gap[(close + 3)..];
            }
            else if (gap[0] == '#' && newline && gap.IndexOf('\n') is var lineEnd and > 0)
            {
                gap = gap[lineEnd..];
            }
            else if (gap[0] == '\\' && IsFlag(next) && gap[1..].TrimStart('\r').StartsWith('\n'))
            {
                continued = true;
                gap = gap[1..];
            }
            else
            {
                return false;
            }
        }

        return !newline || child || continued || nextColumn == column;
    }

    /// <summary>The start of the line holding <paramref name="at"/>, looked for no further back than a record reaches (a line longer
    /// than that starts, for a record, where the look stopped): a long line is not searched again for each of its fields.</summary>
    private static int LineStartNear(string text, int at)
    {
        var from = Math.Max(0, at - RecordReach);
        var newline = text.AsSpan(from, at - from).LastIndexOf('\n');
        return newline >= 0 ? from + newline + 1 : from;
    }

    private static void Pair(string text, Match first, Match? name, Match? value, Findings found)
    {
        if (value is null)
        {
            return;
        }

        var key = name is not null ? name.Groups["value"].ValueSpan
            : IsFlag(value) ? ArgumentBefore(text, first.Index) : LabelBefore(text, first.Index);
        // A name is one token (DB_PASSWORD, apps/ledger/db_password), not a sentence that mentions a password; a command that stores
        // secrets (gh secret set DEPLOY_KEY --body …) makes whatever it names one.
        if (key.IsEmpty || key.ContainsAny(' ', '\t') || !ContextSecretRecognizer.NamesSecret(key) && !(IsFlag(value) && SetsSecret(text, first.Index)))
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

    /// <summary>Whether the command on the line before <paramref name="at"/> stores a secret under the name it is given (<c>gh secret
    /// set</c>, <c>az keyvault secret set</c>, <c>aws secretsmanager create-secret</c> / <c>put-secret-value</c>): its value is the
    /// secret whatever the name says.</summary>
    internal static bool SetsSecret(string text, int at)
    {
        var lineStart = LineStartNear(text, at);
        var line = text.AsSpan(Math.Max(lineStart, at - 256), at - Math.Max(lineStart, at - 256));
        foreach (var command in SecretStoreCommands)
        {
            if (line.IndexOf(command, StringComparison.OrdinalIgnoreCase) is var hit and >= 0 && (hit == 0 || !char.IsAsciiLetterOrDigit(line[hit - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SecretStoreCommands = ["secret set ", "secrets set ", "secret create ", "create-secret ", "put-secret-value "];

    /// <summary>The argument before a command's flags names what they set when no flag does: <c>gh secret set DEPLOY_KEY --body …</c>.</summary>
    private static ReadOnlySpan<char> ArgumentBefore(string text, int at)
    {
        var before = text.AsSpan(Math.Max(0, at - 130), at - Math.Max(0, at - 130));
        var end = before.TrimEnd(" \t").Length;
        if (end == before.Length || end == 0)
        {
            return default;
        }

        var word = before[..end];
        var space = word.LastIndexOfAny(" \t\r\n");
        if (space < 0 && before.Length == 130)
        {
            return default;
        }

        word = word[(space + 1)..];
        return word.StartsWith('-') || word.ContainsAny("=\"'") ? default : word;
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
        var first = text.AsSpan(from).IndexOf('\n') is var newline and >= 0 ? from + newline + 1 : text.Length;
        if (BlockLines(key, text, first, indent, null))
        {
            BlockLines(key, text, first, indent, found);
        }
    }

    /// <summary>Reads a block's body (at most 4,096 lines); without <paramref name="found"/> only says whether it is a value (no
    /// line holds a blank), with it considers each line. Two passes rather than a buffer: a body may be longer than any buffer.</summary>
    private static bool BlockLines(ReadOnlySpan<char> key, string text, int i, int indent, Findings? found)
    {
        var count = 0;
        while (i < text.Length && count < 4096)
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
                    return false;
                }

                if (found is not null)
                {
                    SecretValues.Consider(key, i + line.Length - body.Length, body, found);
                }

                count++;
            }

            i = end + 1;
        }

        return true;
    }

    // One field of a record, by one of three alternatives (tried in this order at each place):
    // a child element and its text (or CDATA), its tags namespaced or not (<cfg:value>), blanks before their ">" (<name >), attributes
    // on the start tag (<value type="string">; but not name= or key=, which are fields of their own, read by the third alternative);
    private const string ElementField = @"(?<element><)(?:[A-Za-z_][\w.-]{0,31}:)?(?<field>[A-Za-z_][\w.-]{0,31})(?:[ \t]{1,8}(?!(?i:name|key)[ \t]{0,4}=)[A-Za-z_][\w.:-]{0,31}[ \t]{0,4}=[ \t]{0,4}(?:""[^""<>\r\n]{0,128}""|'[^'<>\r\n]{0,128}')){0,4}[ \t]{0,8}>[ \t\r\n]{0,16}(?:<!\[CDATA\[(?<value>[^\]\r\n]{0,256})\]\]>|(?<value>[^<\r\n]{0,256}?))[ \t\r\n]{0,16}</(?:[A-Za-z_][\w.-]{0,31}:)?[A-Za-z_][\w.-]{0,31}[ \t]{0,8}>";

    // a command's flag and its argument (an argument that is itself a key=value list, AWS's --parameters ParameterKey=…,ParameterValue=…,
    // is left to be read as fields; after = or blanks; a flag without one is a field too);
    private const string FlagField = @"(?<![\w-])(?<flag>--)(?<field>[A-Za-z][\w-]{0,31})(?:(?:=|[ \t]{1,8})(?![-\\])(?![""']?[A-Za-z_][\w.-]{0,63}=[^=\s""'])(?:""(?<value>[^""\r\n]{0,256})""|'(?<value>[^'\r\n]{0,256})'|(?<value>[^\s""'\\]{1,256})))?";

    // a name (quoted, escaped-quoted or bare), = or :, and its value — a quoted string (escaped quotes inside read as the value's, at
    // any depth of escaping: the closing quote carries the opening's backslashes; but not an escaped quote beside JSON's punctuation,
    // which opens or closes a nested document's field rather than sitting in a value; at most 256 characters), a quoted string running
    // onto the next line (its first line's one token, before a blank or a YAML line-folding backslash, is the value's start), a bare
    // token, or a YAML block scalar's indicator (after an optional !!binary or !!str tag) ending its line. A tag's namespace prefix
    // (<cfg:property>, </cfg:property>) is no name.
    private const string KeyField = @"(?<![\w.\\<-])(?<!</)\\{0,7}[""']?(?<field>[A-Za-z_][\w.-]{0,31})\\{0,7}[""']?[ \t]{0,8}[:=][ \t]{0,8}(?:!!(?:binary|str)[ \t]{1,3})?(?:(?<value>(?<block>[|>][-+]?[1-9]?))(?=[ \t]{0,8}(?:\r?\n|$))|(?<q>\\{0,7})""(?<value>(?:[^""\\\r\n]|\\{1,15}(?![\\""])|(?<![{\[:,\s])\\{1,15}""(?![:,}\]\s\\])){0,256}?)\k<q>""|'(?<value>[^'\r\n]{0,256})'|\\{0,7}""(?<value>[^\s""'\\]{1,256})(?=\\?[ \t]{0,8}\r?\n)|'(?<value>[^\s'""\\]{1,256})(?=\\?[ \t]{0,8}\r?\n)|(?<value>\$\{[^\s{}]{1,128}\}|[^\s,;{}\[\]<>""'\\]{1,256}))";

    [GeneratedRegex(ElementField + "|" + FlagField + "|" + KeyField, RegexOptions.CultureInvariant)]
    internal static partial Regex RecordFieldPattern();

    [GeneratedRegex(@"\G[ \t]{0,16}variable[ \t]{1,8}""(?<label>[\w.-]{1,64})""[ \t]{0,8}\{[ \t]{0,8}(?:\r?\n[ \t]{0,32})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockLabelPattern();
}
