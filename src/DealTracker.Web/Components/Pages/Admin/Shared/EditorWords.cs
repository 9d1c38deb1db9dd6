using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>The editor pages' words for the enums <see cref="DisplayNames"/> does not cover: never a raw enum name.</summary>
public static class EditorWords
{
    public static string Of(PartyKind kind) => kind switch
    {
        PartyKind.Company => "Company",
        PartyKind.Person => "Person",
        PartyKind.Fund => "Fund",
        PartyKind.Government => "Government",
        _ => kind.ToString(),
    };

    /// <summary>How precisely a date is known: "Day", "Month only", "Year only".</summary>
    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "Day",
        DatePrecision.Month => "Month only",
        DatePrecision.Year => "Year only",
        _ => precision.ToString(),
    };

    /// <summary>A claim field's name in an error summary: "DealId" → "Deal"; a field named in words ("Quote") as it is.</summary>
    public static string ClaimField(string field) => field switch
    {
        nameof(ClaimDraft.DealId) => "Deal",
        nameof(ClaimDraft.PartyId) => "Party",
        nameof(ClaimDraft.TalksStage) => "Talks stage",
        _ => field,
    };
}
