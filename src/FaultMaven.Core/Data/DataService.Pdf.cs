using System.Text;
using FaultMaven.Core.Knowledge.Import;

namespace FaultMaven.Core.Data;

public sealed partial class DataService
{
    /// <summary>The text of a PDF received as evidence, extracted as the knowledge import does (the same reader, stream guard and caps),
    /// in a nameless file to run the pipeline on: the PDF's own syntax keeps its text in compressed streams the redactor cannot read,
    /// so it is never processed (or kept) as it came.</summary>
    /// <exception cref="DocumentReadException">The PDF cannot be read, is encrypted or has no text.</exception>
    private static async Task<FileStream> PdfTextAsync(FileStream received, DataDirectory directory, CancellationToken cancellationToken)
    {
        // The upload limit bounds this copy; one PDF is read at a time (DocumentReader's gate) and large uploads take their own lane.
        var bytes = new byte[received.Length];
        received.Position = 0;
        await received.ReadExactlyAsync(bytes, cancellationToken);
        var document = await Task.Run(() => DocumentReader.Read(bytes, "evidence.pdf", cancellationToken), cancellationToken);
        var text = directory.CreateAnonymousFile();
        try
        {
            await text.WriteAsync(new UTF8Encoding(false).GetBytes(document.Text), cancellationToken);
            text.Position = 0;
            return text;
        }
        catch
        {
            await text.DisposeAsync();
            throw;
        }
    }
}
