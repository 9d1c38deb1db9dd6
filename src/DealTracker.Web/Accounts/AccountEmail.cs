using System.Globalization;

namespace DealTracker.Web.Accounts;

/// <summary>
/// The one rule for an account's email, in the app's own words, checked before Identity sees the address (so none of its
/// "Username … is invalid" messages reach a page): a plain address, <c>name@example.com</c>, with no display name or
/// brackets, at most <see cref="MaximumLength"/> characters (RFC 5321's bound, under the store's 256-character columns
/// for the account and for the editor's name on every history row), the part before the @ of RFC 5322's plain characters
/// (no accents, no other scripts, no invisible characters: one address is never two look-alike accounts) and the part
/// after it a domain with a dot (<c>a@b</c> is no address anyone can write to).
/// </summary>
public static class AccountEmail
{
    /// <summary>The longest address a mail server takes (RFC 5321: a 256-character path less its angle brackets).</summary>
    public const int MaximumLength = 254;

    /// <summary>The longest part before the @ (RFC 5321).</summary>
    public const int MaximumLocalLength = 64;

    /// <summary>The signs the part before the @ may hold besides letters, digits and dots (RFC 5322's atext).</summary>
    private const string LocalSigns = "!#$%&'*+-/=?^_`{|}~";

    /// <summary>
    /// Every character an account's email may hold: Identity's <c>AllowedUserNameCharacters</c> is set to these, so its own
    /// check of the user name (the email) can never refuse an address this rule accepts.
    /// </summary>
    public const string AllowedCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789." + LocalSigns + "@";

    /// <summary>What a page says when an address already has an account, whatever its case.</summary>
    public static string Duplicate(string email) => $"An account with the email {email} already exists.";

    /// <summary>The address as it is kept (trimmed), or null when <paramref name="email"/> is empty.</summary>
    public static string? Clean(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    /// <summary>Null when <paramref name="email"/> (trimmed) is a plain address this app accepts; otherwise what is wrong, in words.</summary>
    public static string? Problem(string? email)
    {
        if (Clean(email) is not { } address)
        {
            return "Enter an email address.";
        }

        if (address.Length > MaximumLength)
        {
            return $"An email address can be at most {MaximumLength} characters; this one has {address.Length}.";
        }

        if (address.Contains('<', StringComparison.Ordinal) || address.Contains('>', StringComparison.Ordinal)
            || address.Contains('"', StringComparison.Ordinal) || address.Contains(',', StringComparison.Ordinal)
            || address.Any(char.IsWhiteSpace))
        {
            return "Write the address alone, such as name@example.com: no name, quotes, brackets or spaces around or in it.";
        }

        var bad = address.AsSpan().IndexOfAnyExcept(AllowedCharacters);
        if (bad >= 0)
        {
            return $"An email address here can hold only unaccented letters (a–z), digits, dots and the signs {LocalSigns} before the @; it cannot hold {Describe(address[bad])}.";
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at < 0 || at != address.LastIndexOf('@'))
        {
            return "Write the address as name@example.com: one @ between the name and the domain.";
        }

        return LocalProblem(address[..at]) ?? DomainProblem(address[(at + 1)..]);
    }

    private static string? LocalProblem(string local)
    {
        if (local.Length == 0)
        {
            return "Write the address as name@example.com: the name before the @ is missing.";
        }

        if (local.Length > MaximumLocalLength)
        {
            return $"The part before the @ can be at most {MaximumLocalLength} characters; this one has {local.Length}.";
        }

        return local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)
            ? "The part before the @ cannot start or end with a dot, or hold two dots in a row."
            : null;
    }

    private static string? DomainProblem(string domain)
    {
        var labels = domain.Split('.');
        var wellFormed = labels.Length >= 2
            && labels.All(label => label.Length is > 0 and <= 63 && !label.StartsWith('-') && !label.EndsWith('-') && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && labels[^1].Any(char.IsAsciiLetter);
        return wellFormed ? null : $"The part after the @ must be a domain with a dot, such as example.com; “{domain}” is not.";
    }

    private static string Describe(char c) =>
        char.IsSurrogate(c) ? "a character outside the basic plane, such as an emoji"
        : char.IsControl(c) || DealTracker.Domain.Text.VisibleText.IsInvisible(c) ? string.Create(CultureInfo.InvariantCulture, $"the invisible character U+{(int)c:X4}")
        : $"“{c}”";
}
