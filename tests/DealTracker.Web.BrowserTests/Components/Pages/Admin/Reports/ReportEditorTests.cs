using System.Globalization;
using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using DealTracker.Web.Services.Evidence;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Reports;

/// <summary>
/// An editor entering a report as the job is done: paste the article, accept its figures, name the
/// outlet, save, and see it on the public pages. These tests change the store, so they run in the
/// <see cref="EditingCollection"/>, on their own app; each one makes its own headline and link.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class ReportEditorTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string DealPath = "/deals/amazon-openai-2026-round";

    /// <summary>A made-up Bloomberg paragraph with three money figures, each with its hedge.</summary>
    private const string Article =
        "Amazon.com Inc. could invest as much as $40 billion in OpenAI, according to people familiar with the matter, "
        + "as part of a funding round of up to $90 billion. The round would value the ChatGPT maker at about $800 billion, "
        + "the people said, asking not to be identified because the talks are private. Amazon declined to comment.";

    /// <summary>Switching the published date's precision to the month and back keeps the day given, rather than making it the 1st.</summary>
    [Fact]
    public async Task NewReport_PublishedPrecisionToTheMonthAndBack_KeepsTheDayGiven()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");
        var form = page.Locator("main");

        await form.Field("Published").FillAsync("2025-11-15");
        await form.Field("Published").PressAsync("Tab");
        await form.PickAsync("Date known to the", "Month only");
        await Expect(form.Field("Published")).ToHaveValueAsync("2025-11");
        await form.PickAsync("Date known to the", "Day");

        await Expect(form.Field("Published")).ToHaveValueAsync("2025-11-15");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task NewReport_PasteAcceptAndSave_ShowsOnTimelineAndCompare()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var run = Unique();
        var headline = $"Amazon weighs $40 billion OpenAI stake in a $90 billion round ({run})";
        await page.SignInAsEditorAsync("/admin/reports/new");

        await page.GetByLabel("Article text").FillAsync(Article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find figures" }).ClickAsync();
        var proposals = page.GetByRole(AriaRole.List, new() { Name = "Proposed figures" }).GetByRole(AriaRole.Listitem);
        await Expect(proposals).ToHaveCountAsync(3);
        await Expect(proposals.Nth(0)).ToContainTextAsync("up to $40B");
        await Expect(proposals.Nth(0).Locator("mark")).ToHaveTextAsync("as much as $40 billion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept as much as $40 billion" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept up to $90 billion" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Drop about $800 billion" }).ClickAsync();
        await Expect(proposals).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "2 figures accepted" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        await page.GetByLabel("New outlet name").FillAsync("Bloomberg");
        await page.GetByLabel("Outlet kind").ChooseAsync("Wire service");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync(headline);
        await page.GetByLabel("Link", new() { Exact = true }).FillAsync($"https://www.bloomberg.com/news/test-report-{run}");
        await page.GetByLabel("Published", new() { Exact = true }).FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var first = page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true });
        var second = page.GetByRole(AriaRole.Region, new() { Name = "Claim 2", Exact = true });
        await Expect(first.GetByLabel("Quote", new() { Exact = true })).ToHaveValueAsync("as much as $40 billion");
        await Expect(first.GetByLabel("Hedge")).ToHaveValueAsync("Up to");
        await Expect(first.GetByLabel("Metric")).ToHaveValueAsync("Investment");
        await first.GetByLabel("Party", new() { Exact = true }).ChooseAsync("Amazon");
        await second.GetByLabel("Metric").ChooseAsync("Round size");
        await Expect(second.GetByLabel("Amount")).ToHaveValueAsync("90");
        await Expect(second.GetByLabel("Scale")).ToHaveValueAsync("billion");

        await page.SaveReportAndWaitForItsPageAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Report saved");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit report", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Headline", new() { Exact = true })).ToHaveValueAsync(headline);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true })).ToContainTextAsync("Investment · Amazon · up to $40B");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 2", Exact = true })).ToContainTextAsync("Round size · up to $90B");

        // The reader's timeline, filtered to the new outlet the way a reader does it.
        await page.GotoAsync($"{DealPath}/timeline");
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("Outlet").SelectOptionAsync(new SelectOptionValue { Label = "Bloomberg" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("outlet=bloomberg"));
        var entry = page.Locator(".dt-entry").Filter(new() { HasTextString = headline });
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync("up to $40B");
        await Expect(entry).ToContainTextAsync("up to $90B");
        await Expect(entry).ToContainTextAsync("as much as $40 billion");

        // The compare matrix: Bloomberg's row carries its two figures.
        await page.GotoAsync($"{DealPath}/compare");
        var row = page.Locator("table.dt-matrix tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Bloomberg" }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".dt-cell-value")).ToHaveTextAsync(["up to $40B", "up to $90B"]);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task NewReport_PasteSeedLikeArticle_ProposesMetricInvestorSourcesAndResponse()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var run = Unique();
        const string article =
            "Amazon.com Inc. could invest as much as $40 billion in OpenAI, according to people familiar with the matter, "
            + "as part of a funding round of up to $90 billion, citing the Wall Street Journal. The talks are at an early stage, "
            + "according to The Information. Amazon declined to comment. OpenAI has held talks with other investors too, according to the report.";
        await page.SignInAsEditorAsync("/admin/reports/new");
        await page.GetByLabel("Outlet", new() { Exact = true }).TypeAndChooseAsync("Reuter", "Reuters");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync($"Amazon could invest $40 billion in OpenAI ({run})");

        await page.GetByLabel("Article text").FillAsync(article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find figures" }).ClickAsync();

        var figures = page.GetByRole(AriaRole.List, new() { Name = "Proposed figures" }).GetByRole(AriaRole.Listitem);
        await Expect(figures).ToHaveCountAsync(2);
        await Expect(figures.Nth(0)).ToContainTextAsync("MetricInvestment");
        await Expect(figures.Nth(0)).ToContainTextAsync("InvestorAmazon");
        await Expect(figures.Nth(1)).ToContainTextAsync("MetricRound size");
        await Expect(page.GetByRole(AriaRole.Note)).ToHaveTextAsync("This article relies on anonymous sources: «people familiar with the matter».");

        var sources = page.GetByRole(AriaRole.List, new() { Name = "Sources it cites" }).GetByRole(AriaRole.Listitem);
        await Expect(sources).ToHaveCountAsync(3);
        await Expect(sources.Nth(0)).ToContainTextAsync("“citing the Wall Street Journal”");

        // "according to the report" is a named source, but a document cited by its noun: no outlet to add, only a drop.
        var report = sources.Nth(2);
        await Expect(report).ToContainTextAsync("“according to the report”");
        await Expect(report).ToContainTextAsync("Cited by its noun, not an outlet to add");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add outlet «report»" })).ToHaveCountAsync(0);
        await Expect(report.GetByRole(AriaRole.Button)).ToHaveCountAsync(1);
        await report.GetByRole(AriaRole.Button, new() { Name = "Drop source report" }).ClickAsync();
        await Expect(sources).ToHaveCountAsync(2);
        await sources.GetByRole(AriaRole.Button, new() { Name = "Relies on The Wall Street Journal" }).ClickAsync();
        await sources.GetByRole(AriaRole.Button, new() { Name = "Add outlet «The Information»" }).ClickAsync();
        await Expect(sources).ToHaveCountAsync(0);

        // Kept, the note on anonymous sources goes into the source note (after anything the editor wrote there), and so onto the public page.
        var sourceNote = page.GetByLabel("Source note (optional)");
        await sourceNote.FillAsync("Read on the wire.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep in the source note" }).ClickAsync();
        await Expect(sourceNote).ToHaveValueAsync("Read on the wire. Relies on anonymous sources: «people familiar with the matter».");
        await Expect(page.GetByRole(AriaRole.Note)).ToHaveCountAsync(0);

        var claims = page.GetByRole(AriaRole.List, new() { Name = "Stage and responses" }).GetByRole(AriaRole.Listitem);
        await Expect(claims).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept Response: Amazon declined to comment" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Drop Stage of talks: early stage" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept as much as $40 billion" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept up to $90 billion" }).ClickAsync();

        // The form holds the draft: two relies-on rows and three claims, each with its metric and party.
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Source 1", Exact = true });
        await Expect(first.GetByLabel("Outlet relied on")).ToHaveValueAsync("The Wall Street Journal");
        await Expect(first.GetByLabel("Attribution (optional)")).ToHaveValueAsync("citing the Wall Street Journal");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Source 2", Exact = true }).GetByLabel("New outlet relied on")).ToHaveValueAsync("The Information");
        var response = page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true });
        await Expect(response.GetByLabel("Metric")).ToHaveValueAsync("Response");
        await Expect(response.GetByLabel("Party", new() { Exact = true })).ToHaveValueAsync("Amazon");
        var investment = page.GetByRole(AriaRole.Region, new() { Name = "Claim 2", Exact = true });
        await Expect(investment.GetByLabel("Metric")).ToHaveValueAsync("Investment");
        await Expect(investment.GetByLabel("Party", new() { Exact = true })).ToHaveValueAsync("Amazon");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 3", Exact = true }).GetByLabel("Metric")).ToHaveValueAsync("Round size");

        await page.SaveReportAndWaitForItsPageAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true })).ToContainTextAsync("Response · Amazon");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 2", Exact = true })).ToContainTextAsync("Investment · Amazon · up to $40B");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Source 2", Exact = true }).GetByLabel("Outlet relied on")).ToHaveValueAsync("The Information");

        await page.GotoAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Public page" }).GetAttributeAsync("href") ?? "/");
        var reliesOn = page.Locator("section[aria-labelledby=relies-heading]");
        await Expect(reliesOn).ToContainTextAsync("The Wall Street Journal");
        await Expect(reliesOn).ToContainTextAsync("The Information");
        await Expect(page.Locator(".dt-report-facts")).ToContainTextAsync("Read on the wire. Relies on anonymous sources: «people familiar with the matter».");
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task NewReport_PublishedTypedAsADayThatDoesNotExist_RefusesTheSaveBesideTheFieldAndSavesNothing()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports");
        var totalBefore = await TotalAsync(page);

        await page.GotoAsync("/admin/reports/new");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Outlet", new() { Exact = true }).TypeAndChooseAsync("Reuter", "Reuters");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync($"A report dated a day that does not exist ({Unique()})");
        await page.GetByLabel("Link", new() { Exact = true }).FillAsync($"https://www.reuters.com/no-such-day-{Unique()}");
        var published = page.GetByLabel("Published", new() { Exact = true });
        await published.FillAsync("2026-02-30");
        await published.PressAsync("Tab");
        await Expect(published.Control()).ToContainTextAsync("Write the date as YYYY-MM-DD.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();

        await Expect(page.Locator(".dt-error-summary")).ToContainTextAsync("Nothing was saved");
        await Expect(page.Locator(".dt-error-summary").GetByRole(AriaRole.Listitem)).ToHaveTextAsync(new Regex("^Published:\\s*“2026-02-30” is not a date. Write the date as YYYY-MM-DD.$"));
        await Expect(published).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(published.Control()).ToContainTextAsync("Write the date as YYYY-MM-DD.");
        await Expect(published.Control()).Not.ToContainTextAsync("Not a valid date");
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasTextString = "Report saved" })).ToHaveCountAsync(0);
        Assert.Equal("/admin/reports/new", new Uri(page.Url).AbsolutePath);

        // Written as a date, the field says nothing more.
        await published.FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await published.PressAsync("Tab");
        await Expect(published.Control()).Not.ToContainTextAsync("Write the date as");
        await page.GotoAsync("/admin/reports");
        await page.WaitForCircuitAsync();
        Assert.Equal(totalBefore, await TotalAsync(page));
    }

    [Fact]
    public async Task NewReport_ArticleLinkPastedThenEnter_FetchesAndFillsTheEmptyHeadlineLinkAndPublished()
    {
        await using var pages = await LoopbackFeedServer.StartAsync();
        var run = Unique();
        var url = pages.Serve($"/story-{run}.html", "text/html; charset=utf-8", ArticlePage($"Amazon in talks to invest up to $50 billion in OpenAI ({run})"));
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");

        var link = page.GetByLabel("Article link");
        await link.FillAsync(url);
        // "Fetch text" is ready as soon as the link is in, before the field loses focus.
        await Expect(link).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Fetch text" })).ToBeEnabledAsync();
        await link.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Proposed figures" }).GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Headline", new() { Exact = true })).ToHaveValueAsync(new Regex(Regex.Escape($"Amazon in talks to invest up to $50 billion in OpenAI ({run})")));
        await Expect(page.GetByLabel("Link", new() { Exact = true })).ToHaveValueAsync(url);
        await Expect(page.GetByLabel("Published", new() { Exact = true })).ToHaveValueAsync("2026-02-01");
        await Expect(page.Locator("#finder-status")).ToContainTextAsync("From the page: Headline, Link and Published filled in the report");
    }

    [Fact]
    public async Task NewReport_FetchWithAHeadlineTyped_KeepsTheEditorsHeadlineAndFillsOnlyTheEmptyFields()
    {
        await using var pages = await LoopbackFeedServer.StartAsync();
        var run = Unique();
        var url = pages.Serve($"/story-{run}.html", "text/html; charset=utf-8", ArticlePage($"The page's own title ({run})"));
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");
        var headline = page.GetByLabel("Headline", new() { Exact = true });
        await headline.FillAsync($"The editor's headline ({run})");

        await page.GetByLabel("Article link").FillAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fetch text" }).ClickAsync();

        await Expect(page.Locator("#finder-status")).ToContainTextAsync("From the page: Link and Published filled in the report");
        await Expect(headline).ToHaveValueAsync($"The editor's headline ({run})");
        await Expect(page.GetByLabel("Link", new() { Exact = true })).ToHaveValueAsync(url);
    }

    /// <summary>An article page as an outlet serves it: its title, publish date and a few paragraphs with money figures.</summary>
    private static string ArticlePage(string title) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{{title}}</title>
          <meta property="og:title" content="{{title}}">
          <meta property="article:published_time" content="2026-02-01T13:05:00Z">
        </head>
        <body>
          <main>
            <article>
              <h1>{{title}}</h1>
              <p>SAN FRANCISCO, Feb 1 (Reuters) - Amazon is in talks to invest as much as $50 billion in OpenAI, according to the Wall Street Journal, in what would be one of the largest bets yet by a cloud provider on an artificial intelligence developer.</p>
              <p>The funding round could total $90 billion to $110 billion, people familiar with the matter said, and would value OpenAI at around $830 billion. The talks are at an early stage and the terms could change.</p>
              <p>Amazon declined to comment. OpenAI did not immediately respond to a request for comment outside business hours.</p>
              <p>Amazon chief executive Andy Jassy has been involved in the discussions, the people said. OpenAI has been racing to secure capital and computing capacity as it trains larger models and expands its products to businesses.</p>
            </article>
          </main>
        </body>
        </html>
        """;

    [Fact]
    public async Task Claim_Retract_ShowsRetractedOnReportPageAndChangesOverviewFigure()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var reason = $"Reuters corrected the figure ({Unique()})";
        await page.SignInAsEditorAsync("/admin/claims");

        await page.GotoAsync(DealPath);
        var card = InvestmentCard(page);
        var before = await card.InnerTextAsync();
        output.WriteLine($"Before:{Environment.NewLine}{before}");

        await page.GotoAsync("/admin/claims");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Search claims").FillAsync("as much as $50 billion");
        var rows = page.Locator("tbody tr").Filter(new() { HasTextString = "Reuters: “as much as $50 billion”" });
        await Expect(rows).ToHaveCountAsync(1);
        await rows.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/claims/[0-9]+$"));
        await Expect(page.GetByLabel("Quote", new() { Exact = true })).ToHaveValueAsync("as much as $50 billion");

        await page.GetByRole(AriaRole.Button, new() { Name = "Retract claim…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Reason").FillAsync(reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Retract", Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Claim retracted");
        await Expect(page.GetByText($"Retracted: {reason}")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retract claim…" })).ToHaveCountAsync(0);
        await page.WaitForSnackbarsSettledAsync();
        await page.AssertNoSeriousViolationsAsync(output);

        // The public report page keeps the claim, marked, with the reason.
        var publicPage = await page.GetByRole(AriaRole.Link, new() { Name = "Public page" }).GetAttributeAsync("href");
        Assert.NotNull(publicPage);
        await page.GotoAsync(publicPage);
        var claim = page.Locator(".dt-claims li").Filter(new() { HasTextString = "as much as $50 billion" });
        await Expect(claim).ToHaveClassAsync(new Regex(@"\bdt-retracted\b"));
        await Expect(claim).ToContainTextAsync("retracted");
        await Expect(claim).ToContainTextAsync(reason);

        // The overview no longer counts it.
        await page.GotoAsync(DealPath);
        var after = await InvestmentCard(page).InnerTextAsync();
        output.WriteLine($"After:{Environment.NewLine}{after}");
        Assert.NotEqual(before, after);
        Assert.Contains("Reuters", Origins(before), StringComparison.Ordinal);
        Assert.DoesNotContain("Reuters", Origins(after), StringComparison.Ordinal);
        Assert.Equal(OutletCount(before) - 1, OutletCount(after));
    }

    [Fact]
    public async Task NewReport_UnsafeLinkAndEmptyQuote_ShowsErrorsBesideFieldsAndSavesNothing()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports");
        var totalBefore = await TotalAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "New report" }).Last.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/reports/new");
        await page.GetByLabel("Outlet", new() { Exact = true }).TypeAndChooseAsync("Reuter", "Reuters");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync($"A report that must not be saved ({Unique()})");
        var link = page.GetByLabel("Link", new() { Exact = true });
        await link.FillAsync("javascript:alert(1)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add claim" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Investment", Exact = true }).ClickAsync();
        var claim = page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true });
        await Expect(claim.GetByLabel("Metric")).ToHaveValueAsync("Investment");
        await claim.GetByLabel("Amount").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();

        await Expect(link).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(link.Control()).ToContainTextAsync("A link must be a full web address starting with http:// or https://.");
        var quote = claim.GetByLabel("Quote", new() { Exact = true });
        await Expect(quote).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(quote.Control()).ToContainTextAsync("A figure needs its quote");
        await Expect(page.Locator(".dt-error-summary")).ToContainTextAsync("Nothing was saved");
        await Expect(page.Locator(".dt-error-summary")).ToContainTextAsync("Claim 1 · Quote:");
        Assert.Equal("/admin/reports/new", new Uri(page.Url).AbsolutePath);

        await page.GotoAsync("/admin/reports");
        await page.WaitForCircuitAsync();
        Assert.Equal(totalBefore, await TotalAsync(page));
    }

    [Fact]
    public async Task EditReport_AddClaimToAReportOnTheComputeDeal_IsAboutThatDealAndOfTheChosenMetric()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports?q=Benton");
        await page.Locator("tbody tr").Filter(new() { HasTextString = "Benton" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/reports/[0-9]+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Claims (3)", Level = 2 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add claim" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Stage of talks", Exact = true }).ClickAsync();

        // The report's latest claim is about the compute agreement, not the featured round: so is the new one.
        var added = page.GetByRole(AriaRole.Region, new() { Name = "Claim 4", Exact = true });
        await Expect(added.GetByRole(AriaRole.Heading, new() { Name = "Claim 4", Exact = true })).ToBeFocusedAsync();
        await Expect(added.GetByLabel("Deal", new() { Exact = true })).ToHaveValueAsync("AWS–OpenAI compute agreement (Nov 2025)");
        await Expect(added.GetByLabel("Metric")).ToHaveValueAsync("Stage of talks");
        await Expect(added.GetByLabel("Talks stage")).ToHaveValueAsync("early stage");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "Unsaved changes" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task NewReport_Axe_HasNoSeriousOrCriticalViolations()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Find figures" })).ToBeEnabledAsync();

        await page.AssertNoSeriousViolationsAsync(output);

        // With proposals, a claim, a source row and the errors of a refused save on the page.
        await page.GetByLabel("Article text").FillAsync(Article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find figures" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept as much as $40 billion" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a source" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        await Expect(page.Locator(".dt-error-summary")).ToContainTextAsync("Nothing was saved");

        await page.AssertNoSeriousViolationsAsync(output);
    }

    [Fact]
    public async Task NewReport_ReliesOnAReportFoundBySearch_ShowsTheRelianceOnThePublicPage()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var headline = $"Forbes repeats the Reuters figures ({Unique()})";
        await page.SignInAsEditorAsync("/admin/reports/new");
        await page.GetByLabel("Outlet", new() { Exact = true }).TypeAndChooseAsync("Forb", "Forbes");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync(headline);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a source" }).ClickAsync();
        var source = page.GetByRole(AriaRole.Group, new() { Name = "Source 1", Exact = true });
        await source.GetByLabel("Report relied on").FillAsync("Reuters");
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option).Filter(new() { HasTextString = "Reuters: Amazon is in talks" }).ClickAsync();
        await Expect(source.GetByLabel("Report relied on")).ToHaveValueAsync(new Regex("^Reuters: Amazon is in talks"));
        await source.GetByLabel("How", new() { Exact = true }).ChooseAsync("Repeats");
        await source.GetByLabel("Attribution (optional)").FillAsync("according to Reuters");
        await page.SaveReportAndWaitForItsPageAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Source 1", Exact = true }).GetByLabel("Report relied on")).ToHaveValueAsync(new Regex("^Reuters: Amazon is in talks"));

        await page.GotoAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Public page" }).GetAttributeAsync("href") ?? "/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(headline);
        var reliesOn = page.Locator("section[aria-labelledby=relies-heading]");
        await Expect(reliesOn).ToContainTextAsync("repeats");
        await Expect(reliesOn.GetByRole(AriaRole.Link)).ToContainTextAsync("Reuters: Amazon is in talks");
        await Expect(reliesOn).ToContainTextAsync("“according to Reuters”");
    }

    /// <summary>
    /// A report by a new outlet whose article cites that outlet ("Semafor reported" in a Semafor report, "the Journal" in a new
    /// "Wall Street Journal"'s) proposes no reliance on it: it would be the outlet relying on itself.
    /// </summary>
    [Fact]
    public async Task NewReport_NewOutletItsArticleCites_ProposesNoSourceForIt()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "New outlet" }).ClickAsync();
        await page.GetByLabel("New outlet name").FillAsync("Semafor");

        await page.GetByLabel("Article text").FillAsync(
            "Amazon is in talks to invest as much as $50 billion in OpenAI, Semafor reported, citing the Financial Times. Semafor first reported the talks.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find figures" }).ClickAsync();

        var sources = page.GetByRole(AriaRole.List, new() { Name = "Sources it cites" }).GetByRole(AriaRole.Listitem);
        await Expect(sources).ToHaveCountAsync(1);
        await Expect(sources.GetByRole(AriaRole.Button, new() { Name = "Relies on Financial Times" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add outlet «Semafor»" })).ToHaveCountAsync(0);

        await page.GetByLabel("New outlet name").FillAsync("Wall Street Journal");
        await page.GetByLabel("Article text").FillAsync("Amazon is in talks to invest as much as $50 billion in OpenAI, the Journal reported.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find figures" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Sources it cites" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Relies on The Wall Street Journal" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NewReport_TypeAnOutletNotListed_OffersToAddIt()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");

        await page.GetByLabel("Outlet", new() { Exact = true }).FillAsync("Semafor");
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = "New outlet “Semafor”" }).ClickAsync();

        await Expect(page.GetByLabel("New outlet name")).ToHaveValueAsync("Semafor");
        await Expect(page.GetByLabel("Outlet kind")).ToHaveValueAsync("Online publication");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pick an existing outlet" }).ClickAsync();
        await Expect(page.GetByLabel("Outlet", new() { Exact = true })).ToHaveValueAsync("");
    }

    [Fact]
    public async Task NewReport_KeyboardOnly_FindsAcceptsAndDropsFigures()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");
        var text = page.GetByLabel("Article text");
        await text.FillAsync(Article);

        await text.PressAsync("Control+Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept as much as $40 billion" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("a");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept up to $90 billion" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("d");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept about $800 billion" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // The figures are done, but not the rest of the draft: focus goes on to the next list with proposals left, not to "Done".
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Keep in the source note" })).ToBeFocusedAsync();
        var finderStatus = page.Locator("#finder-status");
        await Expect(finderStatus).ToContainTextAsync("Still to decide: 1 anonymous-sources note and 1 stage or response claim");
        await Expect(finderStatus).Not.ToContainTextAsync("Done");
        await page.Keyboard.PressAsync("d");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept Response: Amazon declined to comment" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("d");

        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "Done: 2 figures accepted as claims, 1 dropped" });
        await Expect(status).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 1", Exact = true }).GetByLabel("Quote", new() { Exact = true })).ToHaveValueAsync("as much as $40 billion");
        var second = page.GetByRole(AriaRole.Region, new() { Name = "Claim 2", Exact = true });
        await Expect(second.GetByLabel("Quote", new() { Exact = true })).ToHaveValueAsync("about $800 billion");
        await Expect(second.GetByLabel("Hedge")).ToHaveValueAsync("Approximately");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim 3", Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NewReport_ArticleOverTheLimitThenALongOne_SaysSoThenFindsTheFigure()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports/new");
        var text = page.GetByLabel("Article text");
        var find = page.GetByRole(AriaRole.Button, new() { Name = "Find figures" });
        const string filler = "The company said nothing new about its plans for the year ahead. ";

        await text.FillAsync(string.Concat(Enumerable.Repeat(filler, (100_000 / filler.Length) + 1)));
        await find.ClickAsync();
        await Expect(page.Locator("#finder-status")).ToContainTextAsync("DealTracker reads at most 100,000");

        // Far more than one SignalR message (32 KB), and still read whole: the figure is at the very end.
        await text.FillAsync(string.Concat(Enumerable.Repeat(filler, 90_000 / filler.Length)) + "Amazon could invest roughly €12bn.");
        await find.ClickAsync();
        // Reading 90,000 characters is a second of work on a quiet machine: the wait allows for a busy one (no timing asserted).
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Proposed figures" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept roughly €12bn" })).ToBeVisibleAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task EditReport_SavedMeanwhileByAnother_ShowsConflictAndReloadsTheirChange()
    {
        await using var mine = await fixture.OpenAsync();
        await using var theirs = await fixture.OpenAsync();
        var run = Unique();
        await mine.Page.SignInAsEditorAsync("/admin/reports?q=TechCrunch");
        await mine.Page.Locator("tbody tr").Filter(new() { HasTextString = "TechCrunch" }).GetByRole(AriaRole.Link).ClickAsync();
        await mine.Page.WaitForURLAsync(new Regex("/admin/reports/[0-9]+$"));
        var address = new Uri(mine.Page.Url).AbsolutePath;
        await theirs.Page.SignInAsAdminAsync(address);

        var theirNote = $"Checked against the TechCrunch archive ({run})";
        await theirs.Page.GetByLabel("Source note (optional)").FillAsync(theirNote);
        await theirs.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(theirs.Page.Locator(".mud-snackbar")).ToContainTextAsync("Report saved");

        await mine.Page.GetByLabel("Headline", new() { Exact = true }).FillAsync($"My headline that must not win ({run})");
        await mine.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        var conflict = mine.Page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "Someone else saved this report after you opened it" });
        await Expect(conflict).ToBeVisibleAsync();

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Load the saved version" }).ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(mine.Page.GetByLabel("Source note (optional)")).ToHaveValueAsync(theirNote);
        await Expect(mine.Page.GetByLabel("Headline", new() { Exact = true })).ToHaveValueAsync("");
    }

    private static ILocator InvestmentCard(IPage page) =>
        page.Locator(".dt-figure").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Amazon’s investment" }) });

    /// <summary>The card's "Origins" line: the outlets its figures come from in the end.</summary>
    private static string Origins(string card) => Regex.Match(card, @"Origins\s*\n(?<origins>[^\n]*)").Groups["origins"].Value;

    /// <summary>The card's "Carried by N outlets".</summary>
    private static int OutletCount(string card) =>
        int.Parse(Regex.Match(card, @"(?<count>[0-9]+) outlets?\b").Groups["count"].Value, CultureInfo.InvariantCulture);

    private static async Task<int> TotalAsync(IPage page)
    {
        var total = page.Locator(".dt-row-list-total");
        await Expect(total).ToHaveAttributeAsync("data-total", new Regex("^[0-9]+$"));
        return int.Parse((await total.GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture);
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];
}
