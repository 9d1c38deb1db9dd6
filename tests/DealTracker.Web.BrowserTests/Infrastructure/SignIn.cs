using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>Signing in the way an editor does: the sign-in form, then the editor desk.</summary>
public static class SignIn
{
    /// <summary>Signs in through /account/login and waits for the live editor desk (or <paramref name="returnUrl"/>).</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string returnUrl = "/admin")
    {
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == returnUrl.Split('?')[0]);
        await page.WaitForCircuitAsync();
    }

    public static Task SignInAsEditorAsync(this IPage page, string returnUrl = "/admin") =>
        page.SignInAsync(DealTrackerServer.EditorEmail, DealTrackerServer.EditorPassword, returnUrl);

    public static Task SignInAsAdminAsync(this IPage page, string returnUrl = "/admin") =>
        page.SignInAsync(DealTrackerServer.AdminEmail, DealTrackerServer.AdminPassword, returnUrl);
}
