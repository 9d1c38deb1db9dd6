using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// <c>MetricRules.AtAValuation.cs</c>: a figure between "at a" and "valuation" is the valuation, whatever raise, fund word or takeover
/// is around it. Found in the sixteenth session's sealed set (issue74): "xAI was previously raising funds at a $40 billion valuation"
/// read as a fund's close, a round size. Every such figure in the corpus (109) is labelled a valuation.
/// </summary>
public sealed class AtAValuationTests
{
    public static TheoryData<string, string> Generated()
    {
        string[] frames =
        [
            "{0} was previously raising funds at a {1} valuation, before factoring in the new cash, The Wall Street Journal reported.",
            "{0} is raising new funds at a {1} valuation.",
            "{0} closed its fund-raising at a {1} post-money valuation.",
            "{0} is in talks to raise money from investors at an {1} pre-money valuation, people familiar with the matter said.",
            "{0} sold shares to employees at a roughly {1} valuation.",
            "{0} will be acquired at a {1} (about €7 billion) valuation, including debt.",
        ];
        string[] companies = ["xAI", "Mistral AI", "Anthropic", "the fund manager"];
        string[] amounts = ["$40 billion", "€8.5bn", "US$800 million", "$18 billion"];
        var data = new TheoryData<string, string>();
        foreach (var frame in frames)
        {
            foreach (var (company, amount) in companies.Zip(amounts))
            {
                var sentence = string.Format(frame, company, amount);
                data.Add(char.ToUpperInvariant(sentence[0]) + sentence[1..], amount);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Generated))]
    public void Read_FigureBetweenAtAAndValuation_IsAValuation(string sentence, string amount)
    {
        var figure = Assert.Single(Read(sentence).Figures, f => f.Figure.Text.EndsWith(amount, StringComparison.Ordinal) || amount.EndsWith(f.Figure.Text, StringComparison.Ordinal));

        Assert.Equal(Metric.Valuation, figure.Metric);
    }

    [Theory]
    // A price, then the valuation named after its own phrase or further on: not the figure's.
    [InlineData("The fund bought shares at a $2 price, and the valuation rose.", "$2")]
    [InlineData("OpenAI raised $6.6 billion at a premium to its last valuation.", "$6.6 billion")]
    [InlineData("Investors bought in at a $5 billion discount, lifting the valuation.", "$5 billion")]
    public void Read_ValuationNotRightAfterTheFigure_IsNotReadAsOne(string sentence, string amount)
    {
        var figure = Assert.Single(Read(sentence).Figures, f => f.Figure.Text.EndsWith(amount, StringComparison.Ordinal));

        Assert.NotEqual(Metric.Valuation, figure.Metric);
    }
}
