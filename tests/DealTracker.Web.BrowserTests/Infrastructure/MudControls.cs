using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>Using MudBlazor's inputs the way an editor does: open the list, pick the option by its words.</summary>
public static class MudControls
{
    /// <summary>Opens a MudSelect (found by its label) and picks the option with exactly this text.</summary>
    public static async Task ChooseAsync(this ILocator select, string option)
    {
        await select.ClickAsync();
        var list = select.Page.Locator(".mud-popover-open");
        await list.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(select).ToHaveValueAsync(option);
    }

    /// <summary>Types into a MudAutocomplete (found by its label) and picks the suggestion with exactly this text.</summary>
    public static async Task TypeAndChooseAsync(this ILocator autocomplete, string text, string option)
    {
        await autocomplete.FillAsync(text);
        var list = autocomplete.Page.Locator(".mud-popover-open");
        await list.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(autocomplete).ToHaveValueAsync(option);
    }

    /// <summary>
    /// Waits until every snackbar has faded in: mid-animation its colours are blended with the page, and
    /// axe would measure a contrast no reader sees for more than a moment.
    /// </summary>
    public static Task WaitForSnackbarsSettledAsync(this IPage page) =>
        page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.mud-snackbar')].every(e => e.getAnimations({ subtree: true }).length === 0 && getComputedStyle(e).opacity === '1')");

    /// <summary>The input's whole control: the input, its label, and the helper or error text under it.</summary>
    public static ILocator Control(this ILocator input) =>
        input.Locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' mud-input-control ')][1]");
}
