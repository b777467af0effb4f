using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Common;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// An explicit line layout in the Loghub syntax, e.g. <c>&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;</c>:
/// each <c>&lt;Field&gt;</c> matches lazily, runs of spaces match any whitespace, the rest is regex syntax.
/// </summary>
public sealed partial class HeaderFormat
{
    private readonly Regex _regex;
    private readonly Piece[]? _pieces;
    private readonly bool _scanDecides;
    private readonly int[] _groups;

    private HeaderFormat(string pattern, Regex regex, IReadOnlyList<string> fields, Piece[]? pieces)
    {
        Pattern = pattern;
        _regex = regex;
        Fields = fields;
        _pieces = pieces;

        // A walk that fails is final when the format ends with a field and has no whitespace runs: then no longer field can
        // find a later place for a literal where the walk's first one led nowhere. A run of spaces can be split by the
        // expression's backtracking to leave a field empty, and a literal at the end can be found again further on.
        _scanDecides = pieces is { Length: > 0 } && pieces[^1].Field >= 0 && !pieces.Any(p => p.Literal?.Contains(WhitespaceRun, StringComparison.Ordinal) == true);
        _groups = [.. fields.Select(regex.GroupNumberFromName)];
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
        foreach (var piece in FieldPattern().Split(pattern))
        {
            if (piece.Length == 0)
            {
                continue;
            }

            var field = FieldPattern().Match(piece);
            if (field.Success && field.Length == piece.Length)
            {
                var name = piece[1..^1];
                if (!FieldName().IsMatch(name))
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
            }
            else
            {
                regex.Append(Spaces().Replace(piece, @"\s+"));
                scannable &= TryLiteral(piece, pieces);
            }
        }

        if (!fields.Contains("Content", StringComparer.OrdinalIgnoreCase))
        {
            return Invalid("The log format has no <Content> field; it names the message part of each line.");
        }

        regex.Append('$');
        try
        {
            var compiled = new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
            return new HeaderFormat(pattern, compiled, fields, scannable ? [.. pieces] : null);
        }
        catch (ArgumentException ex)
        {
            return Invalid($"The log format is not a valid pattern: {ex.Message}");
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

        // The common case without the regular expression: each field ends where the text after it first appears.
        if (_pieces is not null)
        {
            if (Scan(trimmed, start, fields))
            {
                return true;
            }

            if (_scanDecides)
            {
                return false;
            }
        }

        // The expression needs a string: the line's own when it is one, else a copy (only lines the walk cannot decide).
        if (!MemoryMarshal.TryGetString(text, out var line, out var offset, out _))
        {
            line = text.ToString();
            offset = 0;
        }

        Match match;
        try
        {
            match = _regex.Match(line, offset + start, trimmed.Length);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (!match.Success)
        {
            return false;
        }

        for (var i = 0; i < _groups.Length; i++)
        {
            var group = match.Groups[_groups[i]];
            fields[i] = new Range(group.Index - offset, group.Index - offset + group.Length);
        }

        return true;
    }

    // Fields match lazily and runs of spaces greedily, so the first way through — each field up to the first place its
    // literal matches, each run of whitespace taken whole — is the match the regular expression finds first, when the
    // walk gets through. When it does not, the expression (which may backtrack into a longer field) decides.
    private bool Scan(ReadOnlySpan<char> line, int offset, Span<Range> fields)
    {
        var position = 0;
        var pieces = _pieces!;
        for (var p = 0; p < pieces.Length; p++)
        {
            var piece = pieces[p];
            if (piece.Field >= 0)
            {
                var next = p + 1 < pieces.Length ? pieces[p + 1] : default;
                if (p + 1 == pieces.Length)
                {
                    fields[piece.Field] = new Range(offset + position, offset + line.Length);
                    return true;
                }

                if (next.Field >= 0)
                {
                    fields[piece.Field] = new Range(offset + position, offset + position);
                    continue;
                }

                var end = FindLiteral(line, position, next.Literal!);
                if (end < 0)
                {
                    return false;
                }

                fields[piece.Field] = new Range(offset + position, offset + end);
                position = end;
                continue;
            }

            var taken = MatchLiteral(line, position, piece.Literal!);
            if (taken < 0)
            {
                return false;
            }

            position += taken;
        }

        // The format ends with a literal: it must end the line.
        return position == line.Length;
    }

    // The first place the literal matches. Only places that start like the literal are tried (found with a vectorised search),
    // and a literal that starts with a whitespace run is tried once per run: every place inside a run ends the run at the
    // same character, so it matches there exactly when it matches at the run's start. Linear in the line for such literals.
    private static int FindLiteral(ReadOnlySpan<char> line, int from, string literal)
    {
        if (literal.Length == 0)
        {
            return from < line.Length ? from : -1;
        }

        var first = literal[0];
        var i = from;
        while (i < line.Length)
        {
            if (first == WhitespaceRun)
            {
                var next = IndexOfWhiteSpace(line, i);
                if (next < 0)
                {
                    return -1;
                }

                if (MatchLiteral(line, next, literal) >= 0)
                {
                    return next;
                }

                i = next + 1;
                while (i < line.Length && char.IsWhiteSpace(line[i]))
                {
                    i++;
                }

                continue;
            }

            var at = line[i..].IndexOf(first);
            if (at < 0)
            {
                return -1;
            }

            if (MatchLiteral(line, i + at, literal) >= 0)
            {
                return i + at;
            }

            i += at + 1;
        }

        return -1;
    }

    private static int IndexOfWhiteSpace(ReadOnlySpan<char> line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // A literal is exact characters, with '\0' standing for \s+ (a whitespace run, taken whole); returns its length here.
    private static int MatchLiteral(ReadOnlySpan<char> line, int at, string literal)
    {
        var i = at;
        foreach (var c in literal)
        {
            if (c == WhitespaceRun)
            {
                if (i >= line.Length || !char.IsWhiteSpace(line[i]))
                {
                    return -1;
                }

                while (i < line.Length && char.IsWhiteSpace(line[i]))
                {
                    i++;
                }
            }
            else if (i < line.Length && line[i] == c)
            {
                i++;
            }
            else
            {
                return -1;
            }
        }

        return i - at;
    }

    private const char WhitespaceRun = '\0';

    // The text between fields as the scan reads it; false when it uses regex syntax beyond escaped punctuation and spaces.
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
                literal.Append(piece[++i]);
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

    [GeneratedRegex("(<[^<>]+>)")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex FieldName();

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();
}
