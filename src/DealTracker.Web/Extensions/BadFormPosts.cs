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
    /// A body in a charset the server cannot decode (<c>application/json; charset=bogus</c>, or <c>utf-7</c>, which .NET
    /// refuses to read) answers 415: problem details from the API, the site's own page elsewhere; left alone, the readers
    /// would throw and answer 500. A charset written in quotes (<c>charset="utf-8"</c>, as the standard allows) is passed
    /// on without them, since the framework's JSON reader does not take the quotes off.
    /// </summary>
    public static IApplicationBuilder UseKnownRequestCharsets(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            && type.Charset is { HasValue: true } charset)
        {
            // The API reads JSON as UTF-8 only (RFC 8259 section 8.1): a body in UTF-16 or Latin-1 is refused as the media type it is, not
            // read as garbled UTF-8 and answered as malformed.
            var api = context.Request.Path.StartsWithSegments("/api");
            if (api && IsKnownEncoding(charset.Value!) && !IsUtf8(charset.Value!))
            {
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Send UTF-8",
                    detail: $"The API reads JSON in UTF-8 only, not in \"{charset.Value![..Math.Min(charset.Length, 40)]}\": send the body as UTF-8 (Content-Type: application/json; charset=utf-8). Nothing was saved.")
                    .ExecuteAsync(context);
                return;
            }

            if (!IsKnownEncoding(charset.Value!))
            {
                if (!context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType; // no body: the status code pages show the site's page
                    return;
                }

                await TypedResults.Problem(
                    statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Unknown charset",
                    detail: $"The body's charset \"{charset.Value![..Math.Min(charset.Length, 40)]}\" is not one the server reads: send UTF-8 (Content-Type: application/json; charset=utf-8). Nothing was saved.")
                    .ExecuteAsync(context);
                return;
            }

            if (charset.Value!.Length >= 2 && charset.Value.StartsWith('"') && charset.Value.EndsWith('"'))
            {
                type.Charset = charset.Value.Trim('"');
                context.Request.ContentType = type.ToString();
            }
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

    // UTF-8 by any of its names, and US-ASCII, which is UTF-8 too.
    private static bool IsUtf8(string name) => System.Text.Encoding.GetEncoding(name.Trim('"')).CodePage is 65001 or 20127;

    private static bool IsKnownEncoding(string name)
    {
        try
        {
            _ = System.Text.Encoding.GetEncoding(name.Trim('"'));
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a charset .NET knows but will not read, such as utf-7.
            return false;
        }
    }
}
