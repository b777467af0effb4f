using System.Globalization;
using System.Text;
using FaultMaven.Core.Common;

namespace FaultMaven.Core.Data;

/// <summary>Normalises what a client says about an upload before it is used or kept: a file name is its last path segment
/// (<c>../../etc/passwd</c> is <c>passwd</c>), without control or bidirectional-override characters, at most
/// <see cref="MaxFileNameChars"/> characters with its extension kept; a URL or page title is capped and stripped the same way.</summary>
public static class UploadNames
{
    /// <summary>The longest file name kept, in characters (the common file-system limit).</summary>
    public const int MaxFileNameChars = 255;

    /// <summary>The longest source URL or page title kept, in characters.</summary>
    public const int MaxTextChars = 2048;

    /// <summary>Returns <paramref name="source"/> with each name normalised; empty names become null.</summary>
    public static DataSource Clean(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new DataSource(FileName(source.FileName), Text(source.SourceUrl, MaxTextChars), Text(source.PageTitle, MaxTextChars));
    }

    /// <summary>Normalises a file name; null when nothing printable is left.</summary>
    public static string? FileName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var last = name.Split('/', '\\').Select(part => PrintableText.Of(part)).LastOrDefault(s => s.Trim().Trim('.').Length > 0)?.Trim();
        if (string.IsNullOrEmpty(last))
        {
            return null;
        }

        if (last.Length <= MaxFileNameChars)
        {
            return last;
        }

        // Keep a short extension: it tells the classifier (and the reader) what the file is.
        var extension = Path.GetExtension(last);
        extension = extension.Length is > 1 and <= 16 ? extension : "";
        return Truncate(last, MaxFileNameChars - extension.Length) + extension;
    }

    private static string? Text(string? text, int max)
    {
        if (text is null)
        {
            return null;
        }

        var printable = PrintableText.Of(text).Trim();
        return printable.Length == 0 ? null : Truncate(printable, max);
    }

    /// <summary>Cuts at <paramref name="max"/> characters without splitting a surrogate pair.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut];
    }
}
