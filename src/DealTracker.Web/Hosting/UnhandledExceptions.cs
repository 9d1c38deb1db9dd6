using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace DealTracker.Web.Hosting;

/// <summary>
/// What an exception that reaches the exception handler becomes.
/// <list type="bullet">
/// <item>A request the server could not read (<see cref="BadHttpRequestException"/>: a body that is not
/// JSON or not of the right shape, a query value of the wrong type, a body too large) is the client's
/// mistake: the API answers problem details naming the parameter with the exception's 4xx status, a
/// page answers the site's error page with that status. Logged as information, not as an error.</item>
/// <item>Anything else is a bug: logged exactly once, as an error with the request id the error page
/// shows; the client gets a plain 500 (the site's error page, or problem details from the API) that
/// gives no detail of the failure.</item>
/// </list>
/// </summary>
public sealed partial class UnhandledExceptions(ILogger<UnhandledExceptions> logger) : IExceptionHandler
{
    /// <summary>The middleware's options: this handler logs, so the middleware does not log again; a bad request keeps its 4xx.</summary>
    public static ExceptionHandlerOptions Options() => new()
    {
        ExceptionHandlingPath = "/Error",
        CreateScopeForErrors = true,
        SuppressDiagnosticsCallback = _ => true,
        StatusCodeSelector = exception => exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            RegexMatchTimeoutException => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        },
    };

    /// <summary>The seconds a client is asked to wait after a text took too long to read (Retry-After).</summary>
    public const int BusyRetrySeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at /Error: the original path is in the feature.
        var path = new PathString(context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path);
        var isApi = path.StartsWithSegments("/api");
        if (exception is BadHttpRequestException bad)
        {
            LogBadRequest(logger, context.Request.Method, path, bad.StatusCode, bad.Message, context.TraceIdentifier);
            if (!isApi)
            {
                return false; // the error page, with the 4xx status (StatusCodeSelector)
            }

            var (field, message) = Describe(bad);
            IResult problem = bad.StatusCode == StatusCodes.Status400BadRequest
                ? TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [field] = [message] },
                    title: "The request cannot be read", detail: $"Correct \"{field}\": {message} Nothing was saved.")
                : TypedResults.Problem(statusCode: bad.StatusCode, title: "The request cannot be read", detail: message + " Nothing was saved.");
            await problem.ExecuteAsync(context);
            return true;
        }

        // A text that took longer than its patterns allow (each has a time limit against runaway matching): on a starved machine a
        // plain text can take that long, so it is the server being busy, not a bug: 503 with Retry-After, logged as a warning.
        if (exception is RegexMatchTimeoutException timeout)
        {
            LogTimedOut(logger, context.Request.Method, path, timeout.MatchTimeout.TotalMilliseconds, context.TraceIdentifier);
            context.Response.Headers.RetryAfter = BusyRetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!isApi)
            {
                return false; // the error page, with the 503 status (StatusCodeSelector)
            }

            await TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Busy",
                detail: "Reading the text took longer than allowed while the server is busy. Nothing was saved. Try again in a few seconds.").ExecuteAsync(context);
            return true;
        }

        LogUnhandled(logger, exception, context.Request.Method, path, context.TraceIdentifier);
        if (!isApi)
        {
            return false; // the plain error page (/Error), status 500
        }

        await TypedResults.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "Something went wrong",
            detail: $"The server failed to answer this request. Quote request id {context.TraceIdentifier} when you report it.",
            extensions: new Dictionary<string, object?> { ["requestId"] = context.TraceIdentifier }).ExecuteAsync(context);
        return true;
    }

    /// <summary>The parameter (or JSON field) at fault, and a message for the client that names no internal type.</summary>
    internal static (string Field, string Message) Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            return Describe(json);
        }

        var name = ParameterName().Match(bad.Message) is { Success: true } match ? match.Groups["name"].Value : "body";
        var text = bad.Message switch
        {
            var m when m.StartsWith("Failed to bind parameter", StringComparison.Ordinal) => $"\"{name}\" has a value of the wrong type.",
            var m when m.StartsWith("Required parameter", StringComparison.Ordinal) => $"\"{name}\" is required.",
            var m when m.StartsWith("Failed to read parameter", StringComparison.Ordinal) => "The body is not valid JSON of the expected shape.",
            var m when m.StartsWith("Expected a supported JSON media type", StringComparison.Ordinal) => "Send the body as JSON (Content-Type: application/json).",
            _ when bad.StatusCode == StatusCodes.Status413PayloadTooLarge => "The body is too large.",
            _ => "The request is malformed.",
        };
        return (name, text);
    }

    /// <summary>
    /// The JSON field at fault (its path, such as <c>reports[2].claims[1]</c>, or "body") and a message naming no internal type:
    /// the request bodies and the import file say it alike.
    /// </summary>
    internal static (string Field, string Message) Describe(JsonException json)
    {
        if (json.Path is not { } path)
        {
            return ("body", "The body is not valid JSON.");
        }

        var field = path is "$" or "" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var where = json.LineNumber is { } line && json.BytePositionInLine is { } position
            ? $" (line {line + 1}, position {position + 1})"
            : "";
        return (field, json switch
        {
            // A value the API's own converters refused (an enum word, an amount's precision): their message says what the field takes.
            Apis.JsonValueException => json.Message,
            _ when json.Message.StartsWith("Duplicate propert", StringComparison.Ordinal) =>
                $"\"{LastName(field)}\" is sent twice in one object{where}: send each property once (the API never picks one of them).",
            _ when LastName(field) is "publishedOn" or "retrievedOn" or "occurredOn" =>
                $"A date is written YYYY-MM-DD, such as \"2026-02-02\"{where}; for a month or a year, send its first day with the precision \"month\" or \"year\" (\"publishedOn\": \"2026-02-01\", \"publishedPrecision\": \"month\").",
            _ => $"This value has the wrong type or is malformed{where}: check the JSON, and send [] rather than null for a list.",
        });
    }

    // "claims[0].hedge" → "hedge"; "claims[1]" → "claims".
    private static string LastName(string path) => path[(path.LastIndexOf('.') + 1)..].Split('[')[0];

    // 'Failed to bind parameter "bool? apply" from "x".' → apply
    [GeneratedRegex("parameter \"[^\"]* (?<name>[A-Za-z_][A-Za-z0-9_]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Bad request {Method} {Path} answered {Status}: {Reason} (request id {RequestId})")]
    private static partial void LogBadRequest(ILogger logger, string method, string path, int status, string reason, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text reading timed out on {Method} {Path} (a pattern's limit of {Milliseconds} ms; request id {RequestId}): answered 503")]
    private static partial void LogTimedOut(ILogger logger, string method, string path, double milliseconds, string requestId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path} (request id {RequestId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path, string requestId);
}
