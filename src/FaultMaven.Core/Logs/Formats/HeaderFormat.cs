using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Common;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// An explicit line layout in the Loghub syntax, e.g. <c>&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;</c>:
/// each <c>&lt;Field&gt;</c> matches lazily, runs of spaces match any whitespace, the rest is regex syntax.
/// </summary>
/// <remarks>A line is split as the backtracking expression <c>^(?&lt;Field&gt;.*?)\s+…$</c> would split it, in time linear in
/// the line: formats of plain text and spaces by a walk (<see cref="Scan"/>, then <see cref="Solve"/> when the first way
/// through fails), the others by the expression run without backtracking.</remarks>
public sealed partial class HeaderFormat
{
    private readonly string _expression;
    private readonly Piece[]? _pieces;
    private readonly bool _scanDecides;
    private Regex? _regex;
    private int[]? _groups;

    private HeaderFormat(string pattern, string expression, Regex? regex, IReadOnlyList<string> fields, Piece[]? pieces)
    {
        Pattern = pattern;
        _expression = expression;
        _regex = regex;
        Fields = fields;
        _pieces = pieces;

        // A walk that fails is final when the format ends with a field and has no whitespace runs: then no longer field can
        // find a later place for a literal where the walk's first one led nowhere. A run of spaces can give characters back
        // to leave a field empty, and a literal at the end can be found again further on: Solve decides those.
        _scanDecides = pieces is { Length: > 0 } && pieces[^1].Field >= 0 && !pieces.Any(p => p.Literal?.Contains(WhitespaceRun, StringComparison.Ordinal) == true);
    }

    /// <summary>The format string as given.</summary>
    public string Pattern { get; }

    /// <summary>The field names in order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Parses a format string; fails with a message that says what is wrong.</summary>
    public static Outcome<HeaderFormat> Parse(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return Invalid("The log format is empty; expected e.g. '<Date> <Time> <Level> <Component>: <Content>'.");
        }

        var fields = new List<string>();
        var regex = new StringBuilder("^");
        var pieces = new List<Piece>();
        var scannable = true;
        var at = 0;
        while (at < pattern.Length)
        {
            var (start, end) = NextField(pattern, at);
            if (start > at)
            {
                var piece = pattern[at..start];
                AppendExpression(piece, regex);
                scannable &= TryLiteral(piece, pieces);
            }

            if (start == pattern.Length)
            {
                break;
            }

            var name = pattern[(start + 1)..(end - 1)];
            if (!IsFieldName(name))
            {
                return Invalid($"The log format field '<{name}>' is not a valid name; use letters, digits and '_'.");
            }

            if (fields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return Invalid($"The log format names the field '<{name}>' twice.");
            }

            pieces.Add(new Piece(fields.Count, null));
            fields.Add(name);
            regex.Append("(?<").Append(name).Append(">.*?)");
            at = end;
        }

        if (!fields.Contains("Content", StringComparer.OrdinalIgnoreCase))
        {
            return Invalid("The log format has no <Content> field; it names the message part of each line.");
        }

        regex.Append('$');
        var expression = regex.ToString();
        if (scannable)
        {
            // Plain text and spaces: the walk splits every line, and the expression is built only for a line with a newline
            // inside (which no field may span), which a line reader never gives.
            return new HeaderFormat(pattern, expression, null, fields, [.. pieces]);
        }

