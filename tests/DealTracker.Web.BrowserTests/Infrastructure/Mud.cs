using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>Driving MudBlazor inputs the way a person does: by their labels, then the option shown.</summary>
public static class Mud
{
    /// <summary>The input labelled <paramref name="label"/> (exactly) inside <paramref name="scope"/>, such as a dialog.</summary>
    public static ILocator Field(this ILocator scope, string label) => scope.GetByLabel(label, new() { Exact = true });

    /// <summary>The whole control of a labelled input: the input, its label and its helper or error text.</summary>
    public static ILocator FieldControl(this ILocator scope, string label) =>
        scope.Locator(".mud-input-control").Filter(new() { Has = scope.Page.GetByLabel(label, new() { Exact = true }) });

    /// <summary>Opens the MudSelect labelled <paramref name="label"/> and picks the option shown as <paramref name="option"/>.</summary>
    public static async Task PickAsync(this ILocator scope, string label, string option)
    {
        await scope.Field(label).ClickAsync();
        await scope.Page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(scope.Field(label)).ToHaveValueAsync(option);
    }

    /// <summary>Types into the MudAutocomplete labelled <paramref name="label"/> and picks the option shown as <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(this ILocator scope, string label, string option)
    {
        var input = scope.Field(label);
        await input.ClickAsync();
        await input.FillAsync(option);

        // The click opened the list of every choice; wait for the search for the typed words to answer before picking, or its late
        // answer opens the list again after the pick, over the next button (a rare CI failure in ManageDealsTests).
        var list = scope.Page.Locator(".mud-popover-open");
        await Assertions.Expect(list.GetByRole(AriaRole.Option).Filter(new() { HasNotText = option })).ToHaveCountAsync(0);
        await list.GetByText(option, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(input).ToHaveValueAsync(option);
    }
}
