using System.Globalization;

namespace FaultMaven.Core.Sources;

/// <summary>The series an alert rule compares with its threshold: <c>sum(rate(errors[5m])) &gt; 5</c> compares
/// <c>sum(rate(errors[5m]))</c>. An alert's own expression returns samples only while it fires, so fetching it shows nothing of what
/// led up to the alert; the compared side shows the rise, from before the threshold was crossed.</summary>
public static class PromQlComparison
{
    private static readonly string[] Operators = ["==", "!=", ">=", "<=", ">", "<"];

    /// <summary>Gets the side of a top-level <c>&lt;expr&gt; &lt;op&gt; &lt;number&gt;</c> (or <c>&lt;number&gt; &lt;op&gt; &lt;expr&gt;</c>)
    /// that is not the number; any other expression (a <c>bool</c> comparison, which does not filter, two series compared, <c>and</c>,
    /// <c>or</c>, <c>unless</c>, several comparisons, a comment) comes back unchanged. One pass over the text.</summary>
    public static string ComparedSeries(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var depth = 0;
        char? quote = null;
        (int At, int Length)? comparison = null;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (quote is { } open)
            {
                if (c == '\\' && open != '`')
                {
                    i++; // the escaped character cannot close the string
                }
                else if (c == open)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'' or '`':
                    quote = c;
                    continue;
                case '(' or '{' or '[':
                    depth++;
                    continue;
                case ')' or '}' or ']':
                    depth--;
                    continue;
                case '#':
                    return expression; // a comment: not worth reading around
            }

            if (depth != 0)
            {
                continue;
            }

            if (IsWordStart(expression, i) && (IsWord(expression, i, "and") || IsWord(expression, i, "or") || IsWord(expression, i, "unless")))
            {
                return expression;
            }

            if (Operators.FirstOrDefault(o => string.CompareOrdinal(expression, i, o, 0, o.Length) == 0) is { } op)
            {
                if (comparison is not null)
                {
                    return expression;
                }

                comparison = (i, op.Length);
                i += op.Length - 1;
            }
        }

        if (comparison is not { } found || depth != 0 || quote is not null)
        {
            return expression;
        }

        var left = expression[..found.At].Trim();
        var right = expression[(found.At + found.Length)..].Trim();
        if (IsWord(right, 0, "bool"))
        {
            return expression;
        }

        return IsNumber(right) && left.Length > 0 ? left
            : IsNumber(left) && right.Length > 0 ? right
            : expression;
    }

    private static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool IsWordStart(string text, int at) => at == 0 || !IsIdentifier(text[at - 1]);

    private static bool IsWord(string text, int at, string word) =>
        // Keywords are matched ignoring case, as Prometheus' lexer does.
        string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && (at + word.Length == text.Length || !IsIdentifier(text[at + word.Length]));

    private static bool IsIdentifier(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or ':';
}
