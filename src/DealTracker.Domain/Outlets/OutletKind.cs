namespace DealTracker.Domain.Outlets;

public enum OutletKind
{
    Wire,
    Newspaper,
    Magazine,
    Online,
    Aggregator,
    Tabloid,
    Newsletter,
    ThinkTank,
    MarketNews,
}
