using System.Globalization;
using DealTracker.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace DealTracker.Web.Extensions;

/// <summary>
/// A write that waited the busy timeout for the store's write lock (held by another process, a
/// backup or an import) answers 503 with <c>Retry-After</c>: problem details in the API, a short
/// message on a page. Nothing was saved. Reads are not affected on SQLite (WAL: readers never wait for the writer);
/// on PostgreSQL a read or a write that can get no connection (pool exhausted, server full) answers the same, a read in
/// words for a read (<see cref="MessageFor"/>). Anonymous readers turned away by <see cref="PublicReadLimit"/> get the same answer.
/// </summary>
public static class StoreBusyExtensions
{
    public const string ProblemTitle = "The store is busy; try again";

    /// <summary>Seconds a client is asked to wait before trying a refused write again.</summary>
    public const int RetryAfterSeconds = 5;

    public static WebApplication UseStoreBusyHandling(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                // The editors' write endpoints answer 503 themselves (EditOutcome.Busy): add the header they cannot.
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable && !context.Response.Headers.ContainsKey("Retry-After"))
                    {
                        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                    }

                    return Task.CompletedTask;
                });
            }

            try
            {
                await next(context);
            }
            catch (Exception exception) when (StoreBusy.Is(exception) && !context.Response.HasStarted)
            {
                // Any other write (sign-in bookkeeping, import, account admin) that met a busy store, or any request on PostgreSQL
                // that could get no connection (a page, an editor page loading, an API read or write).
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreBusyExtensions).FullName!)
                    .LogWarning("The store was busy: {Method} {Path} saved nothing", context.Request.Method, context.Request.Path);
                await WriteBusyAsync(context, MessageFor(context.Request));
            }
        });
        return app;
    }

    /// <summary>
    /// The busy sentence a request gets: a read (GET or HEAD) had nothing to save, so it is told to try again in a moment
    /// (<see cref="StoreBusy.ReadMessage"/>); a write is told that nothing was saved (<see cref="StoreBusy.Message"/>).
    /// </summary>
    public static string MessageFor(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? StoreBusy.ReadMessage : StoreBusy.Message;

    /// <summary>
    /// The busy answer, from the start of a response: 503 with <c>Retry-After</c>, never stored by a cache; problem details
    /// (<see cref="ProblemTitle"/>, the sentence as the detail) under <c>/api</c>, the sentence as plain text on a page.
    /// </summary>
    public static async Task WriteBusyAsync(HttpContext context, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.Response.WriteAsJsonAsync(
                new ProblemDetails { Status = 503, Title = ProblemTitle, Detail = message },
                options: null,
                contentType: "application/problem+json",
                cancellationToken: context.RequestAborted);
        }
        else
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(message, context.RequestAborted);
        }
    }
}
