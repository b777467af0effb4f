using System.Reflection;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Templates;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>`fm` precompiles FaultMaven.Core ahead of time and runs without tiered compilation, so precompiled code is never
/// recompiled; the per-line methods opt out of precompiling with AggressiveOptimization and are compiled fully optimised at run
/// time. These tests keep the opt-out on the methods every line runs through.</summary>
public sealed class HotPathCompilationTests
{
    private static bool Optimised(MethodInfo method) =>
        (method.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0;

    // Which layout runs on every line depends on the log, so each one's TryParse is per-line code.
    [Fact]
    public void Every_layouts_TryParse_is_compiled_at_run_time()
    {
        var layouts = typeof(LogLayout).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(LogLayout).IsAssignableFrom(type))
            .ToList();
        Assert.NotEmpty(layouts);
        foreach (var layout in layouts)
        {
            var tryParse = layout.GetMethod(nameof(LogLayout.TryParse), BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly,
                [typeof(ReadOnlyMemory<char>), typeof(LogFields), typeof(TimestampParser)]);
            if (tryParse is not null)
            {
                Assert.True(Optimised(tryParse), $"{layout.Name}.TryParse lacks AggressiveOptimization");
            }
        }
    }

    [Theory]
    [InlineData(typeof(MessageMasker), "Mask")]
    [InlineData(typeof(MessageMasker), "MaskWord")]
    [InlineData(typeof(MaskedShapeCache), "Recall")]
    [InlineData(typeof(TimestampParser), "TryParsePrefix")]
    [InlineData(typeof(NumberScan), "Of")]
    [InlineData(typeof(Checks), "Entropy")]
    public void Per_line_methods_are_compiled_at_run_time(Type type, string name)
    {
        var methods = type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(method => method.Name == name)
            .ToList();
        Assert.NotEmpty(methods);
        Assert.Contains(methods, Optimised);
    }
}
