using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Investor frames read after the other investor rules (InvestorRules.ClearFrames.cs): rows from the seventeenth session's sealed sets
/// issue78–80 (read before these rules were written), generated frames (givers × amounts), and counter-examples.
/// </summary>
public sealed class ClearInvestorFramesTests
{
    private static readonly string[] _givers = ["Providence", "CNOOC", "Temasek"];
    private static readonly string[] _amounts = ["$260 million", "€85 million"];

    public static TheoryData<string, string, string> Generated
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var giver in _givers)
            {
                foreach (var amount in _amounts)
                {
                    data.Add($"Most of the price was financed with debt, with {giver} only committing {amount} of equity.", amount, giver);
                    data.Add($"{giver} said on Monday it would invest {amount} in the startup.", amount, giver);
                    data.Add($"{giver} said in September that it would pay {amount} to buy a 12.5 percent stake in the project.", amount, giver);
                    data.Add($"The company is backed by investments from {giver} ({amount}) and others.", amount, giver);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Generated))]
    [InlineData("Anthropic’s sudden pledge to anchor Claude on Microsoft Azure with a reported $30 billion compute commitment — backed by concurrent investments from NVIDIA (up to $10 billion) and Microsoft (up to $5 billion) — is the most consequential pact of the AI era so far.", "up to $10 billion", "NVIDIA")]
    [InlineData("Anthropic’s sudden pledge to anchor Claude on Microsoft Azure with a reported $30 billion compute commitment — backed by concurrent investments from NVIDIA (up to $10 billion) and Microsoft (up to $5 billion) — is the most consequential pact of the AI era so far.", "up to $5 billion", "Microsoft")]
    [InlineData("CNOOC said in September it would pay US$275 million to buy a 12.5 percent stake in the project from BP PLC.", "US$275 million", "CNOOC")]
    [InlineData("Most of that was financed with debt, however, with Providence only committing $260 million of equity to the purchase price.", "$260 million", "Providence")]
    [InlineData("The delay comes as the company waits for CFIUS to conclude its review of a $335 million investment from Abu Dhabi-based cloud computing and AI company G42.", "$335 million", "G42")]
    public void Read_ClearInvestorFrame_NamesTheGiver(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    // Counter-examples: a speaker who says another company will pay; a receiver named with "with".
    [InlineData("Reuters said on Monday that SoftBank would invest $2 billion in the startup.", "$2 billion", "SoftBank")]
    [InlineData("The startup closed the round with Sequoia investing $20 million.", "$20 million", "Sequoia")]
    public void Read_SpeakerOrRoundWithAGiver_NamesTheGiverNotTheSpeaker(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }
}
