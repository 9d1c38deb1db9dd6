using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A company's head announcing its plan speaks for the company (InvestorRules.CompanyHeads.cs), and an announced plan joins the verb
/// chain before the money verb (InvestorRules.PutsMoneyIn). Rows: issue88's misses the rules were fitted to (read after its unseen
/// measure), the corpus's counter-examples (a head's own money), generated frames (companies × amounts).
/// </summary>
public sealed class CompanyHeadsTests
{
    private static readonly string[] _companies = ["Nvidia", "Meta", "SoftBank Group"];
    private static readonly string[] _amounts = ["$5 billion", "€700 million", "¥50 billion"];

    private static readonly string[] _announcedPlanFrames =
    [
        "The news comes days after {0} announced plans to invest {1} in Intel.",
        "Shares jumped after {0} unveiled its plan to invest {1} in the startup.",
        "The stock rose as {0} confirmed it would invest {1} in the venture.",
    ];

    public static TheoryData<string, string, string> AnnouncedPlans()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var frame in _announcedPlanFrames)
        {
            foreach (var company in _companies)
            {
                foreach (var amount in _amounts)
                {
                    data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, company, amount), amount, company);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AnnouncedPlans))]
    // issue88 (https://timesofindia.indiatimes.com/technology/tech-news/after-nvidia-softbank-and-us-government-struggling-chipmaker-intel-may-get-another-lifeline-from-apple/articleshow/124105144.cms): an announced plan after "after".
    [InlineData("The news comes days after Nvidia announced plans to invest $5 billion in Intel, purchasing stock at $23.28 per share—a 6.5% discount.", "$5 billion", "Nvidia")]
    // corpus (blind): the chief executive announces the company's plan.
    [InlineData("In mid-January, Meta CEO Mark Zuckerberg announced plans to invest up to $65 billion this year, including funding for a large data center and AI talent recruitment.", "up to $65 billion", "Meta")]
    public void Read_AnnouncedPlanToInvest_TheCompanyIsTheInvestor(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    // corpus: a head's own money ("his … offer") stays the head's.
    [InlineData("Ineos chief executive Jim Ratcliffe is looking to invest $300 million (£245 million) in Manchester United's infrastructure, in addition to his $1.5 billion plus offer to buy a 25 per cent stake in the club.", "$300 million", "Jim Ratcliffe")]
    // A head's own intention, no announcement for the company.
    [InlineData("Virgin chairman Richard Branson is looking to invest $200 million in the airline.", "$200 million", "Richard Branson")]
    public void Read_HeadsOwnMoney_TheHeadIsTheInvestor(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }
}
