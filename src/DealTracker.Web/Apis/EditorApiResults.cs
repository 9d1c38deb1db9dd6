using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Data;
using DealTracker.Web.Extensions;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DealTracker.Web.Apis;

/// <summary>How the write endpoints turn an <see cref="EditResult"/> into HTTP.</summary>
internal static class EditorApiResults
{
    /// <summary>The title of a 409 for a save made from an older version than the stored one.</summary>
    public const string ConflictTitle = "Edited by someone else";

    /// <summary>The title of a 409 for an edit of a retracted claim (nobody else edited it: it is kept as it was).</summary>
    public const string RetractedTitle = "The claim is retracted";

    public static Results<Ok<SavedItem>, ValidationProblem, ProblemHttpResult> ToHttp(EditResult result) => result.Outcome switch
    {
        EditOutcome.Saved => TypedResults.Ok(new SavedItem(result.Id, result.Version)),
        EditOutcome.Invalid => TypedResults.ValidationProblem(
            result.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), detail: result.Message, title: "Nothing was saved"),
        EditOutcome.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found", detail: result.Message),
        EditOutcome.Busy => TypedResults.Problem(statusCode: 503, title: StoreBusyExtensions.ProblemTitle, detail: result.Message),
        EditOutcome.Retracted => TypedResults.Problem(statusCode: 409, title: RetractedTitle, detail: result.Message),
        _ => TypedResults.Problem(statusCode: 409, title: ConflictTitle, detail: result.Message),
    };

    /// <summary>The signed-in editor's stamp. The endpoints require the Editor policy, so it is always there.</summary>
    public static EditorStamp Stamp(HttpContext context) =>
        EditorStamps.ForEditor(context.User) ?? throw new InvalidOperationException("A write endpoint was reached without an editor.");
}
