using System.Net;
using System.Text.RegularExpressions;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Components.Pages.Admin;

/// <summary>
/// Every editor page's title says it is the editor desk ("Inbox · Editor desk · DealTracker"), so a reader of tabs or of a
/// screen reader's window list tells them from the public pages. The pages are found by reflection, as for their sign-in.
/// </summary>
public sealed partial class AdminPageTitlesTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Theory]
    [MemberData(nameof(AdminAuthorizationTests.AdminPages), MemberType = typeof(AdminAuthorizationTests))]
    public async Task Get_AdminPage_HasAnEditorDeskTitle(string path)
    {
        var admin = await app.CreateAdminClientAsync();

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var title = TitleRegex().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.True(title.EndsWith("Editor desk · DealTracker", StringComparison.Ordinal), $"{path} has the title “{title}”.");
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleRegex();
}
