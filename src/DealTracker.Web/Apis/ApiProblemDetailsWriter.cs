using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.Apis;

/// <summary>
/// Problem details for every error under /api and /openapi, whatever the client's Accept header: the framework's own
/// writer declines a request that accepts only text/html or application/xml, and the status code pages then write
/// text/plain. Registered before it, so it answers first.
/// </summary>
public sealed class ApiProblemDetailsWriter(IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    /// <summary>True for the addresses whose errors are always problem details.</summary>
    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    public bool CanWrite(ProblemDetailsContext context) => IsApiPath(context.HttpContext.Request.Path);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Type ??= $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? 6 : 5)}";
        return new(context.HttpContext.Response.WriteAsJsonAsync(
            problem, problem.GetType(), jsonOptions.Value.SerializerOptions, ContentType));
    }
}
