using System.ComponentModel;
using DealTracker.Web.Accounts;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DealTracker.Web.Apis;

/// <summary>The recorded changes of an item (editors only: it names who made them).</summary>
public static class HistoryApi
{
    private static readonly HashSet<string> _itemTypes = ["Report", "Claim", "Outlet", "Party", "Deal", "DealEvent"];

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/history/{itemType}/{id:int}", GetAsync)
            .WithTags("History")
            .WithName("GetHistory")
            .WithSummary("Every recorded change of an item, newest first: who, when, each field before and after (editors only)")
            .RequireAuthorization(AccountsExtensions.EditorPolicy)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, ProblemHttpResult>> GetAsync(
        [Description("Report, Claim, Outlet, Party, Deal or DealEvent.")] string itemType,
        [Description("The item's id.")] int id,
        HistoryQuery history, CancellationToken cancellationToken)
    {
        var type = _itemTypes.FirstOrDefault(t => string.Equals(t, itemType, StringComparison.OrdinalIgnoreCase));
        if (type is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "Unknown item type", detail: $"The item type must be one of: {string.Join(", ", _itemTypes)}.");
        }

        return TypedResults.Ok(await history.ForItemAsync(type, id, cancellationToken));
    }
}
