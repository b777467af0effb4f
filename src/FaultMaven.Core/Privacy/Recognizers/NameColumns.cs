namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Decides which columns of a table hold people's names (issue 18): columns decide, not cells. A column is a name column
/// when its header says so (<see cref="NameHeaders"/>), or when most of its cells are name-shaped and either a good share of them
/// start with a known given name or the e-mail address in the same row spells them, or when, in a table without a header, it is the
/// surname column beside a given-name column and its values mostly differ. Then every name-shaped cell of the column is a name,
/// including those no list knows. A header that names another thing (<c>Produkt</c>, <c>Stadt</c>, <c>company_name</c>) keeps its
/// column out whatever its cells look like.</summary>
internal sealed class NameColumns
{
    // The share of a column's non-empty cells that must be name-shaped, the share of those that must start with a known given
    // name, and the share an e-mail in the same row must spell (chosen leave-one-set-out, docs/BENCHMARKS.md "Names from structure").
    internal const double ShapeShare = 0.7;
    internal const double GivenShare = 0.3;
    internal const double MailShare = 0.5;

    private readonly int[] _header;
    private readonly int[] _cells;
    private readonly int[] _shaped;
    private readonly int[] _given;
    private readonly int[] _mailed;
    private readonly int[] _oneWord;
    private readonly List<(int Start, int Length)> _locals = [];
    private bool _hasHeader;

    public NameColumns(int columns)
    {
        _header = new int[columns];
        _cells = new int[columns];
        _shaped = new int[columns];
        _given = new int[columns];
        _mailed = new int[columns];
        _oneWord = new int[columns];
    }

    public int Count => _header.Length;

    /// <summary>Gets whether any header names another thing's name.</summary>
    public bool AnyOther => Array.IndexOf(_header, NameHeaders.Other) >= 0;

    /// <summary>Reads a header cell.</summary>
    public void Header(int column, ReadOnlySpan<char> label)
    {
        _header[column] = NameHeaders.Classify(label);
        _hasHeader = true;
    }

    private static readonly System.Buffers.SearchValues<char> NotInLabels = System.Buffers.SearchValues.Create("@='\"()[]{}<>:;,/\\");

    /// <summary>Gets whether any header cell of <paramref name="labels"/> classifies, so the row is a header, not data.</summary>
    public static bool IsHeader(string text, ReadOnlySpan<(int Start, int End)> labels)
    {
        var any = false;
        foreach (var (start, end) in labels)
        {
            var label = text.AsSpan(start, end - start);
            // A header cell is a label: words, digits and joiners, no quotes, brackets, colons or values (_id: ObjectId('…') is a value).
            if (label.Length > 64 || label.ContainsAny(NotInLabels) || label.Length > 0 && char.IsAsciiDigit(label[0]))
            {
                return false;
            }

            any |= NameHeaders.Classify(label) != 0;
        }

        return any;
    }

    /// <summary>Counts one data row; <paramref name="cells"/> are the trimmed cells' ranges in <paramref name="text"/>.</summary>
    public void Observe(string text, ReadOnlySpan<(int Start, int End)> cells)
    {
        _locals.Clear();
        foreach (var (start, end) in cells)
        {
            if (end - start is > 3 and < 128 && text.AsSpan(start, end - start).Contains('@'))
            {
                NameShape.LocalParts(text, start, end, _locals, 4);
            }
        }

        for (var i = 0; i < cells.Length && i < _cells.Length; i++)
        {
            var (start, end) = cells[i];
            if (end <= start)
            {
                continue;
            }

            _cells[i]++;
            var cell = text.AsSpan(start, end - start);
            if (_header[i] is NameHeaders.Person or NameHeaders.Role && PersonRecognizer.IsCaselessName(cell))
            {
                // Han and Hangul names under a person's header: no case to read, and no list of given names. Under a role's header
                // (assignee, owner, 担当者, 담당자), which services and words (支付网关, 平台) also fill, a cell that opens with a
                // listed surname is the evidence a known given name is in the cased scripts: the column decides, then every
                // name-shaped cell of it is a name.
                _shaped[i]++;
                _given[i] += _header[i] == NameHeaders.Role && PersonRecognizer.StartsWithListedSurname(cell) ? 1 : 0;
                continue;
            }

            if (_header[i] is NameHeaders.Person or NameHeaders.Role && NameShape.IsSurnameFirst(cell))
            {
                // Kowalski, Anna under a person's or a role's header: its given name is the evidence; Berlin, Germany has the same
                // shape, so only a header that names people lets it count.
                _shaped[i]++;
                _given[i] += NameShape.StartsWithGivenName(NameShape.GivenFirst(cell)) ? 1 : 0;
                continue;
            }

            if (!char.IsUpper(cell[0]) && !char.IsLower(cell[0]) || !NameShape.IsName(cell))
            {
                continue;
            }

            _shaped[i]++;
            var space = cell.LastIndexOf(' ');
            if (space < 0)
            {
                _oneWord[i]++;
            }

            if (NameShape.StartsWithGivenName(cell))
            {
                _given[i]++;
            }

            foreach (var (local, length) in _locals)
            {
                var first = space < 0 ? cell : cell[..cell.IndexOf(' ')];
                if (NameShape.Spells(text.AsSpan(local, length), first, space < 0 ? [] : cell[(space + 1)..]))
                {
                    _mailed[i]++;
                    break;
                }
            }
        }
    }

