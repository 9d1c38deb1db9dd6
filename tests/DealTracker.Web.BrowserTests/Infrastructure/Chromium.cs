using System.Diagnostics;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// Finds the Debian Chromium the tests drive (Playwright's own browser download cannot work here),
/// installing it with apt-get when it is missing.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Flags proven on these machines: headless, no sandbox (we run as root), nothing that phones home.</summary>
    public static readonly string[] LaunchArgs =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private const string InstallHint = "Chromium is needed for the browser tests: run `sudo apt-get install -y chromium` (Debian/Ubuntu), or set DEALTRACKER_CHROMIUM to a Chromium executable.";

    /// <summary>The path of a Chromium executable: DEALTRACKER_CHROMIUM if set, else /usr/bin/chromium, installed if need be.</summary>
    public static async Task<string> EnsureInstalledAsync()
    {
        if (Environment.GetEnvironmentVariable("DEALTRACKER_CHROMIUM") is { Length: > 0 } custom)
        {
            return File.Exists(custom) ? custom : throw new InvalidOperationException($"DEALTRACKER_CHROMIUM points at {custom}, which does not exist. {InstallHint}");
        }

        if (File.Exists(DefaultPath))
        {
            return DefaultPath;
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new InvalidOperationException($"{DefaultPath} not found. {InstallHint}");
        }

        var log = new System.Text.StringBuilder();
        var installed = await RunAsync("apt-get", ["update"], log) && await RunAsync("apt-get", ["install", "-y", "chromium"], log);
        if (!installed || !File.Exists(DefaultPath))
        {
            throw new InvalidOperationException($"{DefaultPath} not found and installing it with apt-get failed. {InstallHint}{Environment.NewLine}{Tail(log.ToString())}");
        }

        return DefaultPath;
    }

    private static async Task<bool> RunAsync(string fileName, string[] arguments, System.Text.StringBuilder log)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            log.Append(await output).Append(await error);
            return process.ExitCode == 0;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or OperationCanceledException or InvalidOperationException)
        {
            log.AppendLine($"{fileName} {string.Join(' ', arguments)}: {exception.Message}");
            return false;
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
