using DealTracker.Web.Accounts;

namespace DealTracker.Web.UnitTests.Accounts;

/// <summary>One rule for an account's email, in the app's words and within the store's bounds.</summary>
public sealed class AccountEmailTests
{
    [Theory]
    [InlineData("editor@example.com")]
    [InlineData("  Editor.Name+desk@News.Example.co.uk ")]
    [InlineData("o'brien@example.com")]
    [InlineData("a_b-c@sub-domain.example.org")]
    public void Problem_PlainAddress_IsNone(string email)
    {
        Assert.Null(AccountEmail.Problem(email));
    }

    [Fact]
    public void Problem_LongestAddress_IsNone()
    {
        var email = $"{new string('a', 64)}@{new string('b', 63)}.{new string('c', 63)}.{new string('d', 57)}.com";

        Assert.Equal(AccountEmail.MaximumLength, email.Length);
        Assert.Null(AccountEmail.Problem(email));
    }

    public static TheoryData<string?, string> Refused => new()
    {
        { null, "Enter an email address." },
        { "   ", "Enter an email address." },
        { $"{new string('a', 250)}@example.com", "at most 254 characters; this one has 262" },
        { "Bob <bob@example.com>", "Write the address alone" },
        { "\"Bob\" bob@example.com", "Write the address alone" },
        { "bob @example.com", "Write the address alone" },
        { "édith@example.com", "it cannot hold “é”" },
        { "ed\u200Bith@example.com", "the invisible character U+200B" },
        { "bob@exämple.com", "it cannot hold “ä”" },
        { "bob.example.com", "one @ between the name and the domain" },
        { "bob@@example.com", "one @ between the name and the domain" },
        { "@example.com", "the name before the @ is missing" },
        { $"{new string('a', 65)}@example.com", "at most 64 characters; this one has 65" },
        { ".bob@example.com", "cannot start or end with a dot" },
        { "bo..b@example.com", "cannot start or end with a dot" },
        { "a@b", "a domain with a dot, such as example.com; “b” is not" },
        { "a@-b.com", "a domain with a dot" },
        { "a@b..com", "a domain with a dot" },
        { "a@127.0.0.1", "a domain with a dot" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Problem_NotAPlainAddress_SaysWhatIsWrongWithoutIdentityWords(string? email, string expected)
    {
        var problem = AccountEmail.Problem(email);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Username", problem, StringComparison.Ordinal);
    }
}
