using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The sixth round's variant audit: for each cue class the rules know, the variants a wire writer would use (tense, voice, word
/// order, apposition, nominalisation, synonyms), written for these tests rather than taken from any corpus. Each row is one
/// sentence; a row that fails names a phrasing the rules do not read.
/// </summary>
public sealed class ContextReaderVariantRulesTests
{
    // ---------------------------------------------------------------- metric: investment

    [Theory]
    [InlineData("Microsoft invests $2 billion in OpenAI.", "$2 billion")]
    [InlineData("Microsoft invested $2 billion in OpenAI last year.", "$2 billion")]
    [InlineData("Microsoft will invest $2 billion in OpenAI.", "$2 billion")]
    [InlineData("Microsoft is investing $2 billion in OpenAI.", "$2 billion")]
    [InlineData("Microsoft has invested $2 billion in OpenAI.", "$2 billion")]
    [InlineData("Microsoft would invest $2 billion in OpenAI under the plan.", "$2 billion")]
    [InlineData("Microsoft plans to invest up to $2 billion in OpenAI.", "$2 billion")]
    [InlineData("Microsoft has agreed to invest as much as $2 billion in the startup.", "$2 billion")]
    [InlineData("Microsoft is in talks to invest about $2 billion in the startup.", "$2 billion")]
    [InlineData("Microsoft poured $2 billion into OpenAI.", "$2 billion")]
    [InlineData("Microsoft is pouring $2 billion into OpenAI.", "$2 billion")]
    [InlineData("Microsoft will pour another $2 billion into OpenAI.", "$2 billion")]
    [InlineData("Microsoft injected $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft ploughed $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft plowed $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft is set to plough up to $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft committed $2 billion to the startup.", "$2 billion")]
    [InlineData("Microsoft has committed $2 billion to the startup.", "$2 billion")]
    [InlineData("Microsoft pumped $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft chipped in $200 million.", "$200 million")]
    [InlineData("Nvidia also chipped in with $200 million.", "$200 million")]
    [InlineData("Microsoft funded the startup with $200 million.", "$200 million")]
    [InlineData("Microsoft bankrolled the startup with $200 million.", "$200 million")]
    [InlineData("Microsoft pledged $2 billion to the startup.", "$2 billion")]
    [InlineData("Microsoft has pledged to invest $2 billion in the startup.", "$2 billion")]
    [InlineData("Microsoft stumped up $2 billion for the stake.", "$2 billion")]
    [InlineData("Microsoft sank $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft put $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft is putting $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft put in $2 billion.", "$2 billion")]
    [InlineData("Microsoft contributed $500 million to the round.", "$500 million")]
    [InlineData("Microsoft will contribute $500 million to the round.", "$500 million")]
    [InlineData("Microsoft made a $2 billion investment in OpenAI.", "$2 billion")]
    [InlineData("Microsoft's $2 billion investment in OpenAI paid off.", "$2 billion")]
    [InlineData("Microsoft's investment of $2 billion in OpenAI paid off.", "$2 billion")]
    [InlineData("OpenAI got a $2 billion investment from Microsoft.", "$2 billion")]
    [InlineData("The $2 billion investment from Microsoft closed on Friday.", "$2 billion")]
    [InlineData("$2 billion was invested by Microsoft in the startup.", "$2 billion")]
    [InlineData("A further $2 billion will be invested by Microsoft.", "$2 billion")]
    [InlineData("OpenAI received $2 billion from Microsoft.", "$2 billion")]
    [InlineData("OpenAI secured $2 billion from Microsoft.", "$2 billion")]
    [InlineData("OpenAI will get $2 billion from Microsoft.", "$2 billion")]
    [InlineData("The startup landed $500 million from Microsoft.", "$500 million")]
    [InlineData("The startup won $500 million in backing from Microsoft.", "$500 million")]
    [InlineData("The startup was backed with $500 million by Microsoft.", "$500 million")]
    [InlineData("Microsoft backed the startup with $500 million.", "$500 million")]
    [InlineData("Microsoft took a $2 billion stake in OpenAI.", "$2 billion")]
    [InlineData("Microsoft will take a $2 billion stake in the startup.", "$2 billion")]
    [InlineData("Microsoft bought a $2 billion stake in the startup.", "$2 billion")]
    [InlineData("Microsoft's $2 billion bet on OpenAI has paid off.", "$2 billion")]
    [InlineData("Microsoft's $2 billion commitment to OpenAI was renewed.", "$2 billion")]
    [InlineData("Microsoft will funnel $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft agreed to buy $2 billion of the startup's shares.", "$2 billion")]
    [InlineData("Microsoft bought $2 billion worth of shares in the startup.", "$2 billion")]
    [InlineData("Microsoft anchored the round with $500 million.", "$500 million")]
    [InlineData("Microsoft led the round with $500 million.", "$500 million")]
    [InlineData("Microsoft wrote a $500 million check to the startup.", "$500 million")]
    [InlineData("Microsoft wrote a $500 million cheque for the startup.", "$500 million")]
    [InlineData("Microsoft, which invested $2 billion in OpenAI, declined to comment.", "$2 billion")]
    [InlineData("Microsoft is also investing $2 billion in OpenAI.", "$2 billion")]
    [InlineData("Microsoft has been investing $2 billion a year in startups.", "$2 billion")]
    [InlineData("An investment of $2 billion by Microsoft was announced.", "$2 billion")]
    [InlineData("Microsoft will deploy $2 billion into the startup.", "$2 billion")]
    [InlineData("Microsoft earmarked $2 billion for the startup.", "$2 billion")]
    [InlineData("Microsoft has set aside $2 billion to invest in the startup.", "$2 billion")]
    [InlineData("Microsoft is expected to invest roughly $2 billion.", "$2 billion")]
    [InlineData("Microsoft could invest between $1 billion and $2 billion.", "$1 billion")]
    [InlineData("Microsoft's stake, worth $2 billion, was bought last year.", "$2 billion")]
    [InlineData("Microsoft acquired a 10% stake in the startup for $2 billion.", "$2 billion")]
    [InlineData("Microsoft paid $2 billion for a 10% stake in the startup.", "$2 billion")]
    [InlineData("Microsoft is spending $2 billion on a minority stake in the startup.", "$2 billion")]
    [InlineData("The startup took in $500 million from Microsoft.", "$500 million")]
    [InlineData("Microsoft co-invested $500 million alongside Nvidia.", "$500 million")]
    [InlineData("Microsoft doubled its investment to $2 billion.", "$2 billion")]
    [InlineData("Microsoft upped its stake with a further $2 billion.", "$2 billion")]
    [InlineData("Microsoft will be investing $2 billion in the startup.", "$2 billion")]
    [InlineData("Microsoft has now invested more than $13 billion in OpenAI.", "$13 billion")]
    [InlineData("Microsoft provided $2 billion in funding to the startup.", "$2 billion")]
    [InlineData("Microsoft is providing $2 billion of equity financing to the startup.", "$2 billion")]
    [InlineData("Microsoft has bankrolled OpenAI to the tune of $13 billion.", "$13 billion")]
    [InlineData("Microsoft's financial backing of $13 billion made OpenAI possible.", "$13 billion")]
    [InlineData("Microsoft has backed OpenAI with some $13 billion.", "$13 billion")]
    [InlineData("Microsoft is the startup's biggest backer, having invested $13 billion.", "$13 billion")]
    [InlineData("Microsoft agreed to inject up to $2 billion of fresh capital into the startup.", "$2 billion")]
    public void Read_InvestmentVariant_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- metric: round size

    [Theory]
    [InlineData("OpenAI raises $6.6 billion.", "$6.6 billion")]
    [InlineData("OpenAI raised $6.6 billion last week.", "$6.6 billion")]
    [InlineData("OpenAI will raise $6.6 billion.", "$6.6 billion")]
    [InlineData("OpenAI is raising $6.6 billion.", "$6.6 billion")]
    [InlineData("OpenAI has raised $6.6 billion.", "$6.6 billion")]
    [InlineData("OpenAI is seeking to raise $6.6 billion.", "$6.6 billion")]
    [InlineData("OpenAI is in talks to raise up to $6.6 billion.", "$6.6 billion")]
    [InlineData("OpenAI is looking to raise about $6.6 billion.", "$6.6 billion")]
    [InlineData("OpenAI closed a $6.6 billion round.", "$6.6 billion")]
    [InlineData("OpenAI closed a $6.6 billion funding round.", "$6.6 billion")]
    [InlineData("OpenAI completed a $6.6 billion financing.", "$6.6 billion")]
    [InlineData("The startup announced a $100 million Series B.", "$100 million")]
    [InlineData("The startup announced a $100 million Series C round.", "$100 million")]
    [InlineData("The startup closed a $10 million seed round.", "$10 million")]
    [InlineData("The startup closed a $10 million seed funding round.", "$10 million")]
    [InlineData("The startup announced a $100 million extension to its Series B.", "$100 million")]
    [InlineData("The startup raised a Series B round of $100 million.", "$100 million")]
    [InlineData("The startup closed a funding round of $100 million.", "$100 million")]
    [InlineData("The startup closed $100 million in Series B funding.", "$100 million")]
    [InlineData("The startup secured $100 million in funding led by Sequoia.", "$100 million")]
    [InlineData("The round, which totals $100 million, was led by Sequoia.", "$100 million")]
    [InlineData("The $100 million round was led by Sequoia.", "$100 million")]
    [InlineData("The $100 million raise was led by Sequoia.", "$100 million")]
    [InlineData("Sequoia led a $100 million round in the startup.", "$100 million")]
    [InlineData("A $100 million round led by Sequoia closed on Monday.", "$100 million")]
    [InlineData("The startup closed on $100 million in new funding.", "$100 million")]
    [InlineData("The startup bagged $100 million in a Series B.", "$100 million")]
    [InlineData("The startup netted $100 million in Series B funding.", "$100 million")]
    [InlineData("The startup pulled in $100 million from investors.", "$100 million")]
    [InlineData("The startup drummed up $100 million from investors.", "$100 million")]
    [InlineData("The startup's $100 million fundraise was oversubscribed.", "$100 million")]
    [InlineData("The startup's $100 million fundraising was oversubscribed.", "$100 million")]
    [InlineData("The startup has closed a $100 million Series B financing round.", "$100 million")]
    [InlineData("The startup launched a $100 million capital raise.", "$100 million")]
    [InlineData("The $100 million funding will pay for hiring.", "$100 million")]
    [InlineData("The startup said it had secured $100 million of fresh capital.", "$100 million")]
    [InlineData("The startup brought in $100 million in its latest round.", "$100 million")]
    [InlineData("The startup scored $100 million in Series A funding.", "$100 million")]
    [InlineData("The startup snagged $100 million in seed funding.", "$100 million")]
    [InlineData("The startup picked up $100 million in new financing.", "$100 million")]
    [InlineData("The startup attracted $100 million in venture funding.", "$100 million")]
    [InlineData("The startup received $100 million in a funding round led by Sequoia.", "$100 million")]
    [InlineData("The financing, which totalled $100 million, was led by Sequoia.", "$100 million")]
    [InlineData("The round came to $100 million.", "$100 million")]
    [InlineData("The startup's latest funding round totals $100 million.", "$100 million")]
    [InlineData("The Series B round brought the startup $100 million.", "$100 million")]
    [InlineData("It was the startup's largest round yet at $100 million.", "$100 million")]
    [InlineData("Sequoia-led investors put $100 million into the startup's Series B round.", "$100 million")]
    [InlineData("The startup raised $100 million from a group of investors led by Sequoia.", "$100 million")]
    [InlineData("The startup has raised $100 million in a round co-led by Sequoia and Accel.", "$100 million")]
    [InlineData("The startup raised $100 million with participation from Sequoia.", "$100 million")]
    [InlineData("The startup raised a $100 million tranche of its Series B.", "$100 million")]
    [InlineData("The startup is out raising a $100 million round.", "$100 million")]
    [InlineData("Investors poured $100 million into the startup's latest funding round.", "$100 million")]
    public void Read_RoundVariant_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- metric: valuation

