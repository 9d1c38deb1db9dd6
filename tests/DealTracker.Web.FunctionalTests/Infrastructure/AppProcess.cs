using System.Diagnostics;
using System.Net;
using System.Text;
using DealTracker.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// The built app as a real process (<c>dotnet DealTracker.Web.dll</c> from the test output folder)
/// on a loopback port and its own SQLite file, so a test can kill it (SIGKILL), stop it (SIGTERM)
/// and start it again on the same store.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string AdminEmail = "admin@dealtracker.test";

    public const string AdminPassword = "correct horse battery staple";

    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(120); // a PostgreSQL run starts many apps at once on 2 cores

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote to stdout and stderr so far (for failure messages).</summary>
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

    /// <summary>The folder of the built app: the test project references the web project, so it is the test output folder.</summary>
    public static string AppDirectory => AppContext.BaseDirectory;

    /// <summary>Runs the app's command line to the end (for one-off commands such as <c>backup</c>).</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string databasePath, params string[] args)
    {
        using var process = Process.Start(StartInfo(databasePath, args, Path.GetDirectoryName(databasePath)!))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A command that never ends (or that started serving instead) must not outlive the test.
            process.Kill();
            await process.WaitForExitAsync();
            throw new TimeoutException($"'{string.Join(' ', args)}' did not exit within 120 s. Output:\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Starts the app on <paramref name="databasePath"/> (migrated and seeded at start-up) and waits until it is live.</summary>
    public static async Task<AppProcess> StartAsync(string databasePath, IDictionary<string, string>? settings = null)
    {
        var port = LoopbackPorts.Unused();
        var info = StartInfo(databasePath, ["--urls", $"http://127.0.0.1:{port}"], Path.GetDirectoryName(databasePath)!);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilLiveAsync();
        return app;
    }

    /// <summary>A client with its own cookies and no automatic redirects.</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = Address,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>A client signed in through the sign-in form as the configured admin (who may edit).</summary>
    public async Task<HttpClient> CreateEditorClientAsync()
    {
        var client = CreateClient();
        var response = await SignIn.PostAsync(client, AdminEmail, AdminPassword);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in answered {(int)response.StatusCode}, not a redirect. Output:\n{Output}");
        }

        return client;
    }

    /// <summary>SIGKILL: the process dies at once, mid-write or not.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as an orchestrator stops a container.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to exit; false when it did not within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The store's own verdict on its file: "ok" when every page and index is sound.</summary>
    public static string IntegrityCheck(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Which of <paramref name="ids"/> the store holds as reports.</summary>
    public static HashSet<int> StoredReportIds(string databasePath, IEnumerable<int> ids)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Reports;";
        using var reader = command.ExecuteReader();
        var stored = new HashSet<int>();
        while (reader.Read())
        {
            stored.Add(reader.GetInt32(0));
        }

        stored.IntersectWith(ids);
        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string databasePath, IEnumerable<string> args, string workDirectory)
    {
        // The content root is the working directory: the app folder, where appsettings.json is.
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppDirectory, "DealTracker.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["ConnectionStrings__DealTracker"] = $"Data Source={databasePath}";
        info.Environment["Admin__Email"] = AdminEmail;
        info.Environment["Admin__Password"] = AdminPassword;
        info.Environment["SignIn__AttemptsPerMinute"] = "1000";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        info.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(workDirectory, "logs", "dealtracker-.log");
        return info;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (started.Elapsed < _startTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting. Output:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The app did not become live within {_startTimeout.TotalSeconds} s. Output:\n{Output}");
    }
}
