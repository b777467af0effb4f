// Stored text in-process, without and with FM_ENCRYPTION_KEY: write 50 MB through StoredText.Create() in 32 KiB pieces (as the
// upload pipeline does), then read it back sequentially through StoredText.OpenRead() seven times (median); the file is in the
// page cache, so this is the cost of the format and AES-GCM on one core, not of the disk.
//   dotnet run -c Release bench/data/stored-text-read.cs
#:project ../../src/FaultMaven.Core/FaultMaven.Core.csproj
using System.Diagnostics;
using System.Security.Cryptography;
using FaultMaven.Core.Data;

const int Size = 50_000_000;
var directory = Directory.CreateTempSubdirectory("faultmaven-stored-text-").FullName;
var text = new byte[Size];
for (var i = 0; i < Size; i++)
{
    text[i] = i % 80 == 79 ? (byte)'\n' : (byte)('a' + (i * 7 % 26));
}

foreach (var (name, encryption) in new[] { ("plain", ContentEncryption.None), ("encrypted", new ContentEncryption(RandomNumberGenerator.GetBytes(32))) })
{
    var stored = encryption.Text(Path.Combine(directory, name + ".txt"), "dat_bench");
    var clock = Stopwatch.StartNew();
    await using (var write = stored.Create())
    {
        for (var offset = 0; offset < Size; offset += 1 << 15)
        {
            await write.WriteAsync(text.AsMemory(offset, Math.Min(1 << 15, Size - offset)));
        }
    }

    var written = clock.Elapsed.TotalSeconds;
    var buffer = new byte[1 << 16];
    var reads = new List<double>();
    for (var run = 0; run < 7; run++)
    {
        clock.Restart();
        await using var read = stored.OpenRead();
        while (await read.ReadAsync(buffer) > 0)
        {
        }

        reads.Add(clock.Elapsed.TotalSeconds);
    }

    reads.Sort();
    Console.WriteLine($"{name}: write {Size / 1e6 / written:0} MB/s, sequential read {Size / 1e6 / reads[3]:0} MB/s (median of 7), file {new FileInfo(Path.Combine(directory, name + ".txt")).Length:N0} bytes");
}

Directory.Delete(directory, recursive: true);
