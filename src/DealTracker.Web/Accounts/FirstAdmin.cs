namespace DealTracker.Web.Accounts;

/// <summary>
/// Start-up: makes sure the roles exist and that there is a way to the first admin. With
/// <c>Admin:Email</c> and <c>Admin:Password</c> set, that account is created when missing. With
/// neither set and no admin in the store, a one-time set-up link is written to the console. There is never a
/// default account or password.
/// </summary>
public static partial class FirstAdmin
{
    public static async Task EnsureFirstAdminAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstAdmin).FullName!);
        var setup = scope.ServiceProvider.GetRequiredService<FirstAdminSetup>();
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) != string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException("Set both Admin:Email and Admin:Password (Admin__Email, Admin__Password), or neither.");
        }

        // A new SQLite store was made with its roles and this link in it (no admin can exist yet): only write it out.
        if (setup.TakeLinkMadeWithStore() is { } madeWithStore)
        {
            WriteSetUpLink(scope.ServiceProvider, logger, madeWithStore);
            return;
        }

        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
        await accounts.EnsureRolesAsync();
        if (!string.IsNullOrWhiteSpace(email))
        {
            if (await accounts.FindByEmailAsync(email) is null)
            {
                // Nodes starting together on one new store may race to create it: one that loses finds it made by another.
                var created = await accounts.CreateAsync(email, password!, Roles.Admin);
                if (!created.Succeeded && await accounts.FindByEmailAsync(email) is null)
                {
                    throw new InvalidOperationException("The admin account from configuration (Admin:Email) could not be created: " + string.Join(" ", created.Errors));
                }

                if (created.Succeeded)
                {
                    LogAdminCreated(logger, email);
                }
            }

            await setup.CloseAsync();
            return;
        }

        if (await accounts.AnyAdminAsync())
        {
            await setup.CloseAsync();
            return;
        }

        WriteSetUpLink(scope.ServiceProvider, logger, await setup.OpenAsync());
    }

    /// <summary>Whether configuration names the admin account (then no set-up link is made).</summary>
    internal static bool AdminConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Admin:Email"]);

    private static void WriteSetUpLink(IServiceProvider services, ILogger logger, string token)
    {
        services.GetRequiredService<IFirstAdminConsole>().WriteLine(
            $"DealTracker: no admin account exists. Create the first one, once, within the hour, at /account/setup?token={token} "
            + "(the link dies once used; set Admin__Email and Admin__Password instead to skip it).");
        LogSetUpLinkWritten(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the admin account {Email} from configuration.")]
    private static partial void LogAdminCreated(ILogger logger, string email);

    // The token itself goes to the console only, never through the logger: log files are kept,
    // copied and shipped, and a link that makes an admin must not outlive its hour in one of them.
    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin account exists: a one-time set-up link, valid for an hour, has been written to the console (standard output).")]
    private static partial void LogSetUpLinkWritten(ILogger logger);
}

/// <summary>Where the first-admin set-up link is written: standard output, not the log (the tests capture it).</summary>
public interface IFirstAdminConsole
{
    void WriteLine(string line);
}

internal sealed class StandardOutputFirstAdminConsole : IFirstAdminConsole
{
    public void WriteLine(string line) => Console.Out.WriteLine(line);
}
