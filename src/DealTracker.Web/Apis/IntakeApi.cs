using DealTracker.Domain.Intake;
using DealTracker.Domain.Text;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Intake;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DealTracker.Web.Apis;

/// <summary>Watched feeds, the inbox and reading an article from a link (editors only).</summary>
public static class IntakeApi
{
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Intake").AsEditorWrite()
            .WithProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/outlets/{slug}/feeds", ListFeedsAsync).WithName("ListFeeds")
            .WithSummary("The outlet's watched feeds with their last success, last error, item count and back-off (editors only)");
        group.MapPost("/outlets/{slug}/feeds", AddFeedAsync).WithName("AddFeed")
            .WithSummary("Watches a feed (RSS 2.0, Atom or JSON Feed) for the outlet: {\"url\": \"https://…\"}");
        group.MapDelete("/outlets/{slug}/feeds/{id:int}", RemoveFeedAsync).WithName("RemoveFeed")
            .WithSummary("Stops watching a feed; its inbox items stay");
        group.MapPost("/feeds/{id:int}/poll", PollAsync).WithName("PollFeed")
            .WithSummary("Polls a feed now and returns what came of it (ok, notModified, failed, refused)");
        group.MapGet("/inbox", ListInboxAsync).WithName("ListInbox")
            .WithSummary("The inbox: filter by deal, outlet, hasFigures, status (new, done, dismissed, all); order ranked or newest; paged");
        group.MapGet("/inbox/{id:int}", GetItemAsync).WithName("GetInboxItem")
            .WithSummary("One inbox item");
        group.MapGet("/inbox/{id:int}/draft", DraftAsync).WithName("DraftFromInboxItem")
            .WithSummary("A report draft prefilled from the item (send it to POST /api/reports to save it and mark the item done)");
        group.MapPost("/inbox/{id:int}/dismiss", DismissAsync).WithName("DismissInboxItem")
            .WithSummary("Sets a new item aside, with an optional one-line reason: {\"reason\": \"…\"}; 400 when it is done or already dismissed");
        group.MapPost("/inbox/{id:int}/restore", RestoreAsync).WithName("RestoreInboxItem")
            .WithSummary("Puts a dismissed item back to new, its reason cleared; 400 when it is new or done");
        group.MapPost("/article", ReadArticleAsync).WithName("ReadArticle")
            .WithSummary("Fetches a page and extracts its article text: {\"url\": \"https://…\"}; 422 or 502 with a message when it cannot be read")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        return endpoints;
    }

    public static async Task<Results<Ok<IReadOnlyList<FeedView>>, ProblemHttpResult>> ListFeedsAsync(string slug, FeedService feeds, CancellationToken cancellationToken) =>
        await feeds.ListAsync(slug, cancellationToken) is { } list ? TypedResults.Ok(list) : NoOutlet(slug);

    public static async Task<Results<Created<FeedView>, ValidationProblem, ProblemHttpResult>> AddFeedAsync(
        string slug, FeedRequest? request, FeedService feeds, CancellationToken cancellationToken)
    {
        var result = await feeds.AddAsync(slug, request?.Url, cancellationToken);
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                var feed = (await feeds.ListAsync(slug, cancellationToken))!.Single(f => f.Id == result.Id);
                return TypedResults.Created($"/api/outlets/{slug}/feeds/{feed.Id}", feed);
            case EditOutcome.NotFound:
                return NoOutlet(slug);
            default:
                return TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Key.ToLowerInvariant(), e => new[] { e.Value }),
                    title: "The feed was not added", detail: result.Errors.Values.First());
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveFeedAsync(string slug, int id, FeedService feeds, CancellationToken cancellationToken) =>
        await feeds.RemoveAsync(slug, id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"The outlet '{slug}' has no feed {id}.");

    public static async Task<Results<Ok<PollResult>, ProblemHttpResult>> PollAsync(int id, FeedService feeds, CancellationToken cancellationToken) =>
        await feeds.PollAsync(id, cancellationToken) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no feed {id}.");

    public static async Task<Results<Ok<InboxPage>, ValidationProblem>> ListInboxAsync(
        InboxService inbox, HttpRequest request, CancellationToken cancellationToken,
        string? deal = null, string? outlet = null, string? hasFigures = null, string? status = null, string? order = null, string? page = null, string? pageSize = null,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();

        // "?outlet=reuters&outlet=wsj" would filter by the slug "reuters,wsj" and find nothing: a filter is given once.
        foreach (var name in (string[])["deal", "outlet", "hasFigures", "status", "order", "page", "pageSize", ListCursor.Parameter])
        {
            if (request.Query[name].Count > 1)
            {
                errors[name] = [$"Give {name} once."];
            }
        }

        // A slug that names no deal or outlet is a mistake to show, not an empty inbox (as on the other list endpoints).
        foreach (var unknown in errors.Count == 0 ? await inbox.UnknownSlugsAsync(deal, outlet, cancellationToken) : [])
        {
            errors[unknown] = [$"No {unknown} has the slug \"{(unknown == "deal" ? deal : outlet)}\"."];
        }

        InboxStatus? wanted = InboxStatus.New;
        if (status is not null)
        {
            if (status.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                wanted = null;
            }
            else if (EnumNames.TryParse<InboxStatus>(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = ["status must be new, done, dismissed or all."];
            }
        }

        bool? figures = null;
        if (hasFigures is not null)
        {
            // Exactly "true" or "false" in any case: bool.TryParse would also take " true " with spaces.
            if (hasFigures.Equals("true", StringComparison.OrdinalIgnoreCase) || hasFigures.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                figures = hasFigures.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                errors["hasFigures"] = ["hasFigures must be true or false."];
            }
        }

        var sort = InboxOrder.Ranked;
        if (order is not null && !EnumNames.TryParse(order, out sort))
        {
            errors["order"] = ["order must be ranked or newest."];
        }

        // Taken as text and read here, so "abc" or an overflowing number is a problem naming the parameter, not a bare 400.
        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors["page"] = ["page must be a whole number, 1 or more."];
        }

        var size = 25;
        if (pageSize is not null && (!int.TryParse(pageSize, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size is < 1 or > InboxService.MaxPageSize))
        {
            errors["pageSize"] = [$"pageSize must be a whole number between 1 and {InboxService.MaxPageSize}."];
        }

        // A cursor belongs to one order: the ranked order's key has the score, the newest order's has none.
        var list = InboxList(sort);
        InboxKey? after = null;
        if (!errors.ContainsKey(ListCursor.Parameter) && ListCursor.Read(cursor, page, list, 3, errors) is { } read)
        {
            if (int.TryParse(read.Key[0], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var score)
                && ListCursor.TryTime(read.Key[1], out var sortAt) && ListCursor.TryId(read.Key[2], out var id))
            {
                (pageNumber, after) = (read.Page, new InboxKey(score, sortAt, id));
            }
            else
            {
                errors[ListCursor.Parameter] = [ListCursor.NotACursor];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad query parameters", detail: "Correct the parameters named in errors.");
        }

        var found = await inbox.ListAsync(new InboxQuery(deal, outlet, figures, wanted, sort, pageNumber, size, after), cancellationToken);
        var next = found.NextKey is { } key
            ? ListCursor.Encode(list, found.Page + 1, ListCursor.Number(sort == InboxOrder.Ranked ? key.Score : 0), ListCursor.Time(key.SortAt), ListCursor.Number(key.Id))
            : null;
        ListCursor.AddNextLink(request.HttpContext, next);
        return TypedResults.Ok(found with { Next = next });
    }

    private static string InboxList(InboxOrder order) => order == InboxOrder.Newest ? "inbox:newest" : "inbox:ranked";

    public static async Task<Results<Ok<InboxItemView>, ProblemHttpResult>> GetItemAsync(int id, InboxService inbox, CancellationToken cancellationToken) =>
        await inbox.GetAsync(id, cancellationToken) is { } item ? TypedResults.Ok(item) : NoItem(id);

    public static async Task<Results<Ok<InboxDraftDto>, ProblemHttpResult>> DraftAsync(int id, InboxService inbox, CancellationToken cancellationToken) =>
        await inbox.BuildDraftAsync(id, cancellationToken) is { } draft ? TypedResults.Ok(InboxDraftDto.From(draft)) : NoItem(id);

    public static async Task<Results<Ok<InboxItemView>, ValidationProblem, ProblemHttpResult>> DismissAsync(
        int id, DismissRequest? request, InboxService inbox, CancellationToken cancellationToken)
    {
        var result = await inbox.DismissAsync(id, request?.Reason, cancellationToken);
        return result.Outcome switch
        {
            EditOutcome.Saved => TypedResults.Ok((await inbox.GetAsync(id, cancellationToken))!),
            EditOutcome.NotFound => NoItem(id),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Key.ToLowerInvariant(), e => new[] { e.Value }),
                title: "Nothing was changed", detail: result.Errors.Values.First()),
        };
    }

    public static async Task<Results<Ok<InboxItemView>, ValidationProblem, ProblemHttpResult>> RestoreAsync(
        int id, InboxService inbox, CancellationToken cancellationToken)
    {
        var result = await inbox.RestoreAsync(id, cancellationToken);
        return result.Outcome switch
        {
            EditOutcome.Saved => TypedResults.Ok((await inbox.GetAsync(id, cancellationToken))!),
            EditOutcome.NotFound => NoItem(id),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Key.ToLowerInvariant(), e => new[] { e.Value }),
                title: "Nothing was changed", detail: result.Errors.Values.First()),
        };
    }

    public static async Task<Results<Ok<ArticleDto>, ValidationProblem, ProblemHttpResult>> ReadArticleAsync(
        ArticleRequest? request, ArticleReader reader, CancellationToken cancellationToken)
    {
        if (AddressGuard.CheckUrl(request?.Url) is { } invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [invalid] }, title: "Bad address", detail: invalid);
        }

        var result = await reader.ReadAsync(request!.Url, cancellationToken);
        if (result.Succeeded)
        {
            return TypedResults.Ok(new ArticleDto(result.Title, result.Text!, result.PublishedAt) { Paywalled = result.Paywalled, Warning = result.Message });
        }

        return TypedResults.Problem(
            statusCode: result.UpstreamFailed ? StatusCodes.Status502BadGateway : StatusCodes.Status422UnprocessableEntity,
            title: result.Refused ? "Address refused" : "The page could not be read",
            detail: result.Message);
    }

    private static ProblemHttpResult NoOutlet(string slug) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no outlet '{slug}'.");

    private static ProblemHttpResult NoItem(int id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no inbox item {id}.");
}
