using System.Text.RegularExpressions;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Reports;

/// <summary>The editors' report list over the seed: searched as one types, the search kept in the address.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportListTests(BrowserFixture browser)
{
    [Fact]
    public async Task ReportList_TypeToSearch_FiltersKeepsFocusAndPutsTheSearchInTheAddress()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin/reports");
        var search = page.GetByLabel("Search reports");
        var total = page.Locator(".dt-row-list-total");
        await Expect(total).ToContainTextAsync("10 reports");

        await search.PressSequentiallyAsync("Financial", new() { Delay = 60 });

        await Expect(total).ToContainTextAsync("2 reports match “Financial”");
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/reports\?q=Financial$"));
        await Expect(search).ToBeFocusedAsync();
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);

        await page.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/reports/[0-9]+$"));
        await page.GoBackAsync();
        await Expect(search).ToHaveValueAsync("Financial");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
    }
}
