namespace DealTracker.Web.Accounts;

/// <summary>The two roles. Editors change content; admins change content and accounts.</summary>
public static class Roles
{
    public const string Editor = "Editor";

    public const string Admin = "Admin";

    /// <summary>For <c>[Authorize(Roles = …)]</c>: anyone who may change content.</summary>
    public const string EditorOrAdmin = Editor + "," + Admin;

    public static readonly string[] All = [Editor, Admin];
}
