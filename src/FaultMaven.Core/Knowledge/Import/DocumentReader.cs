using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace FaultMaven.Core.Knowledge.Import;

/// <summary>A document the reader could not read, with a reason written for the user.</summary>
public sealed class DocumentReadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The text of an imported file and the title it gives itself.</summary>
/// <param name="Title">The first heading (or the HTML title, the JSON title), else null.</param>
/// <param name="Text">Markdown-like text: headings as <c>#</c> lines so the chunker can follow them.</param>
/// <param name="Format">markdown, text, html, pdf, json or yaml.</param>
public sealed record ReadDocument(string? Title, string Text, string Format);

/// <summary>Reads the formats the knowledge base takes — Markdown, plain text, HTML, PDF (PdfPig), JSON and YAML — into text that
/// keeps its structure (headings, lists, code). Encrypted, malformed and empty files get a clear <see cref="DocumentReadException"/>.</summary>
public static partial class DocumentReader
{
    /// <summary>Reads <paramref name="content"/>, choosing the format from <paramref name="fileName"/>'s extension (text when unknown).</summary>
    public static ReadDocument Read(byte[] content, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var document = extension switch
        {
            ".pdf" => ReadPdf(content),
            ".html" or ".htm" => ReadHtml(Decode(content, fileName)),
            ".json" => ReadJson(Decode(content, fileName)),
            ".yaml" or ".yml" => ReadYaml(Decode(content, fileName)),
            ".md" or ".markdown" => Markdown(Decode(content, fileName), "markdown"),
            _ => Markdown(Decode(content, fileName), "text"),
        };
        return string.IsNullOrWhiteSpace(document.Text) ? throw new DocumentReadException($"{fileName ?? "the document"} has no text.") : document;
    }

    private static string Decode(byte[] content, string? fileName)
    {
        if (content.AsSpan(0, Math.Min(content.Length, 8000)).IndexOf((byte)0) >= 0)
        {
            throw new DocumentReadException($"{fileName ?? "the document"} is binary, not text.");
        }

        return new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF');
    }

    private static ReadDocument Markdown(string text, string format) =>
        new(FirstHeading().Match(text) is { Success: true } h ? h.Groups[1].Value.Trim() : null, text, format);

    private static ReadDocument ReadPdf(byte[] content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content);
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
            }

            var title = pdf.Information.Title;
            return new ReadDocument(string.IsNullOrWhiteSpace(title) ? null : title.Trim(), text.ToString(), "pdf");
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException("The PDF is encrypted; export it without a password and import it again.", ex);
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new DocumentReadException($"The PDF cannot be read ({ex.Message}).", ex);
        }
    }

    /// <summary>HTML to Markdown-like text: headings, list items and preformatted blocks keep their shape; scripts and styles go.</summary>
    private static ReadDocument ReadHtml(string html)
    {
        var title = HtmlTitle().Match(html) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups[1].Value).Trim() : null;
        var text = ScriptOrStyle().Replace(html, "");
        text = HtmlHeading().Replace(text, m => $"\n\n{new string('#', m.Groups[1].Value[0] - '0')} {StripTags(m.Groups[2].Value).Trim()}\n\n");
        text = Preformatted().Replace(text, m => $"\n\n```\n{WebUtility.HtmlDecode(StripTags(m.Groups[1].Value)).Trim()}\n```\n\n");
        text = ListItem().Replace(text, "\n- ");
        text = BlockEnd().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(StripTags(text));
        text = BlankLines().Replace(text, "\n\n").Trim();
        return new ReadDocument(title ?? (FirstHeading().Match(text) is { Success: true } h ? h.Groups[1].Value.Trim() : null), text, "html");
    }

    private static string StripTags(string html) => Tag().Replace(html, "");

    /// <summary>A JSON document: its title and text fields when it has them (a FAQ entry, an exported page), else the JSON itself.</summary>
    private static ReadDocument ReadJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            string? Field(params string[] names) => root.ValueKind == JsonValueKind.Object
                ? names.Select(n => root.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).FirstOrDefault(v => v is not null)
                : null;
            var text = Field("text", "content", "body", "markdown", "answer");
            var question = Field("question");
            return new ReadDocument(Field("title", "name") ?? question, text is null ? json : question is null ? text : $"{question}\n\n{text}", "json");
        }
        catch (JsonException ex)
        {
            throw new DocumentReadException($"The JSON is not valid: {ex.Message}", ex);
        }
    }

    private static ReadDocument ReadYaml(string yaml)
    {
        try
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
            }
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            throw new DocumentReadException($"The YAML is not valid: {ex.Message.Split('\n')[0]}", ex);
        }

        var title = YamlTitle().Match(yaml) is { Success: true } t ? t.Groups[1].Value.Trim().Trim('"', '\'') : null;
        return new ReadDocument(title, yaml, "yaml");
    }

    [GeneratedRegex(@"^#\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlTitle();

    [GeneratedRegex(@"<(script|style|head)\b[^>]*>.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<h([1-6])\b[^>]*>(.*?)</h\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlHeading();

    [GeneratedRegex(@"<pre\b[^>]*>(.*?)</pre>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Preformatted();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</(p|div|ul|ol|table|tr|section|article|blockquote)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]{0,2000}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^title:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex YamlTitle();
}
