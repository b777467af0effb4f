using System.Globalization;
using System.Text;

namespace FaultMaven.Testing;

/// <summary>Writes a made-up export <c>id,assignee,notes</c> whose notes are quoted as RFC 4180 quotes them, in the shapes that cut a
/// table at a stream's block end: every <c>every</c>-th note spans lines, one row's quote never closes, the header comes again
/// mid-file; any delimiter and line end. Every name and note is made up.</summary>
public sealed class AssigneeCsv
{
    /// <summary>Gets or sets the names the rows take in turn.</summary>
    public IReadOnlyList<string> Names { get; init; } = ["张伟", "王芳", "李娜", "刘洋"];

    /// <summary>Gets or sets the delimiter.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Gets or sets the line end.</summary>
    public string LineEnd { get; init; } = "\n";

    /// <summary>Gets or sets how many rows follow the header.</summary>
    public int Rows { get; init; } = 3000;

    /// <summary>Gets or sets how often a note spans lines (every n-th row).</summary>
    public int Every { get; init; } = 50;

    /// <summary>Gets or sets how many lines a spanning note has.</summary>
    public int NoteLines { get; init; } = 2;

    /// <summary>Gets or sets the row whose note opens a quote that never closes; none when negative.</summary>
    public int Unbalanced { get; init; } = -1;

    /// <summary>Gets or sets more rows whose notes open a quote that never closes (a malformed export).</summary>
    public IReadOnlyCollection<int> UnbalancedAt { get; init; } = [];

    /// <summary>Gets or sets whether a spanning note is a stack trace (frames, a <c>""quoted""</c> message with a comma) rather than
    /// numbered parts.</summary>
    public bool Trace { get; init; }

    /// <summary>Gets or sets the row before which the header is written again; none when negative.</summary>
    public int HeaderAgain { get; init; } = -1;

    /// <summary>Gets or sets a line written before the header (its length moves every later line across a block end).</summary>
    public string Preamble { get; init; } = "";

    /// <summary>Writes the table.</summary>
    public string Write()
    {
        var text = new StringBuilder(Preamble);
        var header = $"id{Delimiter}assignee{Delimiter}notes{LineEnd}";
        text.Append(header);
        for (var i = 0; i < Rows; i++)
        {
            if (i == HeaderAgain)
            {
                text.Append(header);
            }

            var note = i == Unbalanced || UnbalancedAt.Contains(i) ? $"\"note {i} left open"
                : i % Every == 0 ? "\"" + string.Join(LineEnd, Enumerable.Range(0, NoteLines).Select(k => NoteLine(i, k))) + "\""
                : $"\"short note {i}\"";
            text.Append(i.ToString(CultureInfo.InvariantCulture)).Append(Delimiter).Append(Names[i % Names.Count]).Append(Delimiter).Append(note).Append(LineEnd);
        }

        return text.ToString();
    }

    private string NoteLine(int row, int line) =>
        !Trace ? $"part {line} of note {row}"
        : line == 0 ? $"java.lang.IllegalStateException: read \"\"timeout\"\" on job {row}, retrying"
        : $"\tat com.example.billing.Worker{line % 7}.run(Worker.java:{100 + line})";
}
