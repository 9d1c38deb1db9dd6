namespace DealTracker.Web.Accounts;

/// <summary>
/// Runs <see cref="FirstAdmin.EnsureFirstAdminAsync"/> beside the web host's own start (its pipeline, endpoints and
/// listener), not before it: the two take about as long on a first start (docs/performance.md, Start-up). The host
/// counts as started only once it is done (a failure, such as half an admin in configuration, stops the start as
/// before), and <see cref="HoldRequestsAsync"/> keeps any request that could depend on it waiting until then (every
/// write and everything under <c>/account</c>: sign-in, the set-up link), so none is answered before the roles, the
/// admin and the set-up link exist. Reading a public page needs none of them and is answered at once, with the
/// first-admin work on the other core.
/// </summary>
public sealed class FirstAdminStartup : IHostedLifecycleService
{
    private readonly Lock _lock = new();
    private readonly Func<Task> _work;
    private Task? _done;

    public FirstAdminStartup(IServiceProvider services)
        : this(services.EnsureFirstAdminAsync)
    {
    }

    /// <summary>With the work to run (the tests hold it open).</summary>
    internal FirstAdminStartup(Func<Task> work) => _work = work;

    /// <summary>Starts the first-admin work on the thread pool, once.</summary>
    public Task Start()
    {
        var done = Volatile.Read(ref _done);
        if (done is not null)
        {
            return done;
        }

        lock (_lock)
        {
            return _done ??= Task.Run(_work);
        }
    }

    /// <summary>
    /// The middleware that holds a request that could depend on the first-admin work until it is done (at once afterwards):
    /// anything but a GET or HEAD, and anything under <c>/account</c>.
    /// </summary>
    public Task HoldRequestsAsync(HttpContext context, RequestDelegate next)
    {
        var done = Start();
        return done.IsCompletedSuccessfully || !NeedsFirstAdmin(context.Request) ? next(context) : AfterAsync(done, context, next);

        static async Task AfterAsync(Task done, HttpContext context, RequestDelegate next)
        {
            await done;
            await next(context);
        }
    }

    /// <summary>Whether answering the request could need the roles, the admin or the set-up link (a write, or an account page).</summary>
    internal static bool NeedsFirstAdmin(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        || request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);

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
