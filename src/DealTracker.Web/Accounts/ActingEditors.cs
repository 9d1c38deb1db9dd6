using System.Security.Claims;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Components.Authorization;

namespace DealTracker.Web.Accounts;

/// <summary>
/// The stamp an editor page writes with, checked against the store at the moment of the change. A
/// circuit's sign-in is cached and re-validated only once a minute, so an editor disabled, locked out,
/// left without a role, signed out everywhere or given a new password since the page opened would
/// otherwise keep writing until then; here they write nothing from that moment. The HTTP API needs no
/// such check: its cookie is validated on every request.
/// </summary>
public sealed class ActingEditors(IServiceScopeFactory scopes, ILogger<ActingEditors> logger)
{
    /// <summary>The stamp of a page's sign-in (its cascading authentication state), checked as <see cref="StampAsync(ClaimsPrincipal?, string)"/>.</summary>
    public async Task<EditorStamp?> StampAsync(Task<AuthenticationState>? page, string action) =>
        page is null ? null : await StampAsync((await page).User, action);

    /// <summary>The editor's stamp when <paramref name="acting"/> may change things now; otherwise null, and the refusal logged.</summary>
    public async Task<EditorStamp?> StampAsync(ClaimsPrincipal? acting, string action)
    {
        if (EditorStamps.ForEditor(acting) is not { } stamp)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var problem = await scope.ServiceProvider.GetRequiredService<EditorAccounts>().ActingEditorProblemAsync(acting!);
        if (problem is null)
        {
            return stamp;
        }

        AccountLog.EditorChangeRefused(logger, stamp.Name, action, problem);
        return null;
    }
}
