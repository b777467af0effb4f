using System.IO.Compression;
using System.Text;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Knowledge.Import;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Tests.Security;

/// <summary>The readers under hostile input: compression bombs stop at their limit after a bounded amount of work, names are
/// normalised, and temporary files of raw bytes have no name on disk.</summary>
public sealed class HostileInputReadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void GzipBomb_StopsAtTheRatio_AfterReadingLittleMoreThanTheFloor()
    {
        // 1 GiB of one repeated line in about 1 MB of gzip: concatenated members, as any gzip reader accepts.
        var member = Gzip(Repeat("2026-12-05T01:00:00Z INFO heartbeat ok\n", 64 << 20), CompressionLevel.SmallestSize);
        var bomb = Enumerable.Repeat(member, 16).SelectMany(m => m).ToArray();
        using var reader = LogInput.OpenText(new MemoryStream(bomb));
        var read = 0L;
        var buffer = new char[1 << 16];
        var error = Assert.Throws<ExpansionLimitException>(() =>
        {
            int n;
            while ((n = reader.Read(buffer)) > 0)
            {
                read += n;
            }
        });

        Assert.Contains("compression bomb", error.Message);
        // Refused once the ratio floor (16 MiB) had expanded, not after the gigabyte.
        Assert.InRange(read, 0, 20L << 20);
    }

    [Fact]
    public void OrdinaryGzipLog_IsReadWhole()
    {
        var random = new Random(7);
        var text = new StringBuilder();
        while (text.Length < 24 << 20)
        {
            text.Append(FormattableString.Invariant($"2026-12-05T01:{random.Next(60):00}:{random.Next(60):00}Z INFO req id={random.Next():x8} took {random.Next(900)} ms user={random.Next(5000)}\n"));
        }

        using var reader = LogInput.OpenText(new MemoryStream(Gzip(text.ToString())));
        Assert.Equal(text.Length, reader.ReadToEnd().Length);
    }

    [Fact]
    public void AbsoluteLimit_HoldsWhateverTheRatio()
    {
        var limit = new ExpansionLimit(MaxBytes: 1 << 20, MaxRatio: 1e9);
        using var reader = LogInput.OpenText(new MemoryStream(Gzip(Repeat("x y z\n", 4 << 20))), limit);
        Assert.Throws<ExpansionLimitException>(() => reader.ReadToEnd());
    }

    [Fact]
    public void PdfWithADeflateBomb_IsRefusedBeforeTheLibraryInflatesIt()
    {
        var bomb = Pdf(Deflate(new byte[96 << 20]));
        var error = Assert.Throws<ExpansionLimitException>(() => DocumentReader.Read(bomb, "runbook.pdf", Ct));
        Assert.Contains("PDF", error.Message);
    }

    [Fact]
    public void PdfWithANestedDeflateBomb_CountsEveryLevel()
    {
        // [/FlateDecode /FlateDecode]: the outer stream is small and inflates to another deflate stream, the bomb.
        var inner = Deflate(Encoding.ASCII.GetBytes(new string(' ', 96 << 20)));
        var bomb = Pdf(Deflate(inner), "/Filter [/FlateDecode /FlateDecode]");
        Assert.Throws<ExpansionLimitException>(() => PdfStreamGuard.Check(bomb, PdfStreamGuard.Limit, Ct));
    }

    [Fact]
    public void PdfWithAnLzwStream_IsCountedAtItsWorstCase()
    {
        var pdf = Pdf(new byte[64 * 1024], "/Filter /LZWDecode");
        Assert.Throws<ExpansionLimitException>(() => PdfStreamGuard.Check(pdf, PdfStreamGuard.Limit, Ct));
    }

    [Fact]
    public void PdfImages_AreNotCounted_AndOrdinaryContentPasses()
    {
        var image = Pdf(Deflate(new byte[96 << 20]), "/Type /XObject /Subtype /Image /Width 8192 /Height 16384 /Filter /FlateDecode");
        PdfStreamGuard.Check(image, PdfStreamGuard.Limit, Ct);
        var content = Pdf(Deflate(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 12 Tf 72 712 Td (Restart the consumer) Tj ET\n", 2000)))));
        PdfStreamGuard.Check(content, PdfStreamGuard.Limit, Ct);
    }

    [Fact]
    public void HtmlWithThousandsOfUnclosedScripts_IsReadLinearly_AndKeepsStructure()
    {
        var hostile = "<html><body><h1>Runbook</h1><p>Before</p>" + string.Concat(Enumerable.Repeat("<script>x=1;", 50_000)) + "</body></html>";
        var document = DocumentReader.Read(Encoding.UTF8.GetBytes(hostile), "page.html", Ct);
        Assert.Equal("Runbook", document.Title);
        Assert.DoesNotContain("x=1", document.Text);

        // The HTML5 tree builder's cost grows with depth: deeper than any real page is refused before parsing.
        var bomb = string.Concat(Enumerable.Repeat("<div>", 200_000)) + "text";
        Assert.Contains("nests elements", Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Encoding.UTF8.GetBytes(bomb), "deep.html", Ct)).Message);
        var tables = string.Concat(Enumerable.Repeat("<table>", 50_000));
        Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Encoding.UTF8.GetBytes(tables), "tables.html", Ct));
        var yaml = new string('[', 100_000) + new string(']', 100_000) + "\n";
        Assert.Contains("nests", Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Encoding.UTF8.GetBytes(yaml), "deep.yaml", Ct)).Message);

        var nested = string.Concat(Enumerable.Repeat("<div>", 900)) + "<h2>Deep</h2><ul><li>one</li></ul><p>a<p>b" + string.Concat(Enumerable.Repeat("<p>para", 5000))
            + "<pre>kubectl get pods</pre>";
        var deep = DocumentReader.Read(Encoding.UTF8.GetBytes(nested), "deep.html", Ct);
        Assert.Contains("## Deep", deep.Text);
        Assert.Contains("- one", deep.Text);
        Assert.Contains("```\nkubectl get pods\n```", deep.Text);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\system.ini", "system.ini")]
    [InlineData("logs/app.log", "app.log")]
    [InlineData("app\u001b[2J\u0007.log", "app.log")]
    [InlineData("invoice\u202Egpj.exe", "invoicegpj.exe")]
    [InlineData("../..", null)]
    [InlineData("   ", null)]
    public void FileNames_AreTheirLastPrintableSegment(string given, string? expected) =>
        Assert.Equal(expected, UploadNames.FileName(given));

    [Fact]
    public void LongFileNames_AreCappedWithTheirExtension()
    {
        var name = UploadNames.FileName(new string('a', 100_000) + ".log")!;
        Assert.Equal(UploadNames.MaxFileNameChars, name.Length);
        Assert.EndsWith(".log", name);
        var source = UploadNames.Clean(new DataSource(null, "https://grafana.example/d/x?" + new string('q', 10_000), "Title\r\nInjected: header"));
        Assert.Equal(UploadNames.MaxTextChars, source.SourceUrl!.Length);
        Assert.Equal("TitleInjected: header", source.PageTitle);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AnonymousFile_HasNoNameOnDisk_AndPrivateFolders()
    {
        var root = Path.Combine(Path.GetTempPath(), "fm-anon-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "uploads"));
            File.SetUnixFileMode(Path.Combine(root, "uploads"), (UnixFileMode)Convert.ToInt32("755", 8));
            var directory = new DataDirectory(root);
            using (var file = directory.CreateAnonymousFile())
            {
                file.Write("password=hunter2\n"u8);
                Assert.Empty(Directory.EnumerateFileSystemEntries(directory.TemporaryDirectory));
                file.Position = 0;
                Assert.Equal((byte)'p', (byte)file.ReadByte());
            }

            var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Assert.Equal(ownerOnly, File.GetUnixFileMode(directory.ContentDirectory));
            Assert.Equal(ownerOnly, File.GetUnixFileMode(directory.TemporaryDirectory));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Repeat(string line, int chars) => new StringBuilder(chars + line.Length).Insert(0, line, chars / line.Length).ToString();

    private static byte[] Gzip(string text, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A one-page PDF whose content stream is <paramref name="stream"/> under <paramref name="dictionary"/>.</summary>
    private static byte[] Pdf(byte[] stream, string dictionary = "/Filter /FlateDecode")
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => output.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n");
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        ];
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        offsets.Add(output.Position);
        Write(FormattableString.Invariant($"4 0 obj\n<< /Length {stream.Length} {dictionary} >>\nstream\n"));
        output.Write(stream);
        Write("\nendstream\nendobj\n");
        var xref = output.Position;
        Write($"xref\n0 5\n0000000000 65535 f \n{string.Concat(offsets.Select(o => FormattableString.Invariant($"{o:D10} 00000 n \n")))}");
        Write(FormattableString.Invariant($"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }
}
