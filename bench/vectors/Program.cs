// Vector search: the int8 index with float16 rescoring copies and chunk ordinals (VectorIndex) against the exhaustive float scan it
// replaced (ExactScanVectorIndex, the baseline; the float32-rescoring version between the two is at commit 0bf1d02), on random
// 384-dimension vectors (the local models' size; the scan costs the same for real ones), five chunks a document.
//   nice -n 19 dotnet run -c Release --project bench/vectors -- --filter '*'
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Running;
using FaultMaven.Bench.Vectors;
using FaultMaven.Core.Knowledge.Search;

if (args is ["--cpu", ..])
{
    // CPU time per search (all threads of the process), which a loaded machine distorts far less than wall time.
    foreach (var chunks in new[] { 10_000, 100_000 })
    {
        foreach (var limit in new[] { 10, 300 })
        {
            using var bench = new VectorSearchBenchmarks { Chunks = chunks, Limit = limit };
            bench.Setup();
            var exact = CpuPerCall(() => bench.ExactFloatScan());
            var float16 = CpuPerCall(() => bench.Int8ScanFloat16Rescore());
            Console.WriteLine($"{chunks} chunks, top {limit}: exact float scan {exact:F3} ms CPU, int8 + float16 rescoring {float16:F3} ms CPU, "
                + $"ratio {float16 / exact:F3}");
        }
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(VectorSearchBenchmarks).Assembly).Run(args);

static double CpuPerCall(Func<int> search)
{
    for (var i = 0; i < 20; i++)
    {
        search();
    }

    var process = System.Diagnostics.Process.GetCurrentProcess();
    var (calls, before) = (0, process.TotalProcessorTime);
    var wall = System.Diagnostics.Stopwatch.StartNew();
    while (wall.ElapsedMilliseconds < 3000 || calls < 20)
    {
        search();
        calls++;
    }

    process.Refresh();
    return (process.TotalProcessorTime - before).TotalMilliseconds / calls;
}

namespace FaultMaven.Bench.Vectors
{
    // In process: no second build of a generated project on a shared 2-core machine; one launch, a short run.
    public sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(12));
    }

    [MemoryDiagnoser]
    [Config(typeof(InProcessShortRun))]
    public class VectorSearchBenchmarks : IDisposable
    {
        private const int Dimensions = 384;
        private readonly List<float[]> _queries = [];
        private ExactScanVectorIndex _exact = null!;
        private VectorIndex _quantised = null!;
        private int _next;

        [Params(10_000, 100_000)]
        public int Chunks { get; set; }

        // 300: how deep the knowledge base asks before fusing; 10: a page.
        [Params(10, 300)]
        public int Limit { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(42);
            _exact = new ExactScanVectorIndex();
            _quantised = new VectorIndex();
            for (var d = 0; d < Chunks / 5; d++)
            {
                var chunks = Enumerable.Range(0, 5).Select(c => ($"doc{d}#{c}", (ReadOnlyMemory<float>)RandomVector(random))).ToList();
                _exact.Replace($"doc{d}", chunks);
                _quantised.Replace($"doc{d}", chunks.Select(c => c.Item2).ToList());
            }

            for (var q = 0; q < 64; q++)
            {
                _queries.Add(RandomVector(random));
            }
        }

        [GlobalCleanup]
        public void Dispose()
        {
            _quantised?.Dispose();
            GC.SuppressFinalize(this);
        }

        [Benchmark(Baseline = true)]
        public int ExactFloatScan() => _exact.Search(_queries[_next++ % _queries.Count], Limit).Count;

        [Benchmark]
        public int Int8ScanFloat16Rescore() => _quantised.Search(_queries[_next++ % _queries.Count], Limit).Count;

        private static float[] RandomVector(Random random)
        {
            var v = new float[Dimensions];
            for (var i = 0; i < v.Length; i++)
            {
                v[i] = (float)(random.NextDouble() - 0.5);
            }

            return v;
        }
    }
}