        try
        {
            return new HeaderFormat(pattern, expression, Linear(expression), fields, null);
        }
        catch (ArgumentException ex)
        {
            return Invalid($"The log format is not a valid pattern: {ex.Message}");
        }
        catch (NotSupportedException ex)
        {
            // Lookarounds, backreferences and atomic groups need backtracking, which a hostile line turns polynomial.
            return Invalid($"The log format uses a construct that cannot be matched in linear time: {ex.Message}");
        }
    }

    /// <summary>Splits a line into its fields (<paramref name="fields"/>[i] is where <see cref="Fields"/>[i] is in the line);
    /// false when the line does not have this layout.</summary>
    public bool TryMatch(string line, Span<Range> fields) => TryMatch(line.AsMemory(), fields);

    /// <summary>Splits a line into its fields, as <see cref="TryMatch(string, Span{Range})"/> does, without copying it when
    /// the walk decides.</summary>
    public bool TryMatch(ReadOnlyMemory<char> text, Span<Range> fields)
    {
        var start = text.Length - text.Span.TrimStart().Length;
        var trimmed = text.Span.Trim();
        if (_pieces is not null && !trimmed.Contains('\n'))
        {
            return Scan(trimmed, start, fields) || (!_scanDecides && Solve(trimmed, start, fields));
        }

        return MatchExpression(text, start, trimmed.Length, fields);
    }

    // The expression needs a string: the line's own when it is one, else a copy (only lines the walk cannot read).
    private bool MatchExpression(ReadOnlyMemory<char> text, int start, int length, Span<Range> fields)
    {
        if (!MemoryMarshal.TryGetString(text, out var line, out var offset, out _))
        {
            line = text.ToString();
            offset = 0;
        }

        var regex = _regex ??= Linear(_expression);
        var groups = _groups ??= [.. Fields.Select(regex.GroupNumberFromName)];
        Match match;
        try
        {
            match = regex.Match(line, offset + start, length);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (!match.Success)
        {
            return false;
        }

        for (var i = 0; i < groups.Length; i++)
        {
            var group = match.Groups[groups[i]];
            fields[i] = new Range(group.Index - offset, group.Index - offset + group.Length);
        }

        return true;
    }

    // Without backtracking the expression runs in time linear in the line (and finds the same fields: the engine gives the
    // captures a backtracking one would).
    private static Regex Linear(string expression) =>
        new(expression, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);

    // The next "<Name>" from at, as the regular expression (<[^<>]+>) finds it; (pattern.Length, pattern.Length) when none.
    private static (int Start, int End) NextField(string pattern, int at)
    {
        while (true)
        {
            var open = pattern.IndexOf('<', at);
            if (open < 0)
            {
                return (pattern.Length, pattern.Length);
            }

            var close = pattern.AsSpan(open + 1).IndexOfAny('<', '>');
            if (close > 0 && pattern[open + 1 + close] == '>')
            {
                return (open, open + close + 2);
            }

            at = open + 1;
        }
    }

    private static bool IsFieldName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && !name.AsSpan().ContainsAnyExcept(FieldNameChars);

    private static readonly SearchValues<char> FieldNameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    // The text between fields in the expression: runs of spaces match any whitespace, the rest is as written.
    private static void AppendExpression(string piece, StringBuilder regex)
    {
        for (var i = 0; i < piece.Length; i++)
        {
            if (piece[i] != ' ')
            {
                regex.Append(piece[i]);
                continue;
            }

            while (i + 1 < piece.Length && piece[i + 1] == ' ')
            {
                i++;
            }

            regex.Append(@"\s+");
        }
    }

    // The text between fields as the walk reads it; false when it uses regex syntax beyond escaped punctuation and spaces.
    private static bool TryLiteral(string piece, List<Piece> pieces)
    {
        var literal = new StringBuilder();
        for (var i = 0; i < piece.Length; i++)
        {
            var c = piece[i];
            if (char.IsWhiteSpace(c) && c != ' ')
            {
                // A tab after a space would need the expression's backtracking out of the whitespace run.
                return false;
            }

            if (c == ' ')
            {
                while (i + 1 < piece.Length && piece[i + 1] == ' ')
                {
                    i++;
                }

                literal.Append(WhitespaceRun);
            }
            else if (c == '\\' && i + 1 < piece.Length && char.IsAscii(piece[i + 1]) && !char.IsAsciiLetterOrDigit(piece[i + 1]))
            {
                // An escaped space or tab (whitespace the walk would have to give back to a run) and "\_" (not an escape the
                // expression accepts, so the format is refused) are left to the expression.
                var escaped = piece[++i];
                if (char.IsWhiteSpace(escaped) || escaped == '_')
                {
                    return false;
                }

                literal.Append(escaped);
            }
            else if (@"\.*+?()[]{}^$|".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
            else
            {
                literal.Append(c);
            }
        }

        pieces.Add(new Piece(-1, literal.ToString()));
        return true;
    }

    // A field (its index) or a literal.
    private readonly record struct Piece(int Field, string? Literal);

    private static Failure Invalid(string detail) => new(FailureKind.Invalid, detail);
}
