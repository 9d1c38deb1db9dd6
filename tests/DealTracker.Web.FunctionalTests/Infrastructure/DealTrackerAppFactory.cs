using DealTracker.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>
/// The real app over the real HTTP pipeline, on its own SQLite file (migrated and seeded at
/// start-up exactly as in production), with every SQL command counted. With the environment variable
/// <c>DEALTRACKER_TEST_POSTGRES</c> set to an Npgsql connection string (without a database; see
/// <c>.ci/postgres.sh</c>), each factory runs on its own PostgreSQL database <c>dt_&lt;guid&gt;</c> instead,
/// dropped at dispose.
/// </summary>
public sealed class DealTrackerAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dealtracker-tests", Guid.NewGuid().ToString("N"));

    public DealTrackerAppFactory()
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "dealtracker.db");
        if (PostgreSqlServer is { } server)
        {
            PostgreSqlConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "dt_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        }
    }

    /// <summary>
    /// A second node on <paramref name="sameStoreAs"/>'s store (its SQLite file or PostgreSQL database), with
    /// its own caches, key ring cache and singletons, as another process would have. The store stays
    /// <paramref name="sameStoreAs"/>'s: dispose this node first; the first one drops the store.
    /// </summary>
    /// <remarks>A static method, not a second public constructor: xunit refuses a class fixture with two.</remarks>
    public static DealTrackerAppFactory OnTheSameStoreAs(DealTrackerAppFactory sameStoreAs, bool configureAdmin = true) =>
        new(sameStoreAs) { ConfigureAdmin = configureAdmin };

    private DealTrackerAppFactory(DealTrackerAppFactory sameStoreAs)
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = sameStoreAs.DatabasePath;
        PostgreSqlConnectionString = sameStoreAs.PostgreSqlConnectionString;
        _ownsStore = false;
    }

    private readonly bool _ownsStore = true;

    /// <summary>The environment variable that runs the functional tests on PostgreSQL: an Npgsql connection string to a server.</summary>
    public const string PostgreSqlVariable = "DEALTRACKER_TEST_POSTGRES";

    /// <summary>The server named by <see cref="PostgreSqlVariable"/>, or null on the default SQLite run.</summary>
    public static string? PostgreSqlServer => Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } value ? value : null;

    /// <summary>This factory's own PostgreSQL database, or null when it runs on SQLite.</summary>
    public string? PostgreSqlConnectionString { get; }

    /// <summary>The SQLite file (unused on the PostgreSQL run).</summary>
    public string DatabasePath { get; }

    /// <summary>False to make every page render and query the store (to count its queries): no read-model or page cache.</summary>
    public bool ReadCache { get; init; } = true;

    /// <summary>The admin account created from configuration, unless <see cref="ConfigureAdmin"/> is false.</summary>
    public const string AdminEmail = "admin@dealtracker.test";

    public const string AdminPassword = "correct horse battery staple";

    /// <summary>An account with the Editor role only, made by <see cref="CreateEditorClientAsync"/>.</summary>
    public const string EditorEmail = "editor@dealtracker.test";

    public const string EditorPassword = "editor test passphrase";

    /// <summary>False to start with no admin in configuration (the one-time set-up link path).</summary>
    public bool ConfigureAdmin { get; init; } = true;

    /// <summary>False to start with an empty store (no seed), as for an import into a fresh database.</summary>
    public bool Seed { get; init; } = true;

    /// <summary>Sign-in attempts allowed per client address per minute (high by default, so tests never trip it).</summary>
    public int SignInAttemptsPerMinute { get; init; } = 1000;

    /// <summary>Extract requests allowed per client address per minute (high by default, so tests never trip it).</summary>
    public int ExtractRequestsPerMinute { get; init; } = 100_000;

    /// <summary>The lowest level logged (Warning by default, so test output stays short; Information to see each request's line).</summary>
    public string MinimumLogLevel { get; init; } = "Warning";

    /// <summary>How many texts <c>/api/extract</c> reads at once (<c>Extract:MaxConcurrent</c>); the app's default when null.</summary>
    public int? ExtractMaxConcurrent { get; init; }

    /// <summary>How long an extract request waits for a turn (<c>Extract:QueueSeconds</c>); the app's default when null.</summary>
    public int? ExtractQueueSeconds { get; init; }

    /// <summary>The configured public base address of feed and JSON-LD links (none by default: links follow the request).</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>How long a write waits for another connection's write lock (<c>Database:BusyTimeoutSeconds</c>); the app's default when null.</summary>
    public int? BusyTimeoutSeconds { get; init; }

    /// <summary>More Npgsql connection string options for this app on the PostgreSQL run (for example a tiny pool), added to its database's.</summary>
    public string? PostgreSqlOptions { get; init; }

    /// <summary>More settings for this app (for example <c>Intake:AllowPrivateAddresses</c>), applied last.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>More service registrations (for example a wrapped password hasher), applied after the app's own.</summary>
    public Action<IServiceCollection>? MoreServices { get; init; }

    public SqlCommandCounter Commands { get; } = new();

    /// <summary>Everything the app logs (at the test level: warnings and up, plus what tests lower it to).</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>What the app writes to the console outside its log (the first-admin set-up link).</summary>
    public ConsoleCapture Console { get; } = new();

    /// <summary>The folder of the app's rolling log files.</summary>
    public string LogDirectory => Path.Combine(_directory, "logs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (PostgreSqlConnectionString is { } postgreSql)
        {
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:DealTracker", PostgreSqlOptions is null ? postgreSql : $"{postgreSql};{PostgreSqlOptions}");
        }
        else
        {
            builder.UseSetting("ConnectionStrings:DealTracker", $"Data Source={DatabasePath}");
        }

        builder.UseSetting("Serilog:MinimumLevel:Default", MinimumLogLevel);
        builder.UseSetting("ReadCache:Enabled", ReadCache ? "true" : "false");
        builder.UseSetting("PageCache:Enabled", ReadCache ? "true" : "false");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_directory, "logs", "dealtracker-.log"));
        builder.UseSetting("Seed:Enabled", Seed ? "true" : "false");
        builder.UseSetting("SignIn:AttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Extract:RequestsPerMinute", ExtractRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ExtractMaxConcurrent is { } maxConcurrent)
        {
            builder.UseSetting("Extract:MaxConcurrent", maxConcurrent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ExtractQueueSeconds is { } queueSeconds)
        {
            builder.UseSetting("Extract:QueueSeconds", queueSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (PublicBaseUrl is not null)
        {
            builder.UseSetting("PublicBaseUrl", PublicBaseUrl);
        }

        if (BusyTimeoutSeconds is { } busyTimeout)
        {
            builder.UseSetting("Database:BusyTimeoutSeconds", busyTimeout.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.UseSetting("Intake:Enabled", "false"); // no background polling: tests poll feeds through the API
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureAdmin)
        {
            builder.UseSetting("Admin:Email", AdminEmail);
            builder.UseSetting("Admin:Password", AdminPassword);
        }
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<DealTrackerDbContext>(options => options.AddInterceptors(Commands));
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            services.AddSingleton<DealTracker.Web.Accounts.IFirstAdminConsole>(Console);
            MoreServices?.Invoke(services);
        });
    }

    /// <summary>A short-lived context on the app's own store, for arranging and checking data.</summary>
    public DealTrackerDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>().CreateDbContext();

    /// <summary>A client with its own cookies and no automatic redirects (so tests see 302s).</summary>
    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the sign-in form as the given account.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string email, string password)
    {
        var client = CreateBrowserLikeClient();
        var response = await SignIn.PostAsync(client, email, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }

        return client;
    }

    /// <summary>A client signed in as an editor (the account is created on first use).</summary>
    public async Task<HttpClient> CreateEditorClientAsync()
    {
        await EnsureAccountAsync(EditorEmail, EditorPassword, DealTracker.Web.Accounts.Roles.Editor);
        return await CreateSignedInClientAsync(EditorEmail, EditorPassword);
    }

    public Task<HttpClient> CreateAdminClientAsync() => CreateSignedInClientAsync(AdminEmail, AdminPassword);

    /// <summary>The principal a fresh sign-in of <paramref name="email"/> has (its security stamp included), as an open page holds it.</summary>
    public async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DealTracker.Web.Accounts.EditorUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<DealTracker.Web.Accounts.EditorUser>>();
        return await factory.CreateAsync(await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}."));
    }

    public async Task EnsureAccountAsync(string email, string password, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<DealTracker.Web.Accounts.EditorAccounts>();
        if (await accounts.FindByEmailAsync(email) is null)
        {
            var created = await accounts.CreateAsync(email, password, role);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors));
            }
        }
    }

    public Task InitializeAsync()
    {
        // Starting the server runs the migrations and the seed.
        _ = Server;
        return Task.CompletedTask;
    }

    /// <summary>Drops the PostgreSQL database the connection string names (after closing this process's pooled connections).</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        Npgsql.NpgsqlConnection.ClearAllPools();
        var server = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        try
        {
            await using var force = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await force.ExecuteNonQueryAsync();
        }
        catch (Npgsql.PostgresException exception) when (exception.SqlState == Npgsql.PostgresErrorCodes.InsufficientPrivilege)
        {
            // A role that may not end other sessions (autovacuum's among them): the app's own are closed already.
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\"", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (PostgreSqlConnectionString is { } postgreSql && _ownsStore)
        {
            await DropDatabaseAsync(postgreSql);
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; it never affects another test.
        }
    }
}