    [Theory]
    [InlineData("The startup is valued at $10 billion.", "$10 billion")]
    [InlineData("The startup was valued at $10 billion.", "$10 billion")]
    [InlineData("The startup will be valued at $10 billion.", "$10 billion")]
    [InlineData("The startup was last valued at $10 billion.", "$10 billion")]
    [InlineData("The round values the startup at $10 billion.", "$10 billion")]
    [InlineData("The round valued the startup at $10 billion.", "$10 billion")]
    [InlineData("The round will value the startup at $10 billion.", "$10 billion")]
    [InlineData("The startup raised money, valuing it at $10 billion.", "$10 billion")]
    [InlineData("The startup raised money at a valuation of $10 billion.", "$10 billion")]
    [InlineData("The startup raised money at a $10 billion valuation.", "$10 billion")]
    [InlineData("Sequoia invested in a deal that values the startup at $10 billion.", "$10 billion")]
    [InlineData("Sequoia invested in a round which values the startup at $10 billion.", "$10 billion")]
    [InlineData("The startup has a post-money valuation of $10 billion.", "$10 billion")]
    [InlineData("The startup has a pre-money valuation of $8 billion.", "$8 billion")]
    [InlineData("The round was done at $10 billion post-money.", "$10 billion")]
    [InlineData("The startup's valuation rose to $10 billion.", "$10 billion")]
    [InlineData("The startup's valuation jumped to $10 billion.", "$10 billion")]
    [InlineData("The startup's valuation has tripled to $10 billion.", "$10 billion")]
    [InlineData("The startup is seeking a valuation north of $10 billion.", "$10 billion")]
    [InlineData("The startup is seeking a valuation of about $10 billion.", "$10 billion")]
    [InlineData("The startup's valuation topped $10 billion.", "$10 billion")]
    [InlineData("The deal implies a valuation of $10 billion.", "$10 billion")]
    [InlineData("The deal gives the startup an implied valuation of $10 billion.", "$10 billion")]
    [InlineData("The startup fetched a valuation in excess of $10 billion.", "$10 billion")]
    [InlineData("The startup is now valued at about $10 billion.", "$10 billion")]
    [InlineData("The investment values the company at roughly $10 billion.", "$10 billion")]
    [InlineData("The startup targets a valuation of between $8 billion and $10 billion.", "$8 billion")]
    [InlineData("The startup was priced at $10 billion in the round.", "$10 billion")]
    [InlineData("The round priced the startup at $10 billion.", "$10 billion")]
    [InlineData("The startup commands a $10 billion valuation.", "$10 billion")]
    [InlineData("The funding gives the startup a valuation of $10 billion.", "$10 billion")]
    [InlineData("The startup, valued at $10 billion, makes chips.", "$10 billion")]
    [InlineData("The startup, now worth $10 billion, makes chips.", "$10 billion")]
    [InlineData("The startup is now worth $10 billion after the round.", "$10 billion")]
    [InlineData("The $10 billion startup makes chips.", "$10 billion")]
    [InlineData("The startup's valuation of $10 billion makes it Europe's largest.", "$10 billion")]
    [InlineData("The startup doubled its valuation to $10 billion.", "$10 billion")]
    [InlineData("The startup reached a valuation of $10 billion.", "$10 billion")]
    [InlineData("The startup hit a $10 billion valuation.", "$10 billion")]
    [InlineData("The startup was valued at $10 billion including the new money.", "$10 billion")]
    [InlineData("Investors valued the startup at $10 billion.", "$10 billion")]
    [InlineData("The startup sought a valuation as high as $10 billion.", "$10 billion")]
    public void Read_ValuationVariant_IsAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- metric: compute commitment

