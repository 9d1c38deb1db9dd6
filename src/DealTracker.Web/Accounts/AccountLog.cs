namespace DealTracker.Web.Accounts;

/// <summary>Account events worth a log line. Passwords and tokens never appear in them (the set-up link is the one deliberate exception, see FirstAdmin).</summary>
internal static partial class AccountLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Email} signed in.")]
    public static partial void SignedIn(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Email} is locked out after repeated failed sign-ins.")]
    public static partial void LockedOut(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-in failed.")]
    public static partial void SignInFailed(ILogger logger);
}
