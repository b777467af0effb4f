using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Classification;

namespace FaultMaven.Core.Tests.Data;

public sealed class DataClassifierTests(ITestOutputHelper output)
{
    private static readonly DataClassifier Classifier = new();

    private static string SetDirectory => Path.Combine(AppContext.BaseDirectory, "Data", "ClassifierSet");

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
