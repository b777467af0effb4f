using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Source code and prose.</summary>
public sealed partial class DataClassifier
{
    private static Candidate SourceCode(Sample text)
    {
        // A JSON document ends its lines in braces too; it is data, not code.
        var head = text.Text.AsSpan().TrimStart();
        if ((head.StartsWith("{") || head.StartsWith("[")) && IsJsonDocument(text))
        {
            return Candidate.None(DataType.SourceCode);
        }

        var languages = new (string Name, Regex Pattern)[]
        {
            ("python", PythonCode()), ("go", GoCode()), ("java", JavaCode()), ("csharp", CSharpCode()),
            ("javascript", JavaScriptCode()), ("c", CCode()), ("rust", RustCode()), ("shell", ShellCode()),
        };
        var best = languages.Select(l => (l.Name, Count: text.Lines.Count(line => l.Pattern.IsMatch(line)))).MaxBy(l => l.Count);
        var codeish = text.Lines.Count(l => CodeLine().IsMatch(l));
        if (best.Count == 0 && codeish < text.Lines.Count * 0.4)
        {
            return Candidate.None(DataType.SourceCode);
        }

        var share = (double)(best.Count + codeish) / text.Lines.Count;
        var score = Math.Min(0.9, (best.Count > 0 ? 0.4 : 0.2) + 0.5 * share);
        return new(DataType.SourceCode, best.Count > 0 ? best.Name : null, score, [$"content: {best.Count} {best.Name} declarations, {codeish} lines ending in braces, semicolons or colons"]);
    }

    private static Candidate Documentation(Sample text)
    {
        // An HTML page (a proxy's or an application server's error page, a saved status page) is a document whatever it quotes: its
        // <pre> may hold a stack trace, but it is a page about one, in markup.
        if (IsHtml(text.Text))
        {
            return new(DataType.Documentation, "html", 0.98, ["content: an HTML document (doctype, <html> root, or <head> and <body> elements)"]);
        }

        var headings = text.Lines.Count(l => MarkdownHeading().IsMatch(l));
        var prose = text.Lines.Count(IsProse);
        var share = (double)prose / text.Lines.Count;
        if (prose == 0 && headings == 0)
        {
            return Candidate.None(DataType.Documentation);
        }

        var score = 0.25 + 0.45 * share + (headings > 0 ? 0.15 : 0);
        var markdown = headings > 0 || text.Text.Contains("](", StringComparison.Ordinal) || text.Text.Contains("```", StringComparison.Ordinal);
        return new(DataType.Documentation, markdown ? "markdown" : "text", score, [$"content: {prose} of {text.Lines.Count} lines are sentences{(headings > 0 ? $", {headings} Markdown headings" : "")}"]);
    }

    /// <summary>Whether the text is an HTML document: it opens (after an XML declaration or comments) with a doctype or an
    /// <c>&lt;html&gt;</c> element, or has both a <c>&lt;head&gt;</c> and a <c>&lt;body&gt;</c> element.</summary>
    internal static bool IsHtml(string text)
    {
        var head = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        while (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = head.StartsWith("<!--", StringComparison.Ordinal) ? head.IndexOf("-->", StringComparison.Ordinal) : head.IndexOf("?>", StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            head = head[(end + 3 - (head[end] == '?' ? 1 : 0))..].TrimStart(" \t\r\n");
        }

        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || HtmlRoot().IsMatch(head)
            || HeadElement().IsMatch(text) && BodyElement().IsMatch(text);
    }

    [GeneratedRegex(@"^<html[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlRoot();

    [GeneratedRegex(@"<head[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HeadElement();

    [GeneratedRegex(@"<body[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex BodyElement();

    private static bool IsProse(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 6)
        {
            return false;
        }

        var plain = words.Count(w => w.Trim('.', ',', ':', ';', '(', ')', '!', '?', '"', '*', '`').All(char.IsLetter));
        return plain >= words.Length * 0.7;
    }

    [GeneratedRegex(@"^(?:def |class \w+[(:]|import \w|from [\w.]+ import |if __name__ ==|\s+def \w+\(|async def )")]
    private static partial Regex PythonCode();

    [GeneratedRegex(@"^(?:package \w+$|func [\w(]|import \(|\s*if err != nil)")]
    private static partial Regex GoCode();

    [GeneratedRegex(@"^(?:package [\w.]+;|import [\w.*]+;|\s*(?:public|private|protected)\s+(?:static\s+)?(?:final\s+)?[\w<>\[\]]+\s+\w+\s*\()")]
    private static partial Regex JavaCode();

    [GeneratedRegex(@"^(?:using [\w.]+;|namespace [\w.]+|\s*(?:public|internal|private)\s+(?:sealed\s+|static\s+|partial\s+|async\s+)*(?:class|record|interface|Task|void|string|int)\b)")]
    private static partial Regex CSharpCode();

    [GeneratedRegex(@"^(?:import .+ from |export (?:default |const |function |class )|const \w+ = (?:require\(|async|\()|function \w+\(|module\.exports)")]
    private static partial Regex JavaScriptCode();

    [GeneratedRegex(@"^(?:#include [<""]|int main\(|static \w+ \w+\(|#define \w+)")]
    private static partial Regex CCode();

    [GeneratedRegex(@"^(?:\s*(?:pub )?fn \w+|use [\w:]+;|impl(?:<.*>)? \w+|\s*let mut )")]
    private static partial Regex RustCode();

    [GeneratedRegex(@"^(?:#!/(?:usr/)?bin/(?:env )?(?:ba|z)?sh|set -e|\s*(?:if|while) \[\[? .*\]\]?; then)")]
    private static partial Regex ShellCode();

    [GeneratedRegex(@"(?:[{};]|\)\s*:|=>\s*\{?)\s*$|^\s*[}\])]+[;,)]*\s*$")]
    private static partial Regex CodeLine();

    [GeneratedRegex(@"^#{1,6} \S|^={3,}$|^-{3,}$")]
    private static partial Regex MarkdownHeading();
}
