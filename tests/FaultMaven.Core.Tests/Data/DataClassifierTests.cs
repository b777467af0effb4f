using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Classification;

namespace FaultMaven.Core.Tests.Data;

public sealed class DataClassifierTests(ITestOutputHelper output)
{
    private static readonly DataClassifier Classifier = new();

    private static string SetDirectory => Path.Combine(AppContext.BaseDirectory, "Data", "ClassifierSet");

    /// <summary>The binary kind of the set: twenty blobs an engineer might drop by mistake, each refused before classification.</summary>
    [Fact]
    public void BinarySamples_AreRefused_WithAClearReason()
    {
        var random = new Random(7);
        byte[] Noise(int n)
        {
            var bytes = new byte[n];
            random.NextBytes(bytes);
            return bytes;
        }

        byte[][] headers =
        [
            [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0],
            [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46], [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0, 0],
            "SQLite format 3\0"u8.ToArray(), [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0], [0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 0x34], [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xFF],
            [0x42, 0x5A, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26], [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0], [0x28, 0xB5, 0x2F, 0xFD, 0x04, 0, 0], [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70],
            [0x4F, 0x67, 0x67, 0x53, 0, 2, 0, 0], [0x0A, 0x0B, 0x08, 0x96, 0x01, 0x12, 0x07, 0], [0x00, 0x61, 0x73, 0x6D, 1, 0, 0, 0], [0xD4, 0xC3, 0xB2, 0xA1, 2, 0, 4, 0],
            [0x52, 0x49, 0x46, 0x46, 0x24, 0x08, 0, 0], [], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0],
        ];
        foreach (var header in headers)
        {
            var bytes = header.Concat(Noise(4096)).ToArray();
            var error = Assert.ThrowsAny<Exception>(() => FaultMaven.Core.Logs.Reading.LogInput.OpenText(new MemoryStream(bytes)).ReadToEnd());
            Assert.True(error is FaultMaven.Core.Logs.Reading.LogInputException, $"{Convert.ToHexString(header)}: {error.GetType().Name}: {error.Message}");
        }

        Assert.Equal(20, headers.Length);
    }

    [Fact]
    public void LabelledSet_IsClassifiedAccurately()
    {
        var results = new List<(string Expected, string Actual, string File)>();
        foreach (var folder in Directory.GetDirectories(SetDirectory))
        {
            var expected = Path.GetFileName(folder).Replace('_', '-');
            foreach (var file in Directory.GetFiles(folder))
            {
                var text = File.ReadAllText(file);
                var name = Path.GetFileName(file);
                var result = Classifier.Classify(text, name.Contains('.', StringComparison.Ordinal) ? name : null);
                results.Add((expected, result.Type.Name(), name));
            }
        }

        foreach (var group in results.GroupBy(r => r.Expected).OrderBy(g => g.Key))
        {
            var right = group.Count(r => r.Actual == r.Expected);
            output.WriteLine($"{group.Key,-14} {right,3}/{group.Count(),-3} {(double)right / group.Count():P0}");
            foreach (var miss in group.Where(r => r.Actual != r.Expected))
            {
                output.WriteLine($"    {miss.File} -> {miss.Actual}");
            }
        }

        var accuracy = (double)results.Count(r => r.Actual == r.Expected) / results.Count;
        output.WriteLine($"overall {accuracy:P1} of {results.Count}");
        Assert.True(results.GroupBy(r => r.Expected).All(g => g.Count() >= 20), "every type has at least 20 samples");
        Assert.True(accuracy >= 0.9, $"accuracy {accuracy:P1}");
        Assert.All(results.GroupBy(r => r.Expected), g => Assert.True(g.Count(r => r.Actual == r.Expected) >= g.Count() * 0.8, $"{g.Key}: {g.Count(r => r.Actual == r.Expected)}/{g.Count()}"));
    }
}
