using System.ComponentModel;
using System.Globalization;
using DealTracker.Web.Accounts;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Apis.Queries;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DealTracker.Web.Apis;

/// <summary>The recorded changes of an item (editors only: it names who made them), a page at a time: nothing is cut.</summary>
public static class HistoryApi
{
    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder endpoints)
    {
        // {id} is read here, not by a route constraint: an id that names no item is a 404 that says so, not a bare one.
        endpoints.MapGet("/api/history/{itemType}/{id}", GetAsync)
            .WithTags("History")
            .WithName("GetHistory")
            .WithSummary("Every recorded change of an item, newest first, a page at a time: who, when, each field before and after (editors only)")
            .RequireAuthorization(AccountsExtensions.EditorPolicy)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    public static async Task<Results<Ok<PagedList<HistoryEntry>>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("Report, Claim, Reliance, Outlet, Party, Deal, DealParty, DealLink or DealEvent (any case): every item type the history answers with.")] string itemType,
        [Description("The item's id.")] string id,
        [Description("The page, from 1; past the end an empty page with the total.")][FromQuery(Name = "page")] string? page,
        [Description("Changes per page: 50 by default, at most 200.")][FromQuery(Name = "pageSize")] string? pageSize,
        [Description(ListParameters.CursorDescription)][FromQuery(Name = ListCursor.Parameter)] string? cursor,
        HttpContext http, HistoryQuery history, CancellationToken cancellationToken)
    {
        if (HistoryQuery.ItemTypeNamed(itemType) is not { } type)
        {
            return TypedResults.Problem(statusCode: 400, title: "Unknown item type", detail: $"The item type must be one of: {string.Join(", ", HistoryQuery.ItemTypes)}.");
        }

        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var itemId) || itemId < 1)
        {
            return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no {Words(type)} \"{id}\": an id is a whole number from 1 to 2147483647.");
        }

        if (!await history.ExistsAsync(type, itemId, cancellationToken))
        {
            return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no {Words(type)} {itemId}.");
        }

        var errors = new Dictionary<string, string[]>();
        var pageNumber = ListParameters.ParseInt(page, "page", 1, int.MaxValue, 1, errors);
        var size = ListParameters.ParseInt(pageSize, "pageSize", 1, HistoryQuery.Limit, DataFilter.DefaultPageSize, errors);
        var list = $"history:{type}:{itemId}";
        long? before = null;
        if (ListCursor.Read(cursor, page, list, 1, errors) is { } read)
        {
            if (long.TryParse(read.Key[0], NumberStyles.None, CultureInfo.InvariantCulture, out var startBefore) && startBefore >= 1)
            {
                (pageNumber, before) = (read.Page, startBefore);
            }
            else
            {
                errors[ListCursor.Parameter] = [ListCursor.NotACursor];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad query parameters");
        }

        var skip = before is null ? (int)Math.Min((long)(pageNumber - 1) * size, int.MaxValue) : 0;
        var found = await history.ForItemAsync(type, itemId, skip, size, cancellationToken: cancellationToken, startBefore: before);
        // The cursor names the item's history, so it cannot start a page of another item's.
        var nextCursor = found.More ? ListCursor.Encode(list, pageNumber + 1, ListCursor.Number(found.Items[^1].Id)) : null;
        ListCursor.AddNextLink(http, nextCursor);
        return TypedResults.Ok(new PagedList<HistoryEntry>(found.Items, found.Total, pageNumber, size, nextCursor));
    }

    private static string Words(string itemType) => itemType switch
    {
        "DealParty" => "party row of a deal",
        "DealLink" => "deal link",
        "DealEvent" => "event",
        _ => itemType.ToLowerInvariant(),
    };
}