    [Theory]
    [InlineData("OpenAI agreed to buy $250 billion of Azure services.", "$250 billion")]
    [InlineData("OpenAI will purchase $250 billion of Microsoft cloud services.", "$250 billion")]
    [InlineData("OpenAI will spend $38 billion on AWS capacity.", "$38 billion")]
    [InlineData("OpenAI signed a $38 billion cloud contract with Amazon.", "$38 billion")]
    [InlineData("OpenAI signed a $38 billion cloud deal with Amazon.", "$38 billion")]
    [InlineData("OpenAI signed a $300 billion computing deal with Oracle.", "$300 billion")]
    [InlineData("OpenAI signed a $300 billion compute agreement with Oracle.", "$300 billion")]
    [InlineData("Anthropic will spend $30 billion on Azure compute capacity.", "$30 billion")]
    [InlineData("Meta will spend $10 billion on GPUs.", "$10 billion")]
    [InlineData("Meta bought $10 billion worth of GPUs.", "$10 billion")]
    [InlineData("Meta placed a $10 billion order for Nvidia GPUs.", "$10 billion")]
    [InlineData("Microsoft signed a $9.7 billion contract with IREN for GPU capacity.", "$9.7 billion")]
    [InlineData("OpenAI committed to spend $300 billion on Oracle data centers.", "$300 billion")]
    [InlineData("OpenAI has committed $1.4 trillion to computing power.", "$1.4 trillion")]
    [InlineData("Snap signed a five-year, $2 billion cloud computing contract with Google.", "$2 billion")]
    [InlineData("The startup bought $10 billion of compute from CoreWeave.", "$10 billion")]
    [InlineData("The startup bought $10 billion worth of computing capacity.", "$10 billion")]
    [InlineData("The startup will rent $10 billion of servers from CoreWeave.", "$10 billion")]
    [InlineData("Meta signed a $10 billion cloud computing agreement with Google.", "$10 billion")]
    [InlineData("OpenAI's $38 billion AWS deal runs for seven years.", "$38 billion")]
    [InlineData("OpenAI will pay Oracle $30 billion a year for data center capacity.", "$30 billion")]
    [InlineData("OpenAI has agreed to pay CoreWeave $12 billion for computing power.", "$12 billion")]
    [InlineData("The startup committed $10 billion to Google Cloud over five years.", "$10 billion")]
    [InlineData("The startup's $10 billion commitment to Azure runs to 2030.", "$10 billion")]
    [InlineData("The startup expanded its cloud contract with Amazon by $10 billion.", "$10 billion")]
    [InlineData("The startup inked a $10 billion GPU deal with CoreWeave.", "$10 billion")]
    [InlineData("The startup will lease $10 billion of computing capacity from Oracle.", "$10 billion")]
    public void Read_ComputeVariant_IsAComputeCommitment(string sentence, string at)
    {
        Assert.Equal(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- metric: revenue

    [Theory]
    [InlineData("The startup had annual revenue of $3.7 billion.", "$3.7 billion")]
    [InlineData("The startup reported revenue of $3.7 billion.", "$3.7 billion")]
    [InlineData("The startup made $3.7 billion in revenue last year.", "$3.7 billion")]
    [InlineData("The startup's revenue reached $3.7 billion.", "$3.7 billion")]
    [InlineData("The startup's revenue topped $1 billion.", "$1 billion")]
    [InlineData("The startup posted sales of $3.7 billion.", "$3.7 billion")]
    [InlineData("The startup's sales rose to $3.7 billion.", "$3.7 billion")]
    [InlineData("The startup made $3.7 billion in sales.", "$3.7 billion")]
    [InlineData("The startup has annualised revenue of $1 billion.", "$1 billion")]
    [InlineData("The startup has annualized revenue of $1 billion.", "$1 billion")]
    [InlineData("The startup hit an annualized revenue run rate of $1 billion.", "$1 billion")]
    [InlineData("The startup has ARR of $100 million.", "$100 million")]
    [InlineData("The startup crossed $100 million in ARR.", "$100 million")]
    [InlineData("The startup reached $100 million ARR.", "$100 million")]
    [InlineData("The startup has annual recurring revenue of $100 million.", "$100 million")]
    [InlineData("The startup reported turnover of £50 million.", "£50 million")]
    [InlineData("The startup generated $3.7 billion in revenue.", "$3.7 billion")]
    [InlineData("The startup expects to bring in $11.6 billion in revenue next year.", "$11.6 billion")]
    [InlineData("The startup's revenue is expected to hit $11.6 billion.", "$11.6 billion")]
    [InlineData("The startup is at a run rate of $1 billion.", "$1 billion")]
    [InlineData("The startup reached a $1 billion revenue run rate.", "$1 billion")]
    [InlineData("The startup had quarterly revenue of $300 million.", "$300 million")]
    [InlineData("The startup had annual sales of $300 million.", "$300 million")]
    [InlineData("The startup's annualised revenue has passed $1 billion.", "$1 billion")]
    [InlineData("The startup's turnover rose to £50 million.", "£50 million")]
    [InlineData("The startup is on track for $1 billion in annual recurring revenue.", "$1 billion")]
    [InlineData("The startup projects revenue of $12.7 billion this year.", "$12.7 billion")]
    [InlineData("The startup forecast sales of $12.7 billion this year.", "$12.7 billion")]
    [InlineData("The startup booked $300 million in revenue in the quarter.", "$300 million")]
    [InlineData("The startup's top line grew to $300 million.", "$300 million")]
    public void Read_RevenueVariant_IsRevenue(string sentence, string at)
    {
        Assert.Equal(Metric.Revenue, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- metric: other

    [Theory]
    [InlineData("Nvidia has a market capitalisation of $3 trillion.", "$3 trillion")]
    [InlineData("Nvidia has a market capitalization of $3 trillion.", "$3 trillion")]
    [InlineData("Nvidia has a market value of $3 trillion.", "$3 trillion")]
    [InlineData("Nvidia's market cap hit $3 trillion.", "$3 trillion")]
    [InlineData("Nvidia became the first company worth $5 trillion on the stock market.", "$5 trillion")]
    [InlineData("Musk has a net worth of $400 billion.", "$400 billion")]
    [InlineData("Musk's fortune is estimated at $400 billion.", "$400 billion")]
    [InlineData("Musk has a fortune of $400 billion.", "$400 billion")]
    [InlineData("Nvidia shares rose to $150.", "$150")]
    [InlineData("Nvidia shares closed at $150 on Friday.", "$150")]
    [InlineData("The stock traded at $150 a share.", "$150")]
    [InlineData("The shares were priced at $150 each.", "$150")]
    [InlineData("The company has $5 billion of debt.", "$5 billion")]
    [InlineData("The company took on $5 billion in debt.", "$5 billion")]
    [InlineData("The company was fined $5 billion by regulators.", "$5 billion")]
    [InlineData("Regulators imposed a $5 billion fine on the company.", "$5 billion")]
    [InlineData("The company faces a $5 billion penalty.", "$5 billion")]
    [InlineData("The company agreed to pay $5 billion to settle the case.", "$5 billion")]
    [InlineData("The chief executive earns a salary of $1 million.", "$1 million")]
    [InlineData("Shareholders approved a $56 billion pay package for Musk.", "$56 billion")]
    [InlineData("Musk's pay package worth $56 billion was struck down.", "$56 billion")]
    [InlineData("The chief executive received compensation of $1 million.", "$1 million")]
    [InlineData("Google acquired Wiz for $32 billion.", "$32 billion")]
    [InlineData("Google agreed to buy Wiz for $32 billion.", "$32 billion")]
    [InlineData("Google announced a $32 billion acquisition of Wiz.", "$32 billion")]
    [InlineData("The $32 billion takeover needs approval.", "$32 billion")]
    [InlineData("Salesforce purchased Slack for $27.7 billion.", "$27.7 billion")]
    [InlineData("Google struck a $32 billion all-cash deal to acquire Wiz.", "$32 billion")]
    [InlineData("Google will buy Wiz outright for $32 billion.", "$32 billion")]
    [InlineData("Google agreed to acquire Wiz in a deal valued at $32 billion.", "$32 billion")]
    [InlineData("The company lost $5 billion last year.", "$5 billion")]
    [InlineData("The company posted a net loss of $5 billion.", "$5 billion")]
    [InlineData("The company reported net income of $5 billion.", "$5 billion")]
    [InlineData("The company made a profit of $5 billion.", "$5 billion")]
    [InlineData("The company announced a $10 billion share buyback.", "$10 billion")]
    [InlineData("The company will buy back $10 billion of its shares.", "$10 billion")]
    [InlineData("The company won a $6.6 billion grant from the government.", "$6.6 billion")]
    [InlineData("Each Nvidia chip costs about $30,000.", "$30,000")]
    [InlineData("The company will pay a dividend of $1 a share.", "$1")]
    [InlineData("The company's capital expenditure will reach $80 billion.", "$80 billion")]
    [InlineData("The company has $20 billion in cash.", "$20 billion")]
    [InlineData("The company paid $5 billion in taxes.", "$5 billion")]
    [InlineData("The company cut its costs by $1 billion.", "$1 billion")]
    [InlineData("The fund manages $100 billion in assets.", "$100 billion")]
    [InlineData("The fund has $100 billion of assets under management.", "$100 billion")]
    [InlineData("The sovereign fund oversees about $900 billion.", "$900 billion")]
    [InlineData("The company's stock has gained $500 billion in value this year.", "$500 billion")]
    [InlineData("The company spent $5 billion on marketing.", "$5 billion")]
    [InlineData("The startup lost $5 billion on revenue of $3.7 billion.", "$5 billion")]
    [InlineData("The government will provide a $5 billion subsidy.", "$5 billion")]
    [InlineData("The company agreed to be bought for $32 billion.", "$32 billion")]
    [InlineData("Global venture funding fell to $70 billion in the quarter.", "$70 billion")]
    [InlineData("The startup agreed to a $10 billion deal for AI chips.", "$10 billion")]
    public void Read_OtherVariant_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    /// <summary>Moved in the stakes-control realignment from Read_OtherVariant_IsOther, which asserted the old
    /// convention (a majority, controlling, remaining or whole stake's price, or a stake sold with no buyer, was no investment): in the
    /// issue's reading a stake of any size bought is the buyer's investment.</summary>
    [Theory]
    [InlineData("Microsoft sold its stake in the startup for $2 billion to a rival.", "$2 billion")]
    public void Read_WholeStakeSoldVariant_IsAnInvestment(string sentence, string at) =>
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    [Theory]
    // Since the fund-raises realignment (the issue's "raise $X"): one organisation's fund raise, close or target, debt raise with no one
    // giver named, or offering is a round size; these rows asserted other under the old convention and were moved here.
    [InlineData("The company launched a $5 billion bond sale.", "$5 billion")]
    [InlineData("The company issued $5 billion of bonds.", "$5 billion")]
    public void Read_OtherVariant_SinceTheFundRaisesRealignment_IsRoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- investor

    [Theory]
    [InlineData("Microsoft invested $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft Corp. will invest $2 billion in OpenAI.", "$2 billion", "Microsoft Corp.")]
    [InlineData("$2 billion was invested by Microsoft in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("OpenAI received $2 billion from Microsoft.", "$2 billion", "Microsoft")]
    [InlineData("OpenAI got a $2 billion investment from Microsoft.", "$2 billion", "Microsoft")]
    [InlineData("OpenAI was backed with $2 billion by Microsoft.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft, which invested $2 billion in OpenAI, declined to comment.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft's $2 billion investment in OpenAI paid off.", "$2 billion", "Microsoft")]
    [InlineData("A $2 billion investment from Microsoft in OpenAI closed on Friday.", "$2 billion", "Microsoft")]
    [InlineData("A $2 billion investment by Microsoft was announced.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft led the round with $500 million.", "$500 million", "Microsoft")]
    [InlineData("The round included $500 million from Microsoft.", "$500 million", "Microsoft")]
    [InlineData("Nvidia chipped in $100 million.", "$100 million", "Nvidia")]
    [InlineData("Google has agreed to invest up to $2 billion in Anthropic.", "$2 billion", "Google")]
    [InlineData("Amazon is investing another $4 billion in Anthropic.", "$4 billion", "Amazon")]
    [InlineData("Anthropic said Amazon would invest $4 billion.", "$4 billion", "Amazon")]
    [InlineData("Anthropic said on Friday that Amazon will invest $4 billion.", "$4 billion", "Amazon")]
    [InlineData("According to the filing, Amazon invested $4 billion in Anthropic.", "$4 billion", "Amazon")]
    [InlineData("In a statement, Amazon said it would invest $4 billion.", "$4 billion", "Amazon")]
    [InlineData("Amazon said it would invest $4 billion in Anthropic.", "$4 billion", "Amazon")]
    [InlineData("Amazon plans to pour $4 billion into Anthropic.", "$4 billion", "Amazon")]
    [InlineData("SoftBank, the Japanese conglomerate, will invest $500 million.", "$500 million", "SoftBank")]
    [InlineData("Japan's SoftBank will invest $500 million in the startup.", "$500 million", "SoftBank")]
    [InlineData("Saudi Arabia's Public Investment Fund will invest $5 billion.", "$5 billion", "Public Investment Fund")]
    [InlineData("Thrive Capital invested $1.3 billion, while Microsoft put in $750 million.", "$1.3 billion", "Thrive Capital")]
    [InlineData("Thrive Capital invested $1.3 billion, while Microsoft put in $750 million.", "$750 million", "Microsoft")]
    [InlineData("Nvidia will invest $100 million and Microsoft $50 million.", "$100 million", "Nvidia")]
    [InlineData("Nvidia will invest $100 million and Microsoft $50 million.", "$50 million", "Microsoft")]
    [InlineData("Under the deal, Microsoft will invest $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("As part of the agreement, Microsoft will invest $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("On Tuesday, Microsoft invested $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Last year, Microsoft invested $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Separately, Microsoft invested $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Meanwhile, Microsoft invested $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft-backed OpenAI received $2 billion from SoftBank.", "$2 billion", "SoftBank")]
    [InlineData("OpenAI, which is backed by Microsoft, received $2 billion from SoftBank.", "$2 billion", "SoftBank")]
    [InlineData("OpenAI's biggest backer, Microsoft, invested $2 billion.", "$2 billion", "Microsoft")]
    [InlineData("OpenAI secured $2 billion from Microsoft and $1 billion from Nvidia.", "$2 billion", "Microsoft")]
    [InlineData("OpenAI secured $2 billion from Microsoft and $1 billion from Nvidia.", "$1 billion", "Nvidia")]
    [InlineData("Microsoft (MSFT.O) invested $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft and Nvidia will invest up to $15 billion in Anthropic.", "$15 billion", "Microsoft")]
    [InlineData("The investment of $2 billion by Microsoft was announced.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft, OpenAI's largest investor, invested $2 billion.", "$2 billion", "Microsoft")]
    [InlineData("Masayoshi Son's SoftBank invested $2 billion in the startup.", "$2 billion", "SoftBank")]
    [InlineData("Abu Dhabi's MGX invested $2 billion in the startup.", "$2 billion", "MGX")]
    [InlineData("Microsoft bought a $2 billion stake in the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft will take a $2 billion stake in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("The company said Microsoft would invest $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Reuters reported that Microsoft would invest $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("People familiar with the matter said Microsoft would invest $2 billion.", "$2 billion", "Microsoft")]
    [InlineData("GV, Alphabet's venture capital arm, invested $20 million in the startup.", "$20 million", "GV")]
    [InlineData("Vision Fund, SoftBank's investment vehicle, invested $20 million in the startup.", "$20 million", "Vision Fund")]
    [InlineData("Google, Anthropic's second-largest shareholder, will invest another $1 billion.", "$1 billion", "Google")]
    [InlineData("Microsoft also invested $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft, too, invested $2 billion in OpenAI.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft poured $2 billion into the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft ploughed $2 billion into the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft injected $2 billion into the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft pledged $2 billion to the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft bankrolled the startup with $200 million.", "$200 million", "Microsoft")]
    [InlineData("Microsoft funded the startup with $200 million.", "$200 million", "Microsoft")]
    [InlineData("The startup landed $500 million from Microsoft.", "$500 million", "Microsoft")]
    [InlineData("The startup won $500 million in backing from Microsoft.", "$500 million", "Microsoft")]
    [InlineData("Microsoft backed the startup with $500 million.", "$500 million", "Microsoft")]
    [InlineData("Microsoft committed $2 billion to the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft's $2 billion bet on OpenAI has paid off.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft wrote a $500 million check to the startup.", "$500 million", "Microsoft")]
    [InlineData("Microsoft anchored the round with $500 million.", "$500 million", "Microsoft")]
    [InlineData("Microsoft paid $2 billion for a 10% stake in the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft acquired a 10% stake in the startup for $2 billion.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft co-invested $500 million alongside Nvidia.", "$500 million", "Microsoft")]
    [InlineData("Microsoft is the startup's biggest backer, having invested $13 billion.", "$13 billion", "Microsoft")]
    [InlineData("Funding of $2 billion from Microsoft will close next month.", "$2 billion", "Microsoft")]
    [InlineData("Of the total, $2 billion came from Microsoft.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft will put up $2 billion, the companies said.", "$2 billion", "Microsoft")]
    [InlineData("The startup said Nvidia had invested $100 million.", "$100 million", "Nvidia")]
    [InlineData("The startup's backers include Nvidia, which invested $100 million.", "$100 million", "Nvidia")]
    [InlineData("Sequoia Capital, an early backer, invested $100 million.", "$100 million", "Sequoia Capital")]
    [InlineData("Also on Monday, Nvidia invested $100 million in the startup.", "$100 million", "Nvidia")]
    [InlineData("In January, Nvidia invested $100 million in the startup.", "$100 million", "Nvidia")]
    [InlineData("Nvidia on Monday said it would invest $100 million in the startup.", "$100 million", "Nvidia")]
    [InlineData("Nvidia has said it will invest up to $100 billion in OpenAI.", "$100 billion", "Nvidia")]
    [InlineData("Chipmaker Nvidia will invest $100 million in the startup.", "$100 million", "Nvidia")]
    [InlineData("U.S. chipmaker Nvidia will invest $100 million in the startup.", "$100 million", "Nvidia")]
    [InlineData("Microsoft said OpenAI would invest $2 billion in a chip startup of its own.", "$2 billion", "OpenAI")]
    public void Read_InvestorVariant_NamesTheInvestor(string sentence, string at, string expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("The startup said it would invest $100 million in new factories.", "$100 million")]
    [InlineData("OpenAI received $2 billion from investors.", "$2 billion")]
    [InlineData("Investors poured $2 billion into OpenAI.", "$2 billion")]
    public void Read_InvestorVariantWithNoNamedInvestor_IsNull(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Investor);
    }

    // ---------------------------------------------------------------- sources: named

    [Theory]
    [InlineData("Microsoft will invest $2 billion in OpenAI, according to Bloomberg.", "Bloomberg")]
    [InlineData("Microsoft will invest $2 billion in OpenAI, Bloomberg reported.", "Bloomberg")]
    [InlineData("Microsoft will invest $2 billion in OpenAI, Bloomberg has reported.", "Bloomberg")]
    [InlineData("Microsoft will invest $2 billion in OpenAI, Bloomberg first reported.", "Bloomberg")]
    [InlineData("Microsoft will invest $2 billion in OpenAI, as reported by Bloomberg.", "Bloomberg")]
    [InlineData("As Bloomberg reported, Microsoft will invest $2 billion in OpenAI.", "Bloomberg")]
    [InlineData("Microsoft will invest $2 billion in OpenAI, per Bloomberg.", "Bloomberg")]
    [InlineData("Per The Information, Microsoft will invest $2 billion in OpenAI.", "The Information")]
    [InlineData("Microsoft will invest $2 billion in OpenAI, The Information wrote.", "The Information")]
    [InlineData("Bloomberg News reported on Tuesday that Microsoft will invest $2 billion.", "Bloomberg")]
    [InlineData("The Wall Street Journal reported earlier that Microsoft will invest $2 billion.", "Wall Street Journal")]
    [InlineData("Microsoft will invest $2 billion, the Financial Times reported, citing people familiar.", "Financial Times")]
    [InlineData("Microsoft will invest $2 billion, Reuters reported, citing sources.", "Reuters")]
    [InlineData("Microsoft will invest $2 billion, sources told Reuters.", "Reuters")]
    [InlineData("Microsoft will invest $2 billion, its chief executive told CNBC.", "CNBC")]
    [InlineData("In an interview with CNBC, the chief executive said Microsoft will invest $2 billion.", "CNBC")]
    [InlineData("The chief executive said in an interview with Bloomberg Television that it would invest $2 billion.", "Bloomberg")]
    [InlineData("Startups raised $20 billion in the quarter, according to data from PitchBook.", "PitchBook")]
    [InlineData("Startups raised $20 billion in the quarter, PitchBook data shows.", "PitchBook")]
    [InlineData("Startups raised $20 billion in the quarter, according to Crunchbase data.", "Crunchbase")]
    [InlineData("Startups raised $20 billion in the quarter, Crunchbase data show.", "Crunchbase")]
    [InlineData("Startups raised $20 billion in the quarter, data from Dealogic showed.", "Dealogic")]
    [InlineData("Startups raised $20 billion in the quarter, according to Dealogic.", "Dealogic")]
    [InlineData("Startups raised $20 billion in the quarter, according to data provider PitchBook.", "PitchBook")]
    [InlineData("Startups raised $20 billion in the quarter, Dealogic figures show.", "Dealogic")]
    [InlineData("Startups raised $20 billion in the quarter, according to figures from Crunchbase.", "Crunchbase")]
    [InlineData("The startup raised $100 million, a filing with the SEC showed.", "filing")]
    [InlineData("The startup raised $100 million, according to a filing with the Securities and Exchange Commission.", "filing")]
    [InlineData("The startup raised $100 million, a securities filing showed.", "filing")]
    [InlineData("The startup raised $100 million, regulatory filings show.", "filings")]
    [InlineData("The startup raised $100 million, according to a regulatory filing.", "filing")]
    [InlineData("The startup raised £100 million, a filing with Companies House showed.", "filing")]
    [InlineData("The startup raised $100 million, Semafor reported, citing people familiar with the deal.", "Semafor")]
    [InlineData("Microsoft will invest $2 billion, CNBC said, citing a person familiar with the matter.", "CNBC")]
    [InlineData("Microsoft will invest $2 billion, the Nikkei newspaper reported.", "Nikkei")]
    [InlineData("Microsoft will invest $2 billion, Axios first reported.", "Axios")]
    [InlineData("Microsoft will invest $2 billion, TechCrunch has learned.", "TechCrunch")]
    [InlineData("Microsoft will invest $2 billion, according to a report by Bloomberg News.", "Bloomberg")]
    [InlineData("Microsoft will invest $2 billion, according to a Bloomberg report.", "Bloomberg")]
    [InlineData("Microsoft will invest $2 billion, according to a report in the Financial Times.", "Financial Times")]
    [InlineData("Microsoft will invest $2 billion, news first reported by The Information.", "The Information")]
    [InlineData("Microsoft will invest $2 billion, CNBC reported citing an internal memo.", "CNBC")]
    [InlineData("Microsoft will invest $2 billion, the Journal reported.", "Wall Street Journal")]
    [InlineData("Microsoft will invest $2 billion, Bloomberg News said on Friday.", "Bloomberg")]
    [InlineData("Microsoft will invest $2 billion, the newspaper Handelsblatt reported.", "Handelsblatt")]
    [InlineData("Microsoft will invest $2 billion, German newspaper Handelsblatt reported.", "Handelsblatt")]
    [InlineData("Microsoft will invest $2 billion, Reuters has learned.", "Reuters")]
    [InlineData("Microsoft will invest $2 billion, The Information reported last week.", "The Information")]
    [InlineData("Microsoft will invest $2 billion, Bloomberg wrote, citing people close to the talks.", "Bloomberg")]
    [InlineData("Citing people familiar with the matter, Bloomberg said Microsoft would invest $2 billion.", "Bloomberg")]
    public void Read_NamedSourceVariant_IsANamedSource(string sentence, string expected)
    {
        Assert.Contains(Named(sentence), n => n.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    // ---------------------------------------------------------------- sources: anonymous

    [Theory]
    [InlineData("Microsoft will invest $2 billion, people familiar with the matter said.")]
    [InlineData("Microsoft will invest $2 billion, according to people familiar with the matter.")]
    [InlineData("Microsoft will invest $2 billion, people with knowledge of the talks said.")]
    [InlineData("Microsoft will invest $2 billion, people briefed on the plans said.")]
    [InlineData("Microsoft will invest $2 billion, a person close to the company said.")]
    [InlineData("Microsoft will invest $2 billion, people close to the deal said.")]
    [InlineData("Microsoft will invest $2 billion, sources said.")]
    [InlineData("Microsoft will invest $2 billion, two sources said.")]
    [InlineData("Microsoft will invest $2 billion, according to sources.")]
    [InlineData("Microsoft will invest $2 billion, insiders said.")]
    [InlineData("Microsoft will invest $2 billion, an insider said.")]
    [InlineData("Microsoft will invest $2 billion, an unnamed executive said.")]
    [InlineData("Microsoft will invest $2 billion, a senior executive who asked not to be named said.")]
    [InlineData("Microsoft will invest $2 billion, according to a person familiar with the plans.")]
    [InlineData("Microsoft will invest $2 billion, two people with direct knowledge of the matter said.")]
    [InlineData("Microsoft will invest $2 billion, a source with knowledge of the deal said.")]
    [InlineData("Microsoft will invest $2 billion, one person said.")]
    [InlineData("Microsoft will invest $2 billion, a person involved in the talks said.")]
    [InlineData("Microsoft will invest $2 billion, people involved in the deal said.")]
    [InlineData("Microsoft will invest $2 billion, according to people aware of the plans.")]
    [InlineData("Microsoft will invest $2 billion, according to an industry source.")]
    [InlineData("Microsoft will invest $2 billion, sources close to the deal said.")]
    [InlineData("Microsoft will invest $2 billion, a banker involved in the deal said.")]
    [InlineData("Microsoft will invest $2 billion, an official who spoke on condition of anonymity said.")]
    [InlineData("Microsoft will invest $2 billion, people with knowledge of the matter told Reuters.")]
    [InlineData("Microsoft will invest $2 billion, according to a source familiar with the situation.")]
    [InlineData("Microsoft will invest $2 billion, said a person familiar with the matter.")]
    [InlineData("Microsoft will invest $2 billion, said people familiar with the matter.")]
    [InlineData("Microsoft will invest $2 billion, said one of the people.")]
    [InlineData("Microsoft will invest $2 billion, people in the know said.")]
    [InlineData("Microsoft will invest $2 billion, according to people with knowledge of the discussions.")]
    [InlineData("People familiar with the matter said Microsoft would invest $2 billion.")]
    [InlineData("According to people familiar with the matter, Microsoft will invest $2 billion.")]
    [InlineData("Microsoft will invest $2 billion, according to a person briefed on the talks.")]
    [InlineData("Microsoft will invest $2 billion, according to people close to the negotiations.")]
    [InlineData("Microsoft will invest $2 billion, a person familiar with Microsoft's thinking said.")]
    [InlineData("Microsoft will invest $2 billion, according to a company insider.")]
    [InlineData("Microsoft will invest $2 billion, an executive at the company said on condition of anonymity.")]
    [InlineData("Microsoft will invest $2 billion, a person with knowledge of the plans said, asking not to be identified.")]
    [InlineData("Microsoft will invest $2 billion, according to several people with knowledge of the plans.")]
    [InlineData("Microsoft will invest $2 billion, three people familiar with the discussions told the Financial Times.")]
    [InlineData("Microsoft will invest $2 billion, people familiar told Bloomberg.")]
    [InlineData("Microsoft will invest $2 billion, a source told Reuters.")]
    [InlineData("Microsoft will invest $2 billion, a government official said on condition of anonymity.")]
    [InlineData("Microsoft will invest $2 billion, sources familiar with the matter told CNBC.")]
    [InlineData("Microsoft will invest $2 billion, according to those familiar with the plans.")]
    public void Read_AnonymousSourceVariant_IsAnonymous(string sentence)
    {
        Assert.NotEmpty(Anonymous(sentence));
    }

    // ---------------------------------------------------------------- sources: none (the party speaking for itself)

    [Theory]
    [InlineData("Microsoft will invest $2 billion, the company said in a statement.")]
    [InlineData("Microsoft will invest $2 billion, a spokesperson for Microsoft said.")]
    [InlineData("Microsoft will invest $2 billion, a Microsoft spokesman said.")]
    [InlineData("Microsoft will invest $2 billion, Microsoft's chief executive said.")]
    [InlineData("Microsoft will invest $2 billion, the companies announced on Monday.")]
    [InlineData("Microsoft will invest $2 billion, according to a press release.")]
    [InlineData("Microsoft said on Monday it will invest $2 billion in OpenAI.")]
    [InlineData("Microsoft will invest $2 billion, Satya Nadella told employees.")]
    [InlineData("Investors believe Microsoft will invest $2 billion.")]
    [InlineData("Microsoft will invest $2 billion to diversify its sources of revenue.")]
    public void Read_PartySpeakingForItself_IsNoSource(string sentence)
    {
        Assert.Empty(Read(sentence).Sources);
    }

    /// <summary>
    /// The src-written realignment read a statement cited by its noun as a named source; since the labelling conventions (S2,
    /// docs/issue-reading/conventions.md) a party's own statement is none again.
    /// </summary>
    [Theory]
    [InlineData("Microsoft will invest $2 billion, according to a statement.")]
    public void Read_StatementCitedByItsNoun_IsNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    // ---------------------------------------------------------------- stage and responses

    [Theory]
    [InlineData("The companies are in early talks about an investment.", TalksStage.Early)]
    [InlineData("The talks are at an early stage.", TalksStage.Early)]
    [InlineData("The talks are in preliminary stages.", TalksStage.Early)]
    [InlineData("The companies are in advanced talks about an investment.", TalksStage.Advanced)]
    [InlineData("The companies are in advanced negotiations.", TalksStage.Advanced)]
    [InlineData("The talks are at an advanced stage.", TalksStage.Advanced)]
    [InlineData("The companies are close to finalizing a deal.", TalksStage.Final)]
    [InlineData("The companies are nearing a deal.", TalksStage.Final)]
    [InlineData("The deal is in its final stages.", TalksStage.Final)]
    [InlineData("The companies are close to a deal.", TalksStage.Final)]
    public void Read_StageVariant_IsProposed(string sentence, TalksStage expected)
    {
        Assert.Contains(Read(sentence).Stages, s => s.Stage == expected);
    }

    [Theory]
    [InlineData("Amazon declined to comment.", "Amazon")]
    [InlineData("Amazon declined to comment on the report.", "Amazon")]
    [InlineData("Amazon did not respond to a request for comment.", "Amazon")]
    [InlineData("Amazon did not immediately respond to a request for comment.", "Amazon")]
    [InlineData("Amazon didn't immediately respond to a request for comment.", "Amazon")]
    [InlineData("Amazon could not be reached for comment.", "Amazon")]
    [InlineData("Amazon did not return requests for comment.", "Amazon")]
    [InlineData("Representatives for Amazon declined to comment.", "Amazon")]
    [InlineData("A spokesperson for Amazon declined to comment.", "Amazon")]
    [InlineData("Amazon did not immediately reply to a request for comment.", "Amazon")]
    [InlineData("Amazon did not reply to requests for comment.", "Amazon")]
    [InlineData("Amazon declined to comment, while Google did not respond.", "Google")]
    [InlineData("Amazon refused to comment.", "Amazon")]
    [InlineData("Amazon wouldn't comment on the talks.", "Amazon")]
    [InlineData("Amazon would not comment on the talks.", "Amazon")]
    [InlineData("Amazon had no immediate comment.", "Amazon")]
    [InlineData("Amazon had no comment.", "Amazon")]
    [InlineData("Amazon did not respond to emailed questions.", "Amazon")]
    [InlineData("Amazon declined to discuss the talks.", "Amazon")]
    public void Read_ResponseVariant_NamesTheParty(string sentence, string expected)
    {
        Assert.Contains(Read(sentence).Responses, r => r.Party == expected);
    }

    // ---------------------------------------------------------------- second batch: longer wire sentences

    [Theory]
    [InlineData("Amazon, which has already invested $8 billion in Anthropic, is weighing another investment.", "$8 billion", "investment")]
    [InlineData("Under the terms, SoftBank will provide $22.5 billion of the $40 billion round.", "$22.5 billion", "investment")]
    [InlineData("Under the terms, SoftBank will provide $22.5 billion of the $40 billion round.", "$40 billion", "roundSize")]
    [InlineData("SoftBank will fund $30 billion of the round.", "$30 billion", "investment")]
    [InlineData("Nvidia will take a stake worth $5 billion in Intel.", "$5 billion", "investment")]
    [InlineData("Nvidia said it would buy $5 billion of Intel common stock.", "$5 billion", "investment")]
    [InlineData("The fund will invest 500 million euros ($580 million) in the startup.", "$580 million", "investment")]
    [InlineData("Thrive Capital led the round, investing $1 billion.", "$1 billion", "investment")]
    [InlineData("Thrive Capital led the round and invested $1 billion.", "$1 billion", "investment")]
    [InlineData("Thrive put up $1 billion of the $6.6 billion round.", "$1 billion", "investment")]
    [InlineData("Thrive put up $1 billion of the $6.6 billion round.", "$6.6 billion", "roundSize")]
    [InlineData("Google owns a 14% stake after investing $3 billion.", "$3 billion", "investment")]
    [InlineData("Amazon upped its investment in Anthropic to $8 billion.", "$8 billion", "investment")]
    [InlineData("Amazon is doubling its investment in Anthropic to $8 billion.", "$8 billion", "investment")]
    [InlineData("The $4 billion Amazon investment will be made in two tranches.", "$4 billion", "investment")]
    [InlineData("Amazon's investment, worth $4 billion, will be made in two tranches.", "$4 billion", "investment")]
    [InlineData("Amazon's latest investment of $4 billion will be made in two tranches.", "$4 billion", "investment")]
    [InlineData("Nvidia's $100 billion pledge to OpenAI surprised investors.", "$100 billion", "investment")]
    [InlineData("Nvidia's pledge of up to $100 billion surprised investors.", "$100 billion", "investment")]
    [InlineData("Nvidia's commitment of up to $100 billion to OpenAI surprised investors.", "$100 billion", "investment")]
    [InlineData("The bank received a capital injection of $2 billion.", "$2 billion", "investment")]
    [InlineData("The carmaker got a $2 billion cash injection from the state.", "$2 billion", "investment")]
    [InlineData("The startup announced a strategic investment of $500 million from Nvidia.", "$500 million", "investment")]
    [InlineData("Aramco will acquire a 10% stake in the refiner for $3 billion.", "$3 billion", "investment")]
    [InlineData("Microsoft will purchase a 49% stake for $10 billion.", "$10 billion", "investment")]
    [InlineData("OpenAI closed its $40 billion funding round led by SoftBank.", "$40 billion", "roundSize")]
    [InlineData("The $40 billion round, led by SoftBank, values OpenAI at $300 billion.", "$40 billion", "roundSize")]
    [InlineData("The $40 billion round, led by SoftBank, values OpenAI at $300 billion.", "$300 billion", "valuation")]
    [InlineData("OpenAI raised $6.6 billion at a $157 billion valuation.", "$6.6 billion", "roundSize")]
    [InlineData("OpenAI raised $6.6 billion at a $157 billion valuation.", "$157 billion", "valuation")]
    [InlineData("OpenAI's latest raise of $6.6 billion drew Nvidia.", "$6.6 billion", "roundSize")]
    [InlineData("The startup announced a fresh $100 million funding on Tuesday.", "$100 million", "roundSize")]
    [InlineData("The startup's Series D, which raised $100 million, closed in May.", "$100 million", "roundSize")]
    [InlineData("The startup closed a $5 million pre-seed round.", "$5 million", "roundSize")]
    [InlineData("The startup closed a $5 million angel round.", "$5 million", "roundSize")]
    [InlineData("The startup closed $5 million in pre-seed funding.", "$5 million", "roundSize")]
    // A company's total funding is other by the convention ("brings its total funding to $X").
    [InlineData("The raise brings the startup's total funding to $1 billion.", "$1 billion", "other")]
    [InlineData("The round was upsized to $100 million after strong demand.", "$100 million", "roundSize")]
    [InlineData("The funding round, worth $100 million, was led by Sequoia.", "$100 million", "roundSize")]
    [InlineData("The startup is valued at $300 billion post-money.", "$300 billion", "valuation")]
    [InlineData("The startup raised money at a post-money valuation of $300 billion.", "$300 billion", "valuation")]
    [InlineData("The deal values Scale AI at more than $29 billion.", "$29 billion", "valuation")]
    [InlineData("The round valued the startup at about 2 billion euros ($2.3 billion).", "$2.3 billion", "valuation")]
    [InlineData("The round would value it at $10 billion.", "$10 billion", "valuation")]
    [InlineData("The startup is valued north of $10 billion.", "$10 billion", "valuation")]
    [InlineData("The startup raised money at a $10 billion-plus valuation.", "$10 billion", "valuation")]
    [InlineData("The round puts the startup's valuation at $10 billion.", "$10 billion", "valuation")]
    [InlineData("The round pegs the startup's value at $10 billion.", "$10 billion", "valuation")]
    [InlineData("The cloud deal is worth $38 billion.", "$38 billion", "computeCommitment")]
    [InlineData("The two signed a compute deal worth $10 billion.", "$10 billion", "computeCommitment")]
    [InlineData("OpenAI signed an agreement to buy $38 billion of computing power from Amazon.", "$38 billion", "computeCommitment")]
    [InlineData("OpenAI will pay $38 billion over seven years for access to AWS servers.", "$38 billion", "computeCommitment")]
    [InlineData("OpenAI signed a $22.4 billion contract for AI infrastructure with CoreWeave.", "$22.4 billion", "computeCommitment")]
    [InlineData("Microsoft will spend $10 billion renting servers from CoreWeave.", "$10 billion", "computeCommitment")]
    [InlineData("Meta has signed a $14 billion deal with CoreWeave for computing capacity.", "$14 billion", "computeCommitment")]
    [InlineData("OpenAI has committed to spending $250 billion on Azure.", "$250 billion", "computeCommitment")]
    [InlineData("The startup expects revenue of $3.7 billion this year, up from $1.6 billion.", "$1.6 billion", "revenue")]
    [InlineData("The startup has $13 billion in annual revenue.", "$13 billion", "revenue")]
    [InlineData("The startup has an annualized run rate of $5 billion.", "$5 billion", "revenue")]
    [InlineData("The startup has annual run-rate revenue of $5 billion.", "$5 billion", "revenue")]
    [InlineData("The startup generates about $1 billion a year.", "$1 billion", "revenue")]
    [InlineData("The startup expects sales to reach $12.7 billion.", "$12.7 billion", "revenue")]
    [InlineData("The startup's revenue is projected to reach $100 billion by 2029.", "$100 billion", "revenue")]
    [InlineData("The startup posted revenue of 1.2 trillion won ($900 million).", "$900 million", "revenue")]
    [InlineData("Nvidia became the first company to be worth $5 trillion.", "$5 trillion", "other")]
    [InlineData("Apple's $3 trillion market value dwarfs its rivals.", "$3 trillion", "other")]
    [InlineData("The company is worth $3 trillion.", "$3 trillion", "other")]
    [InlineData("The company was sold for $1 billion.", "$1 billion", "other")]
    [InlineData("In 2016, Microsoft bought LinkedIn for $26 billion.", "$26 billion", "other")]
    [InlineData("Broadcom completed its $69 billion purchase of VMware.", "$69 billion", "other")]
    [InlineData("The merger is valued at $10 billion.", "$10 billion", "other")]
    [InlineData("The two companies agreed a $10 billion merger.", "$10 billion", "other")]
    [InlineData("The company paid $1 billion in dividends.", "$1 billion", "other")]
    [InlineData("Chip prices rose to $40,000 per unit.", "$40,000", "other")]
    [InlineData("Elon Musk, worth some $400 billion, backed the startup.", "$400 billion", "other")]
    [InlineData("The government unveiled a $500 billion AI initiative.", "$500 billion", "other")]
    [InlineData("The company plans $80 billion in capital spending this year.", "$80 billion", "other")]
    [InlineData("The company set aside $5 billion for legal costs.", "$5 billion", "other")]
    [InlineData("Nvidia sold $1 billion of shares in the startup.", "$1 billion", "other")]
    [InlineData("The startup repaid $1 billion of loans.", "$1 billion", "other")]
    [InlineData("The company's shares have lost $500 billion of market value.", "$500 billion", "other")]
    public void Read_LongerSentenceVariant_GivesTheMetric(string sentence, string at, string expected)
    {
        Metric? metric = expected == "other" ? null : Enum.Parse<Metric>(expected, ignoreCase: true);
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("SoftBank Group Corp will lead the round with $30 billion, with the rest from other investors.", "$30 billion", "SoftBank Group Corp")]
    [InlineData("Under the deal announced Tuesday, Nvidia will invest up to $100 billion in OpenAI.", "$100 billion", "Nvidia")]
    [InlineData("OpenAI said in a blog post that SoftBank would invest $30 billion.", "$30 billion", "SoftBank")]
    [InlineData("According to a filing, Temasek invested $200 million in the startup.", "$200 million", "Temasek")]
    [InlineData("The round was led by Thrive Capital, which invested $1.3 billion.", "$1.3 billion", "Thrive Capital")]
    [InlineData("Thrive Capital, which led the round, invested $1.3 billion.", "$1.3 billion", "Thrive Capital")]
    [InlineData("Thrive Capital led the round, investing $1.3 billion.", "$1.3 billion", "Thrive Capital")]
    [InlineData("The $4 billion Amazon investment will be made in two tranches.", "$4 billion", "Amazon")]
    [InlineData("Anthropic will get an additional $4 billion from Amazon.", "$4 billion", "Amazon")]
    [InlineData("Nvidia and Microsoft will invest up to $10 billion and $5 billion respectively in Anthropic.", "$10 billion", "Nvidia")]
    [InlineData("Nvidia and Microsoft will invest up to $10 billion and $5 billion respectively in Anthropic.", "$5 billion", "Microsoft")]
    [InlineData("Google has invested $3 billion in Anthropic, and Amazon $8 billion.", "$3 billion", "Google")]
    [InlineData("Google has invested $3 billion in Anthropic, and Amazon $8 billion.", "$8 billion", "Amazon")]
    [InlineData("With its latest $4 billion investment, Amazon has now put $8 billion into Anthropic.", "$8 billion", "Amazon")]
    [InlineData("Microsoft-backed OpenAI said SoftBank would invest $40 billion.", "$40 billion", "SoftBank")]
    [InlineData("Japan's Toyota Motor Corp said on Tuesday it would invest $500 million in Joby.", "$500 million", "Toyota Motor Corp")]
    [InlineData("Toyota Motor Corp (7203.T) said it would invest $500 million in Joby.", "$500 million", "Toyota Motor Corp")]
    [InlineData("Toyota, the world's largest carmaker, said it would invest $500 million in Joby.", "$500 million", "Toyota")]
    [InlineData("Toyota said it has agreed to invest $500 million in Joby.", "$500 million", "Toyota")]
    [InlineData("Joby said Toyota would invest $500 million in the company.", "$500 million", "Toyota")]
    [InlineData("Joby announced that Toyota will invest $500 million.", "$500 million", "Toyota")]
    [InlineData("Joby will receive $500 million from Toyota.", "$500 million", "Toyota")]
    [InlineData("Joby is getting $500 million from Toyota.", "$500 million", "Toyota")]
    [InlineData("Joby has won a $500 million investment from Toyota.", "$500 million", "Toyota")]
    [InlineData("Joby secured a $500 million investment from Toyota.", "$500 million", "Toyota")]
    [InlineData("Joby secured Toyota's $500 million investment.", "$500 million", "Toyota")]
    [InlineData("Joby confirmed the $500 million investment from Toyota.", "$500 million", "Toyota")]
    [InlineData("Toyota is to invest $500 million in Joby.", "$500 million", "Toyota")]
    [InlineData("Toyota is set to invest $500 million in Joby.", "$500 million", "Toyota")]
    [InlineData("Toyota is poised to invest $500 million in Joby.", "$500 million", "Toyota")]
    [InlineData("Toyota agreed on Tuesday to invest $500 million in Joby.", "$500 million", "Toyota")]
    [InlineData("Toyota, Joby's largest shareholder, will invest $500 million.", "$500 million", "Toyota")]
    [InlineData("Nvidia will take a stake worth $5 billion in Intel.", "$5 billion", "Nvidia")]
    [InlineData("Thrive put up $1 billion of the $6.6 billion round.", "$1 billion", "Thrive")]
    [InlineData("Amazon's latest investment of $4 billion will be made in two tranches.", "$4 billion", "Amazon")]
    [InlineData("Nvidia's pledge of up to $100 billion surprised investors.", "$100 billion", "Nvidia")]
    [InlineData("The startup announced a strategic investment of $500 million from Nvidia.", "$500 million", "Nvidia")]
    [InlineData("Aramco will acquire a 10% stake in the refiner for $3 billion.", "$3 billion", "Aramco")]
    [InlineData("Amazon upped its investment in Anthropic to $8 billion.", "$8 billion", "Amazon")]
    [InlineData("SAN FRANCISCO, Jan 5 (Reuters) - Microsoft will invest $2 billion in the startup.", "$2 billion", "Microsoft")]
    public void Read_LongerSentenceVariant_NamesTheInvestor(string sentence, string at, string expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("Bloomberg News, citing people familiar with the matter, reported that Microsoft would invest.", "Bloomberg")]
    [InlineData("The Information, citing two people, said Microsoft would invest.", "The Information")]
    [InlineData("Microsoft will invest, according to a Reuters report.", "Reuters")]
    [InlineData("Microsoft will invest, according to a report from Reuters.", "Reuters")]
    [InlineData("A Reuters report said Microsoft would invest.", "Reuters")]
    [InlineData("The Wall Street Journal's report said Microsoft would invest.", "Wall Street Journal")]
    [InlineData("Microsoft will invest, the Financial Times said on Sunday.", "Financial Times")]
    [InlineData("CNBC's David Faber reported that Microsoft would invest.", "CNBC")]
    [InlineData("Microsoft will invest, as first reported by Axios.", "Axios")]
    [InlineData("Microsoft will invest, as first reported by The Information on Monday.", "The Information")]
    [InlineData("Bloomberg was first to report the talks.", "Bloomberg")]
    [InlineData("The news was first reported by Bloomberg.", "Bloomberg")]
    [InlineData("The deal was earlier reported by the Financial Times.", "Financial Times")]
    [InlineData("The New York Times reported on Friday that Microsoft would invest.", "New York Times")]
    [InlineData("PitchBook estimates the startup is worth $5 billion.", "PitchBook")]
    [InlineData("The startup is worth $5 billion, according to PitchBook estimates.", "PitchBook")]
    [InlineData("Data compiled by Bloomberg shows startups raised $5 billion.", "Bloomberg")]
    [InlineData("Startups raised $5 billion, data from LSEG showed.", "LSEG")]
    [InlineData("Startups raised $5 billion, LSEG data showed.", "LSEG")]
    [InlineData("Startups raised $5 billion, according to LSEG data.", "LSEG")]
    [InlineData("Startups raised $5 billion, according to Refinitiv.", "Refinitiv")]
    [InlineData("Startups raised $5 billion, according to CB Insights.", "CB Insights")]
    [InlineData("Startups raised $5 billion, CB Insights data shows.", "CB Insights")]
    [InlineData("Startups raised $5 billion, Tracxn data shows.", "Tracxn")]
    [InlineData("The startup raised $5 million, according to a Form D filing.", "filing")]
    [InlineData("The startup raised $5 million, according to an SEC filing.", "filing")]
    [InlineData("The startup raised $5 million, a stock exchange filing showed.", "filing")]
    [InlineData("The startup raised $5 million, a regulatory filing on Monday showed.", "filing")]
    [InlineData("The startup raised $5 million, according to filings reviewed by TechCrunch.", "TechCrunch")]
    [InlineData("The startup raised $5 million, according to documents seen by Reuters.", "Reuters")]
    [InlineData("The startup raised $5 million, according to a document seen by Bloomberg.", "Bloomberg")]
    [InlineData("The startup raised $5 million, according to a memo seen by The Information.", "The Information")]
    [InlineData("The startup raised $5 million, according to an internal memo obtained by CNBC.", "CNBC")]
    [InlineData("The startup raised $5 million, according to emails reviewed by the Journal.", "Wall Street Journal")]
    [InlineData("The startup raised $5 million, according to a letter viewed by Business Insider.", "Business Insider")]
    [InlineData("A memo seen by Reuters showed the startup raised $5 million.", "Reuters")]
    [InlineData("Documents reviewed by the Financial Times show the startup raised $5 million.", "Financial Times")]
    public void Read_LongerSentenceVariant_NamesTheSource(string sentence, string expected)
    {
        Assert.Contains(Named(sentence), n => n.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Microsoft will invest, a person with direct knowledge of the matter told Reuters.")]
    [InlineData("Microsoft will invest, one of the people said.")]
    [InlineData("Microsoft will invest, the person said.")]
    [InlineData("The people, who asked not to be identified because the talks are private, said Microsoft would invest.")]
    [InlineData("Microsoft will invest, two sources familiar with the negotiations said.")]
    [InlineData("Microsoft will invest, a source said on Tuesday.")]
    [InlineData("Microsoft will invest, according to one person with knowledge of the talks.")]
    [InlineData("Microsoft will invest, people familiar with the company's plans said.")]
    [InlineData("Microsoft will invest, a source close to OpenAI said.")]
    [InlineData("Microsoft will invest, someone familiar with the matter said.")]
    [InlineData("Microsoft will invest, a person close to the negotiations said.")]
    [InlineData("Microsoft will invest, a senior administration official said.")]
    [InlineData("Microsoft will invest, a company source said.")]
    [InlineData("Microsoft will invest, a banking source said.")]
    [InlineData("Microsoft will invest, sources at the company said.")]
    [InlineData("Microsoft will invest, sources with knowledge of the deal said.")]
    [InlineData("Microsoft will invest, according to two people briefed on the matter.")]
    [InlineData("Microsoft will invest, according to knowledgeable sources.")]
    [InlineData("Microsoft will invest, according to multiple sources.")]
    [InlineData("Microsoft will invest, multiple people familiar with the matter said.")]
    [InlineData("Microsoft will invest, said a source who requested anonymity.")]
    [InlineData("Microsoft will invest, a person familiar with the matter said on condition of anonymity.")]
    [InlineData("Microsoft will invest, according to a person who has seen the terms.")]
    [InlineData("Microsoft will invest, according to people who have seen the documents.")]
    [InlineData("Microsoft will invest, people close to the matter told Bloomberg News.")]
    public void Read_LongerSentenceVariant_FindsTheAnonymousSource(string sentence)
    {
        Assert.NotEmpty(Anonymous(sentence));
    }

    [Theory]
    [InlineData("SAN FRANCISCO, Jan 5 (Reuters) - Microsoft will invest $2 billion in the startup.")]
    [InlineData("LONDON (Reuters) - Microsoft will invest $2 billion in the startup.")]
    [InlineData("(Bloomberg) -- Microsoft will invest $2 billion in the startup.")]
    [InlineData("Microsoft said in a blog post that it would invest $2 billion.")]
    [InlineData("Microsoft will invest $2 billion, Microsoft President Brad Smith told reporters.")]
    [InlineData("Microsoft will invest $2 billion, the startup said in a press release.")]
    [InlineData("Microsoft will invest $2 billion, OpenAI confirmed on Friday.")]
    public void Read_LongerSentenceVariantWithNoCitedSource_IsNoSource(string sentence)
    {
        Assert.Empty(Read(sentence).Sources);
    }

    // ---------------------------------------------------------------- third batch: other currencies, apposition, debt, stage, responses

    [Theory]
    [InlineData("Tencent led a 1.2 billion yuan ($165 million) round in the startup.", "$165 million", "roundSize")]
    [InlineData("The startup raised €600m in a Series C.", "€600m", "roundSize")]
    [InlineData("The startup bagged Rs 500 crore in funding.", "Rs 500 crore", "roundSize")]
    [InlineData("Reliance invested Rs 5,000 crore in the unit.", "Rs 5,000 crore", "investment")]
    [InlineData("SoftBank is ploughing ¥1 trillion into the venture.", "¥1 trillion", "investment")]
    [InlineData("The investment, totalling €2bn, will be paid in stages.", "€2bn", "investment")]
    [InlineData("The startup, which raised $100 million last year, is now seeking more.", "$100 million", "roundSize")]
    [InlineData("The startup, which was valued at $1 billion last year, is now seeking more.", "$1 billion", "valuation")]
    [InlineData("The startup's Series B was priced at a $2 billion valuation.", "$2 billion", "valuation")]
    [InlineData("The startup is said to be valued at about $10 billion.", "$10 billion", "valuation")]
    [InlineData("The startup wants to be valued at $10 billion.", "$10 billion", "valuation")]
    [InlineData("Investors are valuing the startup at $10 billion.", "$10 billion", "valuation")]
    [InlineData("A valuation of as much as $10 billion is being discussed.", "$10 billion", "valuation")]
    [InlineData("The company expects to reach $1 billion in annualized revenue by year end.", "$1 billion", "revenue")]
    [InlineData("Revenue hit $1 billion on an annualized basis.", "$1 billion", "revenue")]
    [InlineData("Its revenue run rate is $1 billion.", "$1 billion", "revenue")]
    [InlineData("The startup makes about $500 million a year from subscriptions.", "$500 million", "revenue")]
    [InlineData("OpenAI lost $5 billion on $3.7 billion of revenue.", "$5 billion", "other")]
    [InlineData("OpenAI lost $5 billion on $3.7 billion of revenue.", "$3.7 billion", "revenue")]
    [InlineData("The startup burned through $2 billion last year.", "$2 billion", "other")]
    [InlineData("Microsoft will provide $10 billion in Azure credits.", "$10 billion", "computeCommitment")]
    [InlineData("The deal includes $10 billion of cloud credits.", "$10 billion", "computeCommitment")]
    [InlineData("Google will supply up to $1 billion of cloud computing capacity.", "$1 billion", "computeCommitment")]
    [InlineData("The agreement is valued at $10 billion and covers GPU capacity.", "$10 billion", "computeCommitment")]
    [InlineData("The startup signed a $10 billion deal for Nvidia GPUs.", "$10 billion", "computeCommitment")]
    [InlineData("Shares of the company jumped 10% to $150.", "$150", "other")]
    [InlineData("The company will spend $1 billion on buybacks.", "$1 billion", "other")]
    [InlineData("The government pledged $10 billion in subsidies.", "$10 billion", "other")]
    [InlineData("The EU fined Google €2.4 billion.", "€2.4 billion", "other")]
    [InlineData("The bank lent the company $5 billion.", "$5 billion", "other")]
    // Since the round conventions (M6): a credit facility or a loan is other.
    [InlineData("The startup secured a $500 million credit facility.", "$500 million", "other")]
    [InlineData("The startup raised $500 million in debt financing.", "$500 million", "roundSize")]
    [InlineData("The startup raised $500 million in venture debt.", "$500 million", "roundSize")]
    [InlineData("The startup took on a $500 million term loan.", "$500 million", "other")]
    [InlineData("The company reported an operating loss of $1 billion.", "$1 billion", "other")]
    [InlineData("The startup's founders sold $100 million of shares in a secondary sale.", "$100 million", "other")]
    [InlineData("Employees can sell up to $1 billion of stock in a tender offer.", "$1 billion", "other")]
    [InlineData("Sequoia Capital put $50 million into the $100 million round.", "$50 million", "investment")]
    [InlineData("Sequoia Capital put $50 million into the $100 million round.", "$100 million", "roundSize")]
    [InlineData("Of the $100 million, Sequoia contributed $50 million.", "$50 million", "investment")]
    public void Read_ThirdBatchVariant_GivesTheMetric(string sentence, string at, string expected)
    {
        Metric? metric = expected == "other" ? null : Enum.Parse<Metric>(expected, ignoreCase: true);
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Reliance invested Rs 5,000 crore in the unit.", "Rs 5,000 crore", "Reliance")]
    [InlineData("SoftBank is ploughing ¥1 trillion into the venture.", "¥1 trillion", "SoftBank")]
    [InlineData("Saudi Arabia will invest $10 billion in the startup.", "$10 billion", "Saudi Arabia")]
    [InlineData("The UAE's MGX will invest $7 billion in the startup.", "$7 billion", "MGX")]
    [InlineData("Abu Dhabi-based MGX will invest $7 billion in the startup.", "$7 billion", "MGX")]
    [InlineData("Mubadala Investment Co. said Monday it would invest $1 billion.", "$1 billion", "Mubadala Investment Co.")]
    [InlineData("BlackRock Inc.'s Global Infrastructure Partners will invest $5 billion.", "$5 billion", "Global Infrastructure Partners")]
    [InlineData("GIC and Temasek will each invest $500 million.", "$500 million", "GIC")]
    [InlineData("Microsoft is investing $3 billion in G42, its chief executive said.", "$3 billion", "Microsoft")]
    [InlineData("Nvidia CEO Jensen Huang said the company would invest $100 billion in OpenAI.", "$100 billion", "Nvidia")]
    [InlineData("Jensen Huang said Nvidia would invest up to $100 billion.", "$100 billion", "Nvidia")]
    [InlineData("OpenAI chief executive Sam Altman said Microsoft had invested $13 billion.", "$13 billion", "Microsoft")]
    [InlineData("In a regulatory filing, Intel said SoftBank had bought $2 billion of its shares.", "$2 billion", "SoftBank")]
    [InlineData("The startup counts Nvidia, which invested $50 million, among its backers.", "$50 million", "Nvidia")]
    [InlineData("Nvidia, along with Microsoft, invested $100 million.", "$100 million", "Nvidia")]
    [InlineData("Alongside Microsoft, Nvidia invested $100 million.", "$100 million", "Nvidia")]
    [InlineData("Besides Nvidia, Microsoft also invested $100 million.", "$100 million", "Microsoft")]
    [InlineData("Apart from Nvidia, Microsoft invested $100 million.", "$100 million", "Microsoft")]
    [InlineData("Sequoia Capital put $50 million into the $100 million round.", "$50 million", "Sequoia Capital")]
    [InlineData("The startup's biggest investor, Sequoia Capital, put in $50 million.", "$50 million", "Sequoia Capital")]
    [InlineData("Of the $100 million, Sequoia contributed $50 million.", "$50 million", "Sequoia")]
    public void Read_ThirdBatchVariant_NamesTheInvestor(string sentence, string at, string expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("The Wall Street Journal first reported the talks.", "Wall Street Journal")]
    [InlineData("Reuters previously reported the talks.", "Reuters")]
    [InlineData("The talks were first reported by Bloomberg News.", "Bloomberg")]
    [InlineData("Details of the deal were reported earlier by the Financial Times.", "Financial Times")]
    [InlineData("The FT reported the deal on Sunday.", "Financial Times")]
    [InlineData("The talks were reported by the Nikkei.", "Nikkei")]
    [InlineData("Sky News reported on Saturday that the bank would sell its stake.", "Sky News")]
    [InlineData("The bank will sell its stake, according to people familiar with the matter cited by Bloomberg.", "Bloomberg")]
    [InlineData("The bank will sell its stake, sources quoted by Reuters said.", "Reuters")]
    [InlineData("The bank will sell its stake, people with knowledge of the deal told the Financial Times.", "Financial Times")]
    [InlineData("Axios' Dan Primack reported that the bank would sell its stake.", "Axios")]
    [InlineData("The bank will sell its stake, according to reporting by The Information.", "The Information")]
    [InlineData("The stake is worth $5 billion, according to Bloomberg calculations.", "Bloomberg")]
    [InlineData("The Information, which first reported the talks, said the bank would sell its stake.", "The Information")]
    [InlineData("Handelsblatt, the German business daily, reported that the bank would sell its stake.", "Handelsblatt")]
    [InlineData("German business daily Handelsblatt reported that the bank would sell its stake.", "Handelsblatt")]
    [InlineData("Japan's Nikkei newspaper reported that the bank would sell its stake.", "Nikkei")]
    [InlineData("Startups raised $5 billion, per PitchBook data.", "PitchBook")]
    [InlineData("Startups raised $5 billion, per Crunchbase.", "Crunchbase")]
    [InlineData("PitchBook said startups raised $5 billion.", "PitchBook")]
    [InlineData("Data from research firm Preqin show startups raised $5 billion.", "Preqin")]
    [InlineData("Microsoft will invest $2 billion, Microsoft told Reuters.", "Reuters")]
    public void Read_ThirdBatchVariant_NamesTheSource(string sentence, string expected)
    {
        Assert.Contains(Named(sentence), n => n.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The bank will sell its stake, according to people familiar with the matter cited by Bloomberg.")]
    [InlineData("The bank will sell its stake, sources quoted by Reuters said.")]
    [InlineData("The bank will sell its stake, Reuters reported, citing a source.")]
    [InlineData("The bank will sell its stake, Reuters reported, citing an anonymous source.")]
    [InlineData("The bank will sell its stake, Reuters reported, citing unnamed people.")]
    [InlineData("The bank will sell its stake, the newspaper said, citing a person familiar with the matter.")]
    public void Read_ThirdBatchVariant_FindsTheAnonymousSource(string sentence)
    {
        Assert.NotEmpty(Anonymous(sentence));
    }

    [Theory]
    [InlineData("Microsoft will invest $2 billion, Nadella said.")]
    [InlineData("Microsoft will invest $2 billion, Microsoft said in a regulatory announcement to staff.")]
    public void Read_ThirdBatchVariantWithNoCitedSource_IsNoSource(string sentence)
    {
        Assert.Empty(Read(sentence).Sources);
    }

    [Theory]
    [InlineData("The discussions are at a preliminary stage.", TalksStage.Early)]
    [InlineData("The talks are still in the early stages.", TalksStage.Early)]
    [InlineData("The talks are exploratory.", TalksStage.Early)]
    [InlineData("The companies are in preliminary talks.", TalksStage.Early)]
    [InlineData("The companies are in early-stage discussions.", TalksStage.Early)]
    [InlineData("The companies are in the late stages of talks.", TalksStage.Advanced)]
    [InlineData("The companies are in advanced discussions.", TalksStage.Advanced)]
    [InlineData("The companies are in the final stages of negotiations.", TalksStage.Final)]
    [InlineData("The companies completed the transaction on Monday.", TalksStage.Final)]
    [InlineData("The companies are nearing an agreement.", TalksStage.Final)]
    [InlineData("The companies are close to an agreement.", TalksStage.Final)]
    public void Read_ThirdBatchStageVariant_IsProposed(string sentence, TalksStage expected)
    {
        Assert.Contains(Read(sentence).Stages, s => s.Stage == expected);
    }

    [Theory]
    [InlineData("OpenAI and Microsoft declined to comment.", "Microsoft")]
    [InlineData("Neither Microsoft nor OpenAI responded to requests for comment.", "Microsoft")]
    [InlineData("Neither Microsoft nor OpenAI responded to requests for comment.", "OpenAI")]
    [InlineData("Microsoft did not comment.", "Microsoft")]
    [InlineData("Microsoft declined to comment further.", "Microsoft")]
    [InlineData("Microsoft declined to elaborate.", "Microsoft")]
    [InlineData("Microsoft was not immediately available for comment.", "Microsoft")]
    [InlineData("A Microsoft spokesperson declined to comment.", "Microsoft")]
    [InlineData("Microsoft spokesman Frank Shaw declined to comment.", "Microsoft")]
    public void Read_ThirdBatchResponseVariant_NamesTheParty(string sentence, string expected)
    {
        Assert.Contains(Read(sentence).Responses, r => r.Party == expected);
    }

    // ---------------------------------------------------------------- fourth batch: headlines, hedges, quotes, other money forms

    [Theory]
    [InlineData("Microsoft to invest $2bn in OpenAI", "$2bn", "investment")]
    [InlineData("Microsoft invests US$2bn in OpenAI", "US$2bn", "investment")]
    [InlineData("OpenAI raises $6.6bn at $157bn valuation", "$6.6bn", "roundSize")]
    [InlineData("OpenAI raises $6.6bn at $157bn valuation", "$157bn", "valuation")]
    [InlineData("OpenAI valued at $157bn after new funding", "$157bn", "valuation")]
    [InlineData("Amazon in talks to invest up to $4bn in Anthropic", "$4bn", "investment")]
    [InlineData("Anthropic lands $4bn from Amazon", "$4bn", "investment")]
    [InlineData("Anthropic bags $13bn in Series F", "$13bn", "roundSize")]
    [InlineData("OpenAI inks $38bn AWS deal", "$38bn", "computeCommitment")]
    [InlineData("OpenAI signs $300bn cloud deal with Oracle", "$300bn", "computeCommitment")]
    [InlineData("Anthropic revenue run rate tops $5bn", "$5bn", "revenue")]
    [InlineData("Nvidia market value hits $5tn", "$5tn", "other")]
    [InlineData("Google buys Wiz for $32bn", "$32bn", "other")]
    [InlineData("GIC invests S$500 million in the logistics firm.", "S$500 million", "investment")]
    [InlineData("The pension fund committed C$1 billion to the company.", "C$1 billion", "investment")]
    [InlineData("The startup raised A$50 million in a Series B.", "A$50 million", "roundSize")]
    [InlineData("SoftBank invested 300 billion yen in the startup.", "300 billion yen", "investment")]
    [InlineData("Samsung invested 1 trillion won in the chip venture.", "1 trillion won", "investment")]
    [InlineData("The startup is valued at 10 billion euros.", "10 billion euros", "valuation")]
    [InlineData("The startup raised 500 million pounds.", "500 million pounds", "roundSize")]
    [InlineData("Microsoft could invest more than $2 billion in the startup.", "$2 billion", "investment")]
    [InlineData("Microsoft may invest roughly $2 billion in the startup.", "$2 billion", "investment")]
    [InlineData("Microsoft is said to be investing around $2 billion in the startup.", "$2 billion", "investment")]
    [InlineData("Microsoft had been in talks to invest some $2 billion in the startup.", "$2 billion", "investment")]
    [InlineData("Microsoft is weighing an investment of as much as $2 billion.", "$2 billion", "investment")]
    [InlineData("Microsoft is considering investing about $2 billion.", "$2 billion", "investment")]
    [InlineData("Microsoft is mulling a $2 billion investment in the startup.", "$2 billion", "investment")]
    [InlineData("Microsoft is exploring a stake purchase of up to $2 billion.", "$2 billion", "investment")]
    [InlineData("The startup hopes to raise at least $100 million.", "$100 million", "roundSize")]
    [InlineData("The startup aims to raise between $100 million and $150 million.", "$100 million", "roundSize")]
    [InlineData("The startup is targeting a raise of roughly $100 million.", "$100 million", "roundSize")]
    [InlineData("The startup is seeking a valuation of up to $10 billion.", "$10 billion", "valuation")]
    [InlineData("The startup could be valued at as much as $10 billion.", "$10 billion", "valuation")]
    [InlineData("The startup is expected to fetch a valuation of about $10 billion.", "$10 billion", "valuation")]
    [InlineData("\"We are investing $2 billion because we believe in the team,\" the chief executive said.", "$2 billion", "investment")]
    [InlineData("\"This $100 million round lets us hire,\" the founder said.", "$100 million", "roundSize")]
    [InlineData("\"We are now at $1 billion in annual revenue,\" the founder said.", "$1 billion", "revenue")]
    [InlineData("The investment, which totals $2 billion, will be paid in tranches.", "$2 billion", "investment")]
    [InlineData("The investment will total $2 billion over three years.", "$2 billion", "investment")]
    [InlineData("The investment amounts to $2 billion.", "$2 billion", "investment")]
    [InlineData("The stake purchase amounts to $2 billion.", "$2 billion", "investment")]
    [InlineData("The round totals $100 million.", "$100 million", "roundSize")]
    [InlineData("The funding amounts to $100 million.", "$100 million", "roundSize")]
    [InlineData("The valuation stands at $10 billion.", "$10 billion", "valuation")]
    [InlineData("The company's annual revenue stands at $1 billion.", "$1 billion", "revenue")]
    [InlineData("The cloud contract is valued at $10 billion.", "$10 billion", "computeCommitment")]
    [InlineData("The investors include Sequoia, which put in $50 million.", "$50 million", "investment")]
    // Ninth session: several givers' total ("investors including A and B") is other by the written convention (MetricRules.TargetKinds).
    [InlineData("Investors including Sequoia and Accel put $100 million into the startup.", "$100 million", "other")]
    [InlineData("The startup's existing investors chipped in a further $20 million.", "$20 million", "investment")]
    [InlineData("The startup raised $100 million, with Sequoia contributing $50 million.", "$100 million", "roundSize")]
    [InlineData("The startup raised $100 million, with Sequoia contributing $50 million.", "$50 million", "investment")]
    [InlineData("The startup raised $100 million, of which Sequoia provided $50 million.", "$50 million", "investment")]
    [InlineData("Sequoia's contribution to the round was $50 million.", "$50 million", "investment")]
    [InlineData("Sequoia's share of the $100 million round was $50 million.", "$50 million", "investment")]
    public void Read_FourthBatchVariant_GivesTheMetric(string sentence, string at, string expected)
    {
        Metric? metric = expected == "other" ? null : Enum.Parse<Metric>(expected, ignoreCase: true);
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Microsoft to invest $2bn in OpenAI", "$2bn", "Microsoft")]
    [InlineData("Anthropic lands $4bn from Amazon", "$4bn", "Amazon")]
    [InlineData("Amazon in talks to invest up to $4bn in Anthropic", "$4bn", "Amazon")]
    [InlineData("GIC invests S$500 million in the logistics firm.", "S$500 million", "GIC")]
    [InlineData("The pension fund committed C$1 billion to the company.", "C$1 billion", null)]
    [InlineData("SoftBank invested 300 billion yen in the startup.", "300 billion yen", "SoftBank")]
    [InlineData("Samsung invested 1 trillion won in the chip venture.", "1 trillion won", "Samsung")]
    [InlineData("Microsoft is said to be investing around $2 billion in the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft had been in talks to invest some $2 billion in the startup.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft is weighing an investment of as much as $2 billion.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft is considering investing about $2 billion.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft is mulling a $2 billion investment in the startup.", "$2 billion", "Microsoft")]
    [InlineData("The investors include Sequoia, which put in $50 million.", "$50 million", "Sequoia")]
    // Ninth session: several givers' total is other, so no investor is named (MetricRules.TargetKinds).
    [InlineData("Investors including Sequoia and Accel put $100 million into the startup.", "$100 million", null)]
    [InlineData("The startup raised $100 million, with Sequoia contributing $50 million.", "$50 million", "Sequoia")]
    [InlineData("The startup raised $100 million, of which Sequoia provided $50 million.", "$50 million", "Sequoia")]
    [InlineData("Sequoia's contribution to the round was $50 million.", "$50 million", "Sequoia")]
    [InlineData("Sequoia's share of the $100 million round was $50 million.", "$50 million", "Sequoia")]
    [InlineData("The $2 billion from Microsoft will be paid in tranches.", "$2 billion", "Microsoft")]
    [InlineData("Microsoft's investment, which totals $2 billion, will be paid in tranches.", "$2 billion", "Microsoft")]
    public void Read_FourthBatchVariant_NamesTheInvestor(string sentence, string at, string? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("Microsoft to invest $2bn in OpenAI - Bloomberg", null)]
    [InlineData("Microsoft to invest $2bn in OpenAI: report", null)]
    [InlineData("Microsoft to invest $2bn in OpenAI, says report", null)]
    [InlineData("Microsoft to invest $2bn in OpenAI, FT reports", "Financial Times")]
    [InlineData("Microsoft to invest $2bn in OpenAI, sources say", null)]
    [InlineData("Microsoft is investing $2 billion, the Information reports.", "The Information")]
    [InlineData("Microsoft is investing $2 billion, reports the Information.", "The Information")]
    [InlineData("Microsoft is investing $2 billion, CNBC's Deirdre Bosa reported.", "CNBC")]
    [InlineData("Microsoft is investing $2 billion, according to Reuters calculations.", "Reuters")]
    [InlineData("Microsoft is investing $2 billion, a Bloomberg News analysis found.", "Bloomberg")]
    [InlineData("Microsoft is investing $2 billion, a Reuters review of filings shows.", "Reuters")]
    [InlineData("Microsoft is investing $2 billion, according to a Reuters tally.", "Reuters")]
    [InlineData("Microsoft is investing $2 billion, the Financial Times reported citing sources.", "Financial Times")]
    [InlineData("Microsoft is investing $2 billion, according to an exclusive report by Axios.", "Axios")]
    [InlineData("Microsoft is investing $2 billion, Semafor reported Tuesday.", "Semafor")]
    [InlineData("Microsoft is investing $2 billion, Bloomberg reported late Monday.", "Bloomberg")]
    [InlineData("Microsoft is investing $2 billion, Bloomberg News reported, citing unnamed sources.", "Bloomberg")]
    public void Read_FourthBatchVariant_NamesTheSource(string sentence, string? expected)
    {
        var named = Named(sentence);
        if (expected is null)
        {
            // A credit line ("- Bloomberg") and an unnamed "report" are no named source.
            Assert.Empty(named);
        }
        else
        {
            Assert.Contains(named, n => n.Contains(expected, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("Microsoft to invest $2bn in OpenAI, sources say")]
    [InlineData("Microsoft is investing $2 billion, Bloomberg News reported, citing unnamed sources.")]
    [InlineData("Microsoft is investing $2 billion, the Financial Times reported citing sources.")]
    [InlineData("Microsoft is investing $2 billion, people familiar with the plans tell Axios.")]
    [InlineData("Microsoft is investing $2 billion, a person familiar with the matter confirmed.")]
    [InlineData("Microsoft is investing $2 billion, according to one person close to the company.")]
    [InlineData("Microsoft is investing $2 billion, two people briefed on the deal told the newspaper.")]
    [InlineData("Microsoft is investing $2 billion, say people familiar with the matter.")]
    [InlineData("Microsoft is investing $2 billion, sources tell CNBC.")]
    [InlineData("Microsoft is investing $2 billion, an insider told the newspaper.")]
    public void Read_FourthBatchVariant_FindsTheAnonymousSource(string sentence)
    {
        Assert.NotEmpty(Anonymous(sentence));
    }

    // ---------------------------------------------------------------- fifth batch: two sentences, stand-ins, outlets and providers by kind

    [Theory]
    [InlineData("Toyota announced a deal with Joby. The carmaker will invest $500 million in the startup.", "$500 million", "Toyota")]
    [InlineData("Toyota announced a deal with Joby. It will invest $500 million in the startup.", "$500 million", "Toyota")]
    [InlineData("Toyota announced a deal with Joby. The Japanese company said it would invest $500 million.", "$500 million", "Toyota")]
    [InlineData("Amazon deepened its ties with Anthropic on Friday, saying it would invest another $4 billion.", "$4 billion", "Amazon")]
    [InlineData("Amazon, saying it would invest another $4 billion, deepened its ties with Anthropic.", "$4 billion", "Amazon")]
    [InlineData("Deepening its ties with Anthropic, Amazon will invest another $4 billion.", "$4 billion", "Amazon")]
    [InlineData("After months of talks, Amazon agreed to invest $4 billion in Anthropic.", "$4 billion", "Amazon")]
    [InlineData("In its biggest bet yet, Amazon will invest $4 billion in Anthropic.", "$4 billion", "Amazon")]
    [InlineData("To fund the expansion, Anthropic took $4 billion from Amazon.", "$4 billion", "Amazon")]
    [InlineData("Anthropic, the maker of Claude, took $4 billion from Amazon.", "$4 billion", "Amazon")]
    [InlineData("Anthropic has taken a total of $8 billion from Amazon.", "$8 billion", "Amazon")]
    [InlineData("Amazon's Alexa Fund invested $5 million in the startup.", "$5 million", "Alexa Fund")]
    [InlineData("Intel Capital, the chipmaker's venture arm, invested $20 million.", "$20 million", "Intel Capital")]
    [InlineData("The venture arm of Intel, Intel Capital, invested $20 million.", "$20 million", "Intel Capital")]
    [InlineData("Qatar's sovereign wealth fund, the Qatar Investment Authority, will invest $1 billion.", "$1 billion", "Qatar Investment Authority")]
    [InlineData("The Qatar Investment Authority will invest $1 billion in the startup.", "$1 billion", "Qatar Investment Authority")]
    [InlineData("Singapore state investor Temasek will invest $1 billion in the startup.", "$1 billion", "Temasek")]
    [InlineData("Private equity firm KKR will invest $1 billion in the startup.", "$1 billion", "KKR")]
    [InlineData("Venture capital firm Sequoia Capital will invest $100 million in the startup.", "$100 million", "Sequoia Capital")]
    public void Read_FifthBatchVariant_NamesTheInvestor(string sentence, string at, string expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("Toyota announced a deal with Joby. The carmaker will invest $500 million in the startup.", "$500 million", "investment")]
    [InlineData("Anthropic has taken a total of $8 billion from Amazon.", "$8 billion", "investment")]
    [InlineData("The two companies did not disclose the size of the deal, which people familiar put at $2 billion.", "$2 billion", "other")]
    [InlineData("The startup was valued at $1 billion. That has since doubled to $2 billion.", "$2 billion", "valuation")]
    [InlineData("Anthropic raised $13 billion. The round was led by Iconiq.", "$13 billion", "roundSize")]
    [InlineData("The figure includes $5 billion from SoftBank.", "$5 billion", "investment")]
    [InlineData("SoftBank's portion of the round is $30 billion.", "$30 billion", "investment")]
    [InlineData("The round's lead investor, SoftBank, is putting up $30 billion.", "$30 billion", "investment")]
    [InlineData("Anthropic expects to generate $70 billion in revenue in 2028.", "$70 billion", "revenue")]
    [InlineData("Anthropic expects sales of up to $70 billion in 2028.", "$70 billion", "revenue")]
    [InlineData("Anthropic is on pace to bring in $5 billion this year.", "$5 billion", "revenue")]
    [InlineData("Anthropic spent $2.7 billion on compute last year.", "$2.7 billion", "computeCommitment")]
    // Other until the named-investor-totals realignment: a named organisation's own build-out is its investment (the issue's reading).
    // Spending on data centres with no provider named is a build-out, as the corpus labels it (blind43: "will spend $15 billion … on a
    // giant data centre"); "on Oracle data centers" stays compute (MetricRules.BuildOuts.cs).
    [InlineData("The valuation of $183 billion includes the new money.", "$183 billion", "valuation")]
    [InlineData("Including the new money, Anthropic is worth $183 billion.", "$183 billion", "valuation")]
    public void Read_FifthBatchVariant_GivesTheMetric(string sentence, string at, string expected)
    {
        Metric? metric = expected == "other" ? null : Enum.Parse<Metric>(expected, ignoreCase: true);
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Anthropic is raising money, the tech news site The Information reported.", "The Information")]
    [InlineData("Anthropic is raising money, tech news site The Information reported.", "The Information")]
    [InlineData("Anthropic is raising money, news outlet Semafor reported.", "Semafor")]
    [InlineData("Anthropic is raising money, financial news service Bloomberg reported.", "Bloomberg")]
    [InlineData("Anthropic is raising money, the Financial Times newspaper reported.", "Financial Times")]
    [InlineData("Anthropic is raising money, according to the website The Information.", "The Information")]
    [InlineData("Anthropic is raising money, according to startup data platform Crunchbase.", "Crunchbase")]
    [InlineData("Anthropic is raising money, according to market research firm CB Insights.", "CB Insights")]
    [InlineData("Anthropic is raising money, according to the venture data firm PitchBook.", "PitchBook")]
    [InlineData("Anthropic is raising money, according to a PitchBook analysis.", "PitchBook")]
    [InlineData("Anthropic is raising money, PitchBook analysts estimate.", "PitchBook")]
    [InlineData("Anthropic is raising money, according to Dealroom data.", "Dealroom")]
    [InlineData("Anthropic is raising money, according to data from Dealroom.", "Dealroom")]
    [InlineData("Anthropic is raising money, according to a source cited by the newspaper Handelsblatt.", "Handelsblatt")]
    [InlineData("Anthropic is raising money, the Japanese business daily Nikkei reported.", "Nikkei")]
    [InlineData("Anthropic is raising money, Bloomberg reported, citing a term sheet.", "Bloomberg")]
    [InlineData("As reported by Reuters last month, Anthropic is raising money.", "Reuters")]
    [InlineData("As Reuters reported last month, Anthropic is raising money.", "Reuters")]
    [InlineData("Reuters reported last month that Anthropic is raising money.", "Reuters")]
    [InlineData("Reuters first reported in March that Anthropic was raising money.", "Reuters")]
    public void Read_FifthBatchVariant_NamesTheSource(string sentence, string expected)
    {
        Assert.Contains(Named(sentence), n => n.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    // ---------------------------------------------------------------- sixth batch: takeovers against stakes, states and persons, mixed sources

    [Theory]
    [InlineData("Microsoft agreed to buy a 4.9% stake in the startup for $500 million.", "$500 million", "investment")]
    [InlineData("Microsoft agreed to buy the startup for $500 million.", "$500 million", "other")]
    // Other until the stakes-control realignment: in the issue's reading a stake of any size bought is the buyer's investment.
    [InlineData("Microsoft agreed to buy a majority stake in the startup for $500 million.", "$500 million", "investment")]
    [InlineData("Microsoft agreed to buy the rest of the startup for $500 million.", "$500 million", "other")]
    [InlineData("Microsoft will acquire the startup in a deal worth $500 million.", "$500 million", "other")]
    [InlineData("Microsoft will take full control of the startup for $500 million.", "$500 million", "other")]
    // Since this session's stake-sale rule: a minority stake's price is the buyer's investment, as the written convention and four fresh
    // corpus sentences (blind26, blind33, blind34) have it; this variant had it as the seller's exit.
    [InlineData("Microsoft sold its 10% stake in the startup for $500 million.", "$500 million", "investment")]
    // Since convention M11 (twenty-fifth session) a stake's worth is an investment.
    [InlineData("Microsoft's stake in the startup is now worth about $500 million.", "$500 million", "investment")]
    [InlineData("Microsoft bought shares worth $500 million in the startup.", "$500 million", "investment")]
    [InlineData("Microsoft subscribed to $500 million of new shares in the startup.", "$500 million", "investment")]
    [InlineData("Microsoft will invest $500 million in exchange for a 10% stake.", "$500 million", "investment")]
    [InlineData("Microsoft will invest $500 million for a minority stake.", "$500 million", "investment")]
    [InlineData("Microsoft's $500 million minority investment closed on Friday.", "$500 million", "investment")]
    [InlineData("The government will invest $10 billion in the chipmaker.", "$10 billion", "investment")]
    [InlineData("The government will take a $10 billion equity stake in the chipmaker.", "$10 billion", "investment")]
    [InlineData("The state fund injected $10 billion into the chipmaker.", "$10 billion", "investment")]
    [InlineData("Billionaire Peter Thiel invested $10 million in the startup.", "$10 million", "investment")]
    [InlineData("Masayoshi Son's SoftBank put $1 billion into the startup.", "$1 billion", "investment")]
    [InlineData("The startup raised $200 million from SoftBank and others.", "$200 million", "roundSize")]
    [InlineData("The startup raised $200 million from a group including SoftBank.", "$200 million", "roundSize")]
    [InlineData("The startup raised $200 million from investors such as SoftBank and Sequoia.", "$200 million", "roundSize")]
    [InlineData("The startup raised $200 million, led by SoftBank.", "$200 million", "roundSize")]
    public void Read_SixthBatchVariant_GivesTheMetric(string sentence, string at, string expected)
    {
        Metric? metric = expected == "other" ? null : Enum.Parse<Metric>(expected, ignoreCase: true);
        Assert.Equal(metric, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Microsoft agreed to buy a 4.9% stake in the startup for $500 million.", "$500 million", "Microsoft")]
    [InlineData("Microsoft bought shares worth $500 million in the startup.", "$500 million", "Microsoft")]
    [InlineData("Microsoft subscribed to $500 million of new shares in the startup.", "$500 million", "Microsoft")]
    [InlineData("Microsoft will invest $500 million in exchange for a 10% stake.", "$500 million", "Microsoft")]
    [InlineData("Billionaire Peter Thiel invested $10 million in the startup.", "$10 million", "Peter Thiel")]
    [InlineData("Masayoshi Son's SoftBank put $1 billion into the startup.", "$1 billion", "SoftBank")]
    [InlineData("The Saudi government will invest $10 billion in the chipmaker.", "$10 billion", "Saudi")]
    [InlineData("Japan will invest $10 billion in the chipmaker.", "$10 billion", "Japan")]
    [InlineData("The Japanese government will invest $10 billion in Rapidus.", "$10 billion", "Japanese")]
    public void Read_SixthBatchVariant_NamesTheInvestor(string sentence, string at, string expected)
    {
        Assert.Contains(expected, Figure(sentence, at).Investor ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft will invest, Bloomberg News reported, citing documents it had seen.", "Bloomberg")]
    [InlineData("Microsoft will invest, according to an investor presentation seen by Reuters.", "Reuters")]
    [InlineData("Microsoft will invest, according to a term sheet reviewed by The Information.", "The Information")]
    [InlineData("Microsoft will invest, according to a report on Monday by the Financial Times.", "Financial Times")]
    [InlineData("Microsoft will invest, according to a Monday report in the Wall Street Journal.", "Wall Street Journal")]
    [InlineData("Microsoft will invest, the New York Times reported, citing three people.", "New York Times")]
    [InlineData("Microsoft will invest, Reuters exclusively reported on Monday.", "Reuters")]
    [InlineData("Microsoft will invest, Reuters reported exclusively on Monday.", "Reuters")]
    [InlineData("Microsoft will invest, an exclusive Reuters report said.", "Reuters")]
    [InlineData("Microsoft will invest, Business Insider reported, citing an internal email.", "Business Insider")]
    [InlineData("Microsoft will invest, The Verge reported.", "The Verge")]
    [InlineData("Microsoft will invest, tech publication The Verge reported.", "The Verge")]
    public void Read_SixthBatchVariant_NamesTheSource(string sentence, string expected)
    {
        Assert.Contains(Named(sentence), n => n.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Microsoft will invest, the New York Times reported, citing three people.")]
    [InlineData("Microsoft will invest, three people with knowledge of the plans said on Monday.")]
    [InlineData("Microsoft will invest, one source said, adding that talks were ongoing.")]
    [InlineData("Microsoft will invest, a person familiar with Microsoft's plans told The Information.")]
    [InlineData("Microsoft will invest, according to two people who spoke on condition of anonymity.")]
    [InlineData("Microsoft will invest, according to a person who asked not to be named.")]
    public void Read_SixthBatchVariant_FindsTheAnonymousSource(string sentence)
    {
        Assert.NotEmpty(Anonymous(sentence));
    }
}
