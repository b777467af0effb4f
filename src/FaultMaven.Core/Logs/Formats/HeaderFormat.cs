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

    private HeaderFormat(string pattern, Regex regex, IReadOnlyList<string> fields)
    {
        Pattern = pattern;
        _regex = regex;
        Fields = fields;
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

                fields.Add(name);
                regex.Append("(?<").Append(name).Append(">.*?)");
            }
            else
            {
                regex.Append(Spaces().Replace(piece, @"\s+"));
            }
        }

        if (!fields.Contains("Content", StringComparer.OrdinalIgnoreCase))
        {
            return Invalid("The log format has no <Content> field; it names the message part of each line.");
        }

        regex.Append('$');
        try
        {
            return new HeaderFormat(pattern, new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1)), fields);
        }
        catch (ArgumentException ex)
        {
            return Invalid($"The log format is not a valid pattern: {ex.Message}");
        }
    }

    /// <summary>Splits a line into its fields, or returns null when the line does not have this layout.</summary>
    public IReadOnlyDictionary<string, string>? Match(string line)
    {
        Match match;
        try
        {
            match = _regex.Match(line.Trim());
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (!match.Success)
        {
            return null;
        }

        var values = new Dictionary<string, string>(Fields.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var name in Fields)
        {
            values[name] = match.Groups[name].Value;
        }

        return values;
    }

    private static Failure Invalid(string detail) => new(FailureKind.Invalid, detail);

    [GeneratedRegex("(<[^<>]+>)")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex FieldName();

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();
}
