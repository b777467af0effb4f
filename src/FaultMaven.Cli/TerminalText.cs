using FaultMaven.Core.Common;

namespace FaultMaven.Cli;

/// <summary>Makes text from the server or from a file safe to print on a terminal (<see cref="PrintableText"/>, newlines and tabs kept).</summary>
internal static class TerminalText
{
    /// <summary>Returns <paramref name="text"/> without terminal controls (empty for null).</summary>
    public static string Clean(string? text) => string.IsNullOrEmpty(text) ? string.Empty : PrintableText.Of(text, keepLineBreaks: true);

    /// <summary>Returns <paramref name="text"/> without terminal controls and with Spectre.Console markup escaped, for markup strings and tables.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Clean(text));
}
