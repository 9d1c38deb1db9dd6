using AngleSharp;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>Posting the sign-in form as a browser does: its antiforgery token and handler name included.</summary>
public static class SignIn
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password)
    {
        var form = await FormFieldsAsync(client, "/account/login");
        form["Input.Email"] = email;
        form["Input.Password"] = password;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    /// <summary>The hidden fields (antiforgery token, handler) of the first form on a page.</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        return document.QuerySelectorAll("form input[type=hidden]")
            .Where(input => input.GetAttribute("name") is { Length: > 0 })
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
    }
}
