using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Values in a delimited table whose header row names their column (issue 18, unseen4): a person's name under
/// <c>name</c>/<c>full_name</c>, a phone number under <c>mobile</c>, a secret under <c>Secret access key</c> or <c>password</c>, in
/// CSV (<c>,</c> <c>;</c> <c>|</c> or tab) and in a PostgreSQL dump's <c>COPY table (columns) FROM stdin;</c> block. The cell alone
/// says little (<c>512 229 169</c>, two capitalised words); its header says what it is.</summary>
internal sealed partial class DelimitedTableRecognizer : PiiRecognizer
{
    private const int MaxHeaderLength = 2048;
    private const int MaxColumns = 64;
    private const int MaxCellLength = 256;

    // Column names (letters and digits only, lower case) whose cells hold a person's full name; "username", "hostname", "dbname" do not.
    private static readonly HashSet<string> PersonColumns = new(StringComparer.Ordinal)
    {
        "name", "fullname", "displayname", "customer", "customername", "employee", "employeename", "contact", "contactname", "personname",
        "holder", "holdername", "accountholder", "cardholder", "cardholdername", "ownername", "recipient", "recipientname", "patientname",
        "membername", "realname", "legalname", "clientname", "applicant", "beneficiary", "beneficiaryname", "payee", "payeename", "commonname",
    };

    private static readonly HashSet<string> PhoneColumns = new(StringComparer.Ordinal)
    {
        "phone", "mobile", "tel", "telephone", "phonenumber", "mobilenumber", "mobilephone", "cell", "cellphone", "contactnumber", "fax", "msisdn", "homephone", "workphone",
    };

    private static readonly string[] SecretWords = ["password", "passwd", "secret", "token", "apikey", "privatekey", "passphrase"];

    // A header names at least one of these columns; lines without any are passed over by one vectorised search.
    private static readonly System.Buffers.SearchValues<string> ColumnWords = System.Buffers.SearchValues.Create(
        ["name", "customer", "employee", "contact", "holder", "recipient", "applicant", "beneficiary", "payee", "phone", "mobile", "tel", "fax", "cell", "msisdn",
            "pass", "secret", "token", "key"], StringComparison.OrdinalIgnoreCase);

    private enum Column : byte { None, Person, Phone, Secret }

    public override void Recognize(string text, Findings found)
    {
        var position = 0;
        while (position < text.Length)
        {
            // A header names a column: the lines before the next column word are none, and are passed over by one search of the
            // text instead of one per line.
            var word = text.AsSpan(position).IndexOfAny(ColumnWords);
            if (word < 0)
            {
                break;
            }

            position += text.AsSpan(position, word).LastIndexOf('\n') + 1;
            var lineEnd = LineEnd(text, position);
            var next = lineEnd < text.Length ? lineEnd + 1 : text.Length;
            if (lineEnd - position <= MaxHeaderLength && Header(text, position, lineEnd) is var (delimiter, columns, names) && delimiter != '\0')
            {
                next = ReadRows(text, next, delimiter, columns, names, found);
            }

            position = next;
        }

        FindNamedPhones(text, found);
    }

    private static int LineEnd(string text, int from) => text.AsSpan(from).IndexOf('\n') is var at and >= 0 ? from + at : text.Length;

    /// <summary>Reads a header row: the delimiter that cuts the line into at least three labels (a letter, then letters, digits,
    /// blanks, <c>_ - .</c>), or a <c>COPY … (a, b, c) FROM stdin;</c> line, whose rows are tab-separated. Returns a delimiter of
    /// '\0' when the line is no header or names no column this recognizer reads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (char Delimiter, Column[] Columns, string[] Names) Header(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).TrimEnd('\r');
        if (line.IndexOfAny(ColumnWords) < 0)
        {
            return default;
        }

        if (line.StartsWith("COPY ", StringComparison.Ordinal))
        {
            return CopyHeaderPattern().Match(text, start, line.Length) is { Success: true } copy ? Classify(copy.Groups["columns"].ValueSpan, ',', '\t') : default;
        }

