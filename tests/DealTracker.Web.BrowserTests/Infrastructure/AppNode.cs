using System.Diagnostics;
using System.Text;
using DealTracker.Tests.Shared;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// One app node as a real process (<c>dotnet DealTracker.Web.dll</c> from the test output folder) with
/// Kestrel on a loopback port, on a PostgreSQL store shared with other nodes. It runs in Development only
/// so that the build's static web assets (blazor.web.js, MudBlazor) are served from the output folder.
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    public const string AdminEmail = "admin@dealtracker.test";

    public const string AdminPassword = "correct horse battery staple";

    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppNode(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The node as nginx names it in <c>$upstream_addr</c>: <c>127.0.0.1:PORT</c>.</summary>
    public string Upstream => $"127.0.0.1:{Address.Port}";

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

    /// <summary>Starts a node on <paramref name="connectionString"/> (each node migrates under the store's lock) and waits until it is ready.</summary>
    public static async Task<AppNode> StartAsync(string connectionString, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "home"));
        var port = LoopbackPorts.Unused();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, // the content root: appsettings.json is there
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DealTracker.Web.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["HOME"] = Path.Combine(folder, "home"); // its own: keys could only be shared through the store
        info.Environment["Database__Provider"] = "PostgreSQL";
        info.Environment["ConnectionStrings__DealTracker"] = connectionString;
        info.Environment["Admin__Email"] = AdminEmail;
        info.Environment["Admin__Password"] = AdminPassword;
        info.Environment["SignIn__AttemptsPerMinute"] = "1000";
        info.Environment["Intake__Enabled"] = "false";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        info.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "dealtracker-.log");

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var node = new AppNode(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await node.WaitUntilReadyAsync();
        return node;
    }

    /// <summary>SIGKILL: the node is gone at once, as when its machine dies.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private Task WaitUntilReadyAsync() => WaitUntilOkAsync(
        Address,
        "/health/ready",
        _startTimeout,
        () => _process.HasExited ? $"The node exited with code {_process.ExitCode} while starting. Output:\n{Output}" : null,
        () => $"The node was not ready within {_startTimeout.TotalSeconds} s. Output:\n{Output}");

    /// <summary>Polls <paramref name="path"/> until it answers 2xx; throws with <paramref name="failed"/>'s text as soon as it says something, or with <paramref name="timedOut"/>'s.</summary>
    internal static async Task WaitUntilOkAsync(Uri address, string path, TimeSpan timeout, Func<string?> failed, Func<string> timedOut)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (started.Elapsed < timeout)
        {
            if (failed() is { } reason)
            {
                throw new InvalidOperationException(reason);
            }

            try
            {
                if ((await client.GetAsync(path)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(timedOut());
    }
}
