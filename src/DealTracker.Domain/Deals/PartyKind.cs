namespace DealTracker.Domain.Deals;

public enum PartyKind
{
    Company,
    Person,
    Fund,
    Government,
}
