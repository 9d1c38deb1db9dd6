using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a loopback Kestrel port, on its own SQLite file (migrated and seeded at start-up
/// exactly as in production), so a real browser can load it and start its interactive circuit.
/// </summary>
public sealed class DealTrackerServer : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dealtracker-browser-tests", Guid.NewGuid().ToString("N"));

    public DealTrackerServer()
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "dealtracker.db");
        UseKestrel(0);
    }

    /// <summary>The admin account the server creates from configuration (Admin:Email, Admin:Password).</summary>
    public const string AdminEmail = "admin@dealtracker.test";

    public const string AdminPassword = "correct horse battery staple";

    /// <summary>An editor account (Editor role only) the fixture creates once the server is up.</summary>
    public const string EditorEmail = "editor@dealtracker.test";

    public const string EditorPassword = "editor test passphrase";

    public string DatabasePath { get; }

    /// <summary>The root address the server listens on, such as <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public Uri RootUri { get; private set; } = default!;

    /// <summary>Starts Kestrel (which migrates and seeds the store) and reads back the port it was given.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? addresses.First();
        using (var scope = Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<DealTracker.Web.Accounts.EditorAccounts>();
            var created = accounts.CreateAsync(EditorEmail, EditorPassword, DealTracker.Web.Accounts.Roles.Editor).GetAwaiter().GetResult();
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Could not create the test editor: " + string.Join(" ", created.Errors));
            }
        }

        RootUri = new Uri(address.Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal).Replace("://[::1]:", "://127.0.0.1:", StringComparison.Ordinal));
    }

    /// <summary>An absolute address on the server for a path such as <c>/deals</c>.</summary>
    public string Url(string path) => new Uri(RootUri, path).ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development the static web assets (blazor.web.js, the scoped CSS bundle) come from the
        // build manifest only when asked; without them Blazor never becomes interactive.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:DealTracker", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("SignIn:AttemptsPerMinute", "1000");
        builder.UseSetting("Extract:RequestsPerMinute", "100000");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_directory, "logs", "dealtracker-.log"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; it never affects another run.
        }

        GC.SuppressFinalize(this);
    }
}
