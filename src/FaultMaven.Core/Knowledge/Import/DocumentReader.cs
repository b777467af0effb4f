using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FaultMaven.Core.Common;
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

/// <summary>Reads the formats the knowledge base takes — Markdown, plain text, HTML (AngleSharp), PDF (PdfPig), JSON and YAML — into
/// text that keeps its structure (headings, lists, code). Encrypted, malformed and empty files get a clear
/// <see cref="DocumentReadException"/>; every reader is linear in its input, a PDF's streams are measured before they are inflated
/// (<see cref="ExpansionLimitException"/> for a bomb), and the text kept is capped at <see cref="MaxChars"/>.</summary>
public static partial class DocumentReader
{
    /// <summary>The most characters of text a document gives.</summary>
    public const int MaxChars = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of elements (HTML) or flow collections (YAML) read; real documents stay far below it.</summary>
    public const int MaxNesting = 1000;

    /// <summary>The most pages of a PDF read.</summary>
    public const int MaxPdfPages = 5000;

    // A PDF is parsed whole in memory by the library: one at a time, so two large ones never double the peak.
    private static readonly SemaphoreSlim PdfGate = new(1);

    /// <summary>Reads <paramref name="content"/>, choosing the format from <paramref name="fileName"/>'s extension (text when unknown).</summary>
    /// <exception cref="DocumentReadException">The document cannot be read; the message says why.</exception>
    /// <exception cref="ExpansionLimitException">A PDF's streams expand past <see cref="PdfStreamGuard.Limit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ReadDocument Read(byte[] content, string? fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var document = extension switch
        {
            ".pdf" => ReadPdf(content, cancellationToken),
            ".html" or ".htm" => ReadHtml(Decode(content, fileName), cancellationToken),
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

    private static ReadDocument ReadPdf(byte[] content, CancellationToken cancellationToken)
    {
        PdfStreamGuard.Check(content, PdfStreamGuard.Limit, cancellationToken);
        PdfGate.Wait(cancellationToken);
        try
        {
            using var pdf = PdfDocument.Open(content);
            var text = new StringBuilder();
            for (var number = 1; number <= Math.Min(pdf.NumberOfPages, MaxPdfPages) && text.Length < MaxChars; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                text.Append(ContentOrderTextExtractor.GetText(pdf.GetPage(number))).Append("\n\n");
            }

            var title = pdf.Information.Title;
            return new ReadDocument(string.IsNullOrWhiteSpace(title) ? null : title.Trim(), Cap(text.ToString()), "pdf");
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException("The PDF is encrypted; export it without a password and import it again.", ex);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or ExpansionLimitException or OutOfMemoryException))
        {
            // PdfPig reports damage (and its own limits, such as nesting depth) with many exception types: all mean "cannot be read".
            throw new DocumentReadException($"The PDF cannot be read ({ex.Message}).", ex);
        }
        finally
        {
            PdfGate.Release();
        }
    }

    private static string Cap(string text) => text.Length <= MaxChars ? text : text[..MaxChars];

    /// <summary>HTML to Markdown-like text: headings, list items and preformatted blocks keep their shape; scripts, styles and the
    /// head go. Parsed by an HTML5 parser (linear, whatever the markup) and walked without recursion, so nesting depth costs nothing.</summary>
    private static ReadDocument ReadHtml(string html, CancellationToken cancellationToken)
    {
        // The HTML5 tree builder scans its stack of open elements for many tags, so its cost grows with nesting depth: a document
        // nested deeper than any real page is refused before it is parsed, and the parse itself stops when the request does.
        if (MarkupDepth.OfHtml(html) > MaxNesting)
        {
            throw new DocumentReadException($"The HTML nests elements more than {MaxNesting:N0} deep; no real page does. Export it flatter and import it again.");
        }

        var document = new HtmlParser().ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult();
        var title = document.Title is { Length: > 0 } t ? t.Trim() : null;
        var text = new StringBuilder();
        var pending = new Stack<(INode Node, bool Closing)>();
        if (document.Body is { } body)
        {
            pending.Push((body, false));
        }

        var visited = 0;
        while (pending.TryPop(out var item) && text.Length < MaxChars)
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, closing) = item;
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (closing)
            {
                text.Append(name is "pre" ? "\n```\n\n" : IsHeading(name) ? "\n\n" : BlockEnds.Contains(name) ? "\n\n" : "");
                continue;
            }

            if (name is "script" or "style" or "head" or "template" or "noscript")
            {
                continue;
            }

            if (name is "pre")
            {
                text.Append("\n\n```\n").Append(element.TextContent.Trim()).Append("\n```\n\n");
                continue;
            }

            if (name is "br")
            {
                text.Append("\n\n");
                continue;
            }

            text.Append(IsHeading(name) ? $"\n\n{new string('#', name[1] - '0')} " : name is "li" ? "\n- " : "");
            pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }

        var body2 = BlankLines().Replace(HeadingLines().Replace(Cap(text.ToString()), m => m.Value.Replace('\n', ' ')), "\n\n").Trim();
        return new ReadDocument(title ?? (FirstHeading().Match(body2) is { Success: true } h ? h.Groups[1].Value.Trim() : null), body2, "html");
    }

    private static readonly HashSet<string> BlockEnds = ["p", "div", "ul", "ol", "table", "tr", "section", "article", "blockquote"];

    private static bool IsHeading(string name) => name is ['h', >= '1' and <= '6'];

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
        if (MarkupDepth.OfBrackets(yaml) > MaxNesting)
        {
            throw new DocumentReadException($"The YAML nests flow collections more than {MaxNesting:N0} deep; it is refused rather than parsed.");
        }

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

    [GeneratedRegex(@"^#{1,6} [^\n]*(?:\n(?!\n)[^\n]*)*", RegexOptions.Multiline)]
    private static partial Regex HeadingLines();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^title:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex YamlTitle();
}
