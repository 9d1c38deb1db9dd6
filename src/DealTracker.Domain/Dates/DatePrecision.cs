namespace DealTracker.Domain.Dates;

/// <summary>How much of a date is known. Ordered from the finest to the coarsest.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}
