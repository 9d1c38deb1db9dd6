using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DealTracker.Tests.Shared;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// Debian's nginx in front of the app nodes, run as a foreground master (<c>daemon off</c>) with its own
/// prefix folder, pid, logs and temp folders, on a loopback port. Its configuration is the shipped
/// <c>deploy/nginx/dealtracker.conf</c> with only the node addresses and the listen port replaced, plus a
/// response header naming the node that answered (<c>X-DealTracker-Upstream</c>, for the tests only).
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    public const string UpstreamHeader = "X-DealTracker-Upstream";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The nginx executable, or null when nginx is not installed.</summary>
    public static string? Executable =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" }.FirstOrDefault(File.Exists);

    /// <summary>The shipped configuration, found by walking up from the test output folder to the repository.</summary>
    public static string DeployConfigPath
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var path = Path.Combine(folder.FullName, "deploy", "nginx", "dealtracker.conf");
                if (File.Exists(path))
                {
                    return path;
                }
            }

            throw new FileNotFoundException("deploy/nginx/dealtracker.conf not found above " + AppContext.BaseDirectory);
        }
    }

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<AppNode> nodes, string folder)
    {
        Directory.CreateDirectory(folder);
        var port = LoopbackPorts.Unused();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, MainConfig(Derive(await File.ReadAllTextAsync(DeployConfigPath), nodes, port), folder));
        var info = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("nginx is not installed."))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-p", folder + "/", "-c", config, "-e", Path.Combine(folder, "error.log") })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}"));
        await proxy.WaitUntilServingAsync();
        return proxy;
    }

    /// <summary>The shipped server and upstream blocks with the test's node addresses and port.</summary>
    internal static string Derive(string deployed, IReadOnlyList<AppNode> nodes, int port)
    {
        var servers = UpstreamServer().Matches(deployed);
        if (servers.Count == 0 || !deployed.Contains("listen 80;", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("deploy/nginx/dealtracker.conf no longer has 'server 127.0.0.1:PORT ...;' lines in its upstream and a 'listen 80;': update NginxProxy.Derive.");
        }

        var parameters = servers[0].Groups["parameters"].Value;
        var ours = string.Join("\n", nodes.Select(node => $"    server {node.Upstream}{parameters};"));
        var derived = UpstreamServer().Replace(deployed, match => match.Index == servers[0].Index ? ours + "\n" : "");
        derived = derived.Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        return derived.Replace(
            "proxy_pass         http://dealtracker;",
            $"proxy_pass         http://dealtracker;\n        add_header {UpstreamHeader} $upstream_addr always;",
            StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string MainConfig(string server, string folder)
    {
        var config = new StringBuilder();
        if (Environment.UserName == "root")
        {
            config.AppendLine("user root;"); // workers would otherwise run as nobody, without access to the temp folders
        }

        config.AppendLine($$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
            {{server}}
            }
            """);
        return config.ToString();
    }

    private Task WaitUntilServingAsync() => AppNode.WaitUntilOkAsync(
        Address,
        "/health/live",
        TimeSpan.FromSeconds(30),
        () => _process.HasExited ? $"nginx exited with code {_process.ExitCode}: {ErrorLog}" : null,
        () => "nginx did not serve /health/live within 30 s. " + ErrorLog);

    [GeneratedRegex(@"^[ \t]*server[ \t]+127\.0\.0\.1:\d+(?<parameters>[^;\n]*);[ \t]*\n?", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();
}
