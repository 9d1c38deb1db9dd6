using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;

namespace DealTracker.Web.Extensions;

/// <summary>
/// A post to a page without a valid antiforgery token (an expired form, a forged or junk post) answers
/// 400 with the site's own page. Left alone, the page endpoint answers an empty 400 that the status code
/// pages cannot fill, since it already has a content type.
/// </summary>
public static class BadFormPosts
{
    public static IApplicationBuilder UseBadFormPostPage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest; // no body: the status code pages show the site's page
            return;
        }

        await next(context);
    });

    /// <summary>
    /// The error and not-found pages re-executed for a failed POST are rendered as a GET: re-executed as a
    /// POST they would be routed to the page's form handling, and fail on the form that made the post fail.
    /// </summary>
    public static IApplicationBuilder UseErrorPagesAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if ((context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            && !HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api"))
        {
            context.Request.Method = HttpMethods.Get;
        }

        return next(context);
    });

    /// <summary>
    /// An API body in a charset the server cannot decode (<c>application/json; charset=bogus</c>) answers
    /// 415 problem details; left alone, the JSON reader would throw and answer 500.
    /// </summary>
    public static IApplicationBuilder UseKnownRequestCharsets(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api")
            && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            && type.Charset is { HasValue: true } charset
            && !IsKnownEncoding(charset.Value!))
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unknown charset",
                detail: $"The body's charset \"{charset.Value![..Math.Min(charset.Length, 40)]}\" is not one the server reads: send UTF-8 (Content-Type: application/json; charset=utf-8). Nothing was saved.")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>
    /// A NUL character in a query key or value is refused before anything reads it: no page or endpoint means one,
    /// and PostgreSQL refuses it in text (it would surface as a 500). The API names the parameter; a page gets a
    /// bare 400, which the status-code pages turn into the site's own page.
    /// </summary>
    public static IApplicationBuilder UseNoNulInQuery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var (key, values) in context.Request.Query)
        {
            if (!key.Contains('\0', StringComparison.Ordinal) && !values.Any(value => value is not null && value.Contains('\0', StringComparison.Ordinal)))
            {
                continue;
            }

            if (context.Request.Path.StartsWithSegments("/api"))
            {
                var name = key.Replace("\0", "\\0", StringComparison.Ordinal);
                await TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [name] = ["A query value cannot hold a NUL character."] },
                    title: "Bad query value").ExecuteAsync(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            return;
        }

        await next(context);
    });

    private static bool IsKnownEncoding(string name)
    {
        try
        {
            _ = System.Text.Encoding.GetEncoding(name.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
