namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>Structures carried across block ends: an <c>INSERT</c>'s or a <c>COPY</c>'s rows, or a map of users' secrets, that run on
/// past a block's end are read in the next block after the structure's opening, as a table's rows are read after its header.</summary>
public sealed partial class StreamRedactor
{
    private sealed partial class CarriedContext
    {
        /// <summary>The opening of the structure whose rows run to the end of <paramref name="text"/> and where the rows to carry start
        /// (the row <paramref name="start"/> falls in, or the next); null when none runs on. Its rows are the block's last lines, so a
        /// table among them is the structure's.</summary>
        private static (string? Header, int Start)? OpenStructure(string text, int start) =>
            Recognizers.StructuredSecretRecognizer.OpenAtEnd(text, start) is var (opening, rows) ? (opening, rows) : null;
    }
}
