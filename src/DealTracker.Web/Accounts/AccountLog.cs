namespace DealTracker.Web.Accounts;

/// <summary>Account events worth a log line. Passwords and tokens never appear in them (the first-admin set-up link goes to the console only, see FirstAdmin).</summary>
internal static partial class AccountLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Email} signed in.")]
    public static partial void SignedIn(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Email} is locked out after repeated failed sign-ins.")]
    public static partial void LockedOut(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Email} changed their password.")]
    public static partial void PasswordChanged(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Admin} did: {Action} {Email}.")]
    public static partial void AccountChanged(ILogger logger, string admin, string action, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an account change by {Admin}: {Action} {Email}, because {Reason}.")]
    public static partial void AccountChangeRefused(ILogger logger, string admin, string action, string email, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store refused an account change: {Action} {Email}.")]
    public static partial void AccountWriteFailed(ILogger logger, Exception exception, string action, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an editor's change by {Editor}: {Action}, because {Reason}.")]
    public static partial void EditorChangeRefused(ILogger logger, string editor, string action, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-in failed.")]
    public static partial void SignInFailed(ILogger logger);
}
