using Microsoft.AspNetCore.Identity;

namespace DealTracker.Web.Accounts;

/// <summary>A person who signs in to enter and correct reports: an editor or an admin.</summary>
public sealed class EditorUser : IdentityUser;