    /// <summary>Gets whether the header of <paramref name="column"/> names another thing's name (a product, a place, a company):
    /// its cells are no person's, whatever a rule for prose would say of them.</summary>
    public bool IsOther(int column) => _header[column] == NameHeaders.Other;

    /// <summary>Gets whether a cell of an accepted column is a name: name-shaped, or surname first under a header that names people. A Han or Hangul cell under a
    /// role's header needs no surname of its own: the surname list misses common ones (黄, 周, 이, 최, compound 欧阳), so asking each
    /// cell for one showed real assignees; a service in a person's column (<c>支付网关</c>) is hidden instead, which costs less.</summary>
    public bool IsNameCell(int column, ReadOnlySpan<char> cell) =>
        NameShape.IsName(cell) || PersonRecognizer.IsCaselessName(cell) || _header[column] is NameHeaders.Person or NameHeaders.Role && NameShape.IsSurnameFirst(cell);

    /// <summary>Decides the name columns from what <see cref="Observe"/> counted.</summary>
    public bool[] Decide()
    {
        var accepted = new bool[_header.Length];
        for (var i = 0; i < accepted.Length; i++)
        {
            accepted[i] = _header[i] switch
            {
                NameHeaders.Other => false,
                NameHeaders.Person => _shaped[i] >= 1 && _shaped[i] * 2 >= _cells[i],
                NameHeaders.Role => _shaped[i] * 2 >= _cells[i] && _given[i] + _mailed[i] >= 1,
                _ => ByCells(i),
            };
        }

        // A surname column beside a given-name column: one-word name-shaped cells next to a column of one-word names that was taken
        // on its own evidence (not by this rule: a city beside the surname stays out). Only in a table without a header: where a
        // header names the given and the surname columns, a column beside them whose header is unknown (Město, Şehir) has no
        // evidence of a name of its own. Whether its values repeat is not asked: past the block that holds a long table's header, the
        // rows are headerless, and surnames repeat down a column as cities do (a rule that asked leaked half the surnames of a
        // 3,000-row export); a headerless city column beside given names is read as surnames, a false alarm taken over a leak.
        var beside = (bool[])accepted.Clone();
        for (var i = 0; i < accepted.Length && !_hasHeader; i++)
        {
            if (!accepted[i] && _header[i] == 0 && Shaped(i) && _oneWord[i] * 2 >= _shaped[i] && (GivenColumn(accepted, i - 1) || GivenColumn(accepted, i + 1)))
            {
                beside[i] = true;
            }
        }

        return beside;
    }

    private bool GivenColumn(bool[] accepted, int i) =>
        i >= 0 && i < accepted.Length && accepted[i] && _header[i] != NameHeaders.Role && _oneWord[i] * 2 >= _shaped[i];

    private bool Shaped(int i) => _shaped[i] >= 1 && _shaped[i] >= ShapeShare * _cells[i];

    private bool ByCells(int i) =>
        Shaped(i) && (_shaped[i] >= 2 && _given[i] >= GivenShare * _shaped[i] || _mailed[i] >= 1 && _mailed[i] >= MailShare * _shaped[i]);
}
