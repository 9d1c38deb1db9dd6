using System.Security.Claims;
using DealTracker.Web.Accounts;
using DealTracker.Web.Data;

namespace DealTracker.Web.Services.Editing;

public static class EditorStamps
{
    /// <summary>The stamp of a signed-in editor or admin; null for anyone else, who may change nothing.</summary>
    public static EditorStamp? ForEditor(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || !(user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin)))
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.Identity.Name ?? user.FindFirstValue(ClaimTypes.Email);
        return id is null ? null : new EditorStamp(id, name ?? id);
    }
}