        var delimiter = MostFrequent(line);
        return delimiter == '\0' ? default : Classify(line, delimiter, delimiter);
    }

    private static char MostFrequent(ReadOnlySpan<char> line)
    {
        var (best, count) = ('\0', 1);
        foreach (var candidate in (ReadOnlySpan<char>)[',', ';', '\t', '|'])
        {
            if (line.Count(candidate) is var n && n > count)
            {
                (best, count) = (candidate, n);
            }
        }

        return best;
    }

    private static (char, Column[], string[]) Classify(ReadOnlySpan<char> line, char separator, char rowDelimiter)
    {
        // Most lines with delimiters are data, not labels: they are turned away before anything is allocated.
        var count = line.Count(separator) + 1;
        if (count is < 3 or > MaxColumns)
        {
            return default;
        }

        foreach (var range in line.Split(separator))
        {
            if (!IsLabel(line[range].Trim().Trim('"').Trim()))
            {
                return default;
            }
        }

        var columns = new Column[count];
        var names = new string[count];
        var any = false;
        var index = 0;
        foreach (var range in line.Split(separator))
        {
            var cell = line[range].Trim().Trim('"').Trim();
            var column = ColumnOf(cell);
            any |= column != Column.None;
            columns[index] = column;
            names[index++] = column == Column.Secret ? cell.ToString().Replace(' ', '_') : "";
        }

        return any ? (rowDelimiter, columns, names) : default;
    }

    private static bool IsLabel(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty || cell.Length > 40 || !char.IsAsciiLetter(cell[0]))
        {
            return false;
        }

        foreach (var c in cell)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not (' ' or '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static Column ColumnOf(ReadOnlySpan<char> label)
    {
        Span<char> compact = stackalloc char[label.Length];
        var n = 0;
        foreach (var c in label)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact[n++] = char.ToLowerInvariant(c);
            }
        }

        var key = compact[..n].ToString();
        if (PersonColumns.Contains(key))
        {
            return Column.Person;
        }

        if (PhoneColumns.Contains(key))
        {
            return Column.Phone;
        }

        foreach (var word in SecretWords)
        {
            if (key.Contains(word, StringComparison.Ordinal) && !SecretValues.IsDescriptive(label.ToString().Replace(' ', '_')))
            {
                return Column.Secret;
            }
        }

        return Column.None;
    }

    /// <summary>Reads the rows under a header while they have its number of cells (a blank line, a <c>\.</c> or a row of another shape
    /// ends the table); returns where reading stopped.</summary>
    private static int ReadRows(string text, int position, char delimiter, Column[] columns, string[] names, Findings found)
    {
        Span<(int Start, int End)> cells = stackalloc (int, int)[columns.Length];
        while (position < text.Length)
        {
            // Quoted cells (RFC 4180) may hold the delimiter or a line break: a row is counted and cut outside its quotes.
            var (rowEnd, count) = DelimitedRows.Row(text, position, delimiter, columns.Length - 1);
            if (count != columns.Length - 1)
            {
                // A row whose quotes are broken ends no table: its rows resume on the next line.
                if (DelimitedRows.Resumes(text, position, delimiter, columns.Length - 1) is var resume and >= 0)
                {
                    position = resume;
                    continue;
                }

                return position;
            }

            var end = rowEnd > position && text[rowEnd - 1] == '\r' ? rowEnd - 1 : rowEnd;
            var n = DelimitedRows.Cut(text, position, end, delimiter, cells);
            for (var index = 0; index < n; index++)
            {
                var (start, cellEnd) = cells[index];
                var column = columns[index];
                if (column != Column.None && cellEnd - start is > 0 and <= MaxCellLength)
                {
                    Cell(text, start, text.AsSpan(start, cellEnd - start), column, names[index], found);
                }
            }

            position = rowEnd < text.Length ? rowEnd + 1 : text.Length;
        }

        return position;
    }

    private static void Cell(string text, int start, ReadOnlySpan<char> cell, Column column, string name, Findings found)
    {
        // A quoted cell's value lies inside its quotes.
        var trimmed = cell.Trim();
        start += cell.IndexOf(trimmed);
        if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"')
        {
            trimmed = trimmed[1..^1];
            start++;
        }

        switch (column)
        {
            case Column.Person when IsFullName(text, start, trimmed):
                found.Add(PiiType.Person, start, start + trimmed.Length, 0.85);
                break;
            case Column.Phone when IsPhoneNumber(trimmed):
                found.Add(PiiType.Phone, start, start + trimmed.Length, 0.85);
                break;
            case Column.Secret when AwsSecretPattern().IsMatch(trimmed) && name.Contains("access", StringComparison.OrdinalIgnoreCase):
                found.Add(PiiType.AwsSecretKey, start, start + trimmed.Length, 0.9);
                break;
            case Column.Secret:
                SecretValues.Consider(name, start, trimmed, found);
                break;
        }
    }

    /// <summary>Two or three capitalised words, as the name pattern reads them, or a name written surname first, and none a product or team word.</summary>
    private static bool IsFullName(string text, int start, ReadOnlySpan<char> cell)
    {
        // Surname first (Kowalski, Anna), quoted for its comma: one person, hidden whole.
        var surnameFirst = NameShape.IsSurnameFirst(cell);
        if (!surnameFirst && (PersonRecognizer.NamePattern().Match(text, start, cell.Length) is not { Success: true } match || match.Index != start || match.Length != cell.Length))
        {
            return false;
        }

        foreach (var range in cell.Split(' '))
        {
            if (PersonRecognizer.NotNames.Contains(cell[range].TrimEnd(',').ToString()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Seven to fifteen digits, grouped by blanks, dashes, dots or brackets, with an optional leading <c>+</c>.</summary>
    private static bool IsPhoneNumber(ReadOnlySpan<char> cell)
    {
        var digits = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')') && !(c == '+' && i == 0))
            {
                return false;
            }
        }

        return digits is >= 7 and <= 15;
    }

    [GeneratedRegex(@"\GCOPY[ \t]{1,3}[\w."" ]{1,128}?[ \t]{0,3}\((?<columns>[^()\r\n]{1,2048})\)[ \t]{1,3}FROM[ \t]{1,3}stdin", RegexOptions.CultureInvariant)]
    private static partial Regex CopyHeaderPattern();

    [GeneratedRegex(@"^[A-Za-z0-9/+]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex AwsSecretPattern();
}
