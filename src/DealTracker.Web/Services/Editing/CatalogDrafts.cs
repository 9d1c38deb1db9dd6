using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Domain.Text;

namespace DealTracker.Web.Services.Editing;

/// <summary>What every catalog draft carries: the item (null for a new one) and the version its form started from.</summary>
public interface ICatalogDraft
{
    int? Id { get; }

    int Version { get; }
}

/// <summary>An outlet as its form holds it.</summary>
public sealed class OutletDraft : ICatalogDraft
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string? Name { get; set; }

    public OutletKind Kind { get; set; } = OutletKind.Online;

    public string? Homepage { get; set; }

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (VisibleText.IsBlank(Name))
        {
            errors[nameof(Name)] = "Give the outlet's name.";
        }

        ReportDraft.Check(errors, nameof(Name), Name, Limits.Name, "A name");
        if (!string.IsNullOrWhiteSpace(Homepage) && !Links.IsSafe(Homepage.Trim()))
        {
            errors[nameof(Homepage)] = "A link must be a full web address starting with http:// or https://.";
        }
        else
        {
            ReportDraft.Check(errors, nameof(Homepage), Homepage, Limits.Url, "A link");
        }

        return errors;
    }
}

/// <summary>A party as its form holds it.</summary>
public sealed class PartyDraft : ICatalogDraft
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string? Name { get; set; }

    public PartyKind Kind { get; set; } = PartyKind.Company;

    public string? Description { get; set; }

    public int? AffiliationId { get; set; }

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (VisibleText.IsBlank(Name))
        {
            errors[nameof(Name)] = "Give the party's name.";
        }

        ReportDraft.Check(errors, nameof(Name), Name, Limits.Name, "A name");
        ReportDraft.Check(errors, nameof(Description), Description, Limits.Description, "A description");
        if (Id is not null && AffiliationId == Id)
        {
            errors[nameof(AffiliationId)] = "A party cannot be affiliated with itself.";
        }

        return errors;
    }
}

/// <summary>A deal as its form holds it, with the parties in it and their roles.</summary>
public sealed class DealDraft : ICatalogDraft
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public DealStage Stage { get; set; } = DealStage.Rumoured;

    public string? StageNote { get; set; }

    public List<DealPartyDraft> Parties { get; set; } = [];

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (VisibleText.IsBlank(Title))
        {
            errors[nameof(Title)] = "Give the deal a title.";
        }

        if (VisibleText.IsBlank(Summary))
        {
            errors[nameof(Summary)] = "Say in a sentence what the deal is.";
        }

        ReportDraft.Check(errors, nameof(Title), Title, Limits.DealTitle, "A title");
        ReportDraft.Check(errors, nameof(Summary), Summary, Limits.Summary, "A summary");
        ReportDraft.Check(errors, nameof(StageNote), StageNote, Limits.ShortNote, "A stage note");
        if (Parties.Count > Limits.PartiesPerDeal)
        {
            errors[nameof(Parties)] = $"A deal can have at most {Limits.PartiesPerDeal} parties; this one lists {Parties.Count}.";
        }

        for (var i = 0; Parties.Count <= Limits.PartiesPerDeal && i < Parties.Count; i++)
        {
            if (Parties[i].PartyId <= 0)
            {
                errors[$"Parties[{i}]"] = "Pick the party.";
            }
        }

        return errors;
    }
}

public sealed class DealPartyDraft
{
    public int PartyId { get; set; }

    public PartyRole Role { get; set; }
}

/// <summary>An event as its form holds it.</summary>
public sealed class EventDraft : ICatalogDraft
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public int DealId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public DatePrecision OccurredPrecision { get; set; } = DatePrecision.Day;

    public Dictionary<string, string> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (DealId <= 0)
        {
            errors[nameof(DealId)] = "Pick the deal.";
        }

        if (VisibleText.IsBlank(Title))
        {
            errors[nameof(Title)] = "Give the event a title.";
        }

        ReportDraft.Check(errors, nameof(Title), Title, Limits.Title, "A title");
        ReportDraft.Check(errors, nameof(Description), Description, Limits.Summary, "A description");
        if (OccurredOn is { } on && PartialDate.From(on, OccurredPrecision).Start > today)
        {
            errors[nameof(OccurredOn)] = "An event cannot have happened in the future.";
        }
        else if (OccurredOn < Limits.EarliestDate)
        {
            errors[nameof(OccurredOn)] = ReportDraft.TooEarly("event's");
        }

        return errors;
    }
}
