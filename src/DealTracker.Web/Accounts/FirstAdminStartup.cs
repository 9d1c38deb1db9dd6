namespace DealTracker.Web.Accounts;

/// <summary>
/// Runs <see cref="FirstAdmin.EnsureFirstAdminAsync"/> beside the web host's own start (its pipeline, endpoints and
/// listener), not before it: the two take about as long on a first start (docs/performance.md, Start-up). The host
/// counts as started only once it is done (a failure, such as half an admin in configuration, stops the start as
/// before), and <see cref="HoldRequestsAsync"/> keeps any request that arrives in between waiting until then, so no
/// request is ever answered before the roles, the admin and the set-up link exist.
/// </summary>
public sealed class FirstAdminStartup(IServiceProvider services) : IHostedLifecycleService
{
    private readonly Lock _lock = new();
    private Task? _done;

    /// <summary>Starts the first-admin work on the thread pool, once.</summary>
    public Task Start()
    {
        lock (_lock)
        {
            return _done ??= Task.Run(services.EnsureFirstAdminAsync);
        }
    }

    /// <summary>The middleware that holds a request until the first-admin work is done (at once afterwards).</summary>
    public Task HoldRequestsAsync(HttpContext context, RequestDelegate next)
    {
        var done = Start();
        return done.IsCompletedSuccessfully ? next(context) : AfterAsync(done, context, next);

        static async Task AfterAsync(Task done, HttpContext context, RequestDelegate next)
        {
            await done;
            await next(context);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// After the hosted services registered before it, and before the web server's, whose start (pipeline, endpoints, listener) it runs beside.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Start();
        return Task.CompletedTask;
    }

    /// <summary>After every hosted service (the web server among them) has started: the host's start ends with the first-admin work.</summary>
    public Task StartedAsync(CancellationToken cancellationToken) => Start().WaitAsync(cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
