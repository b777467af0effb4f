using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace FaultMaven.Testing;

/// <summary>A real server program (Redis, PostgreSQL) run by a test on a free loopback port from a throwaway directory: started,
/// stopped (gracefully or killed) and started again on the same port and data, and removed with its directory at the end.</summary>
public abstract partial class ExternalServer : IAsyncDisposable
{
    private const int MaxOutputChars = 64 * 1024;

    private readonly System.Text.StringBuilder _output = new();
    private Process? _process;

    protected ExternalServer()
    {
        Port = FreePort();
    }

    public int Port { get; }

    /// <summary>Gets the throwaway directory holding the server's data.</summary>
    public TempDirectory Directory { get; } = new();

    /// <summary>Gets what the server printed (standard output and error), its last 64 KiB: for a failing test to show.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Gets whether the server process is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts (or starts again) the server and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        var (file, arguments) = Command();
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await IsReadyAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{file} did not start on port {Port}: {Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Stops the server: <paramref name="kill"/> as a crash (SIGKILL), otherwise as an operator would (SIGTERM/SIGINT).</summary>
    public async Task StopAsync(bool kill = false)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        _ = Kill(process.Id, kill ? 9 : StopSignal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // A killed server may leave children (PostgreSQL's backends) that still hold the port for a moment.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!IsPortFree(Port) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        Directory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The signal of a graceful stop (SIGTERM = 15, SIGINT = 2).</summary>
    protected virtual int StopSignal => 15;

    /// <summary>The program and arguments that run the server in the foreground.</summary>
    protected abstract (string File, IReadOnlyList<string> Arguments) Command();

    /// <summary>Whether the server answers.</summary>
    protected virtual async Task<bool> IsReadyAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > MaxOutputChars)
            {
                _output.Remove(0, _output.Length - MaxOutputChars);
            }
        }
    }

    /// <summary>Finds a program in PATH or the given folders.</summary>
    protected static string? Find(string name, params string[] folders) =>
        folders.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
