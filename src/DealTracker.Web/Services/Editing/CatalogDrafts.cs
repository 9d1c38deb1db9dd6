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

        ReportDraft.CheckLine(errors, nameof(Name), Name, Limits.Name, "A name");
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

        ReportDraft.CheckLine(errors, nameof(Name), Name, Limits.Name, "A name");
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

        ReportDraft.CheckLine(errors, nameof(Title), Title, Limits.DealTitle, "A title");
        ReportDraft.Check(errors, nameof(Summary), Summary, Limits.Summary, "A summary");
        ReportDraft.Check(errors, nameof(StageNote), StageNote, Limits.ShortNote, "A stage note");
        if (Parties.Count > Limits.PartiesPerDeal)
        {
            errors[nameof(Parties)] = $"A deal can have at most {Limits.PartiesPerDeal} parties; this one lists {Parties.Count}.";
        }

        for (var i = 0; Parties.Count <= Limits.PartiesPerDeal && i < Parties.Count; i++)
        {
            var row = Parties[i];
            if (row.PartyId <= 0)
            {
                errors[$"Parties[{i}]"] = "Pick the party.";
            }
            else if (Parties.Take(i).Select((earlier, at) => (earlier, at)).FirstOrDefault(e => e.earlier.PartyId == row.PartyId && e.earlier.Role == row.Role) is ({ } same, var at)
                && ReportDraft.Clean(same.Note) != ReportDraft.Clean(row.Note))
            {
                // The same party in the same role twice is one row; kept twice with different notes, one note would be lost.
                errors[$"Parties[{i}]"] = $"Party {i + 1} is party {at + 1} again, in the same role, with another note: keep one row, with the note to keep.";
            }

            ReportDraft.Check(errors, DealPartyDraft.NoteKey(i), row.Note, Limits.ShortNote, "A note");
        }

        return errors;
    }
}

/// <summary>A party's row in a deal's form: the stored row it edits (null for a new one), the party, its role and the note on it.</summary>
public sealed class DealPartyDraft
{
    /// <summary>The stored row this one edits, so that a changed role or note updates it in place; null for a new row.</summary>
    public int? Id { get; set; }

    public int PartyId { get; set; }

    public PartyRole Role { get; set; }

    /// <summary>What the reports say of the role ("In talks to invest as much as $50 billion (Reuters)"), shown with the party.</summary>
    public string? Note { get; set; }

    /// <summary>The error key of the note of row <paramref name="index"/>.</summary>
    public static string NoteKey(int index) => $"Parties[{index}].Note";
}

/// <summary>An event as its form holds it.</summary>
public sealed class EventDraft : ICatalogDraft
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public int DealId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>
    /// The day as entered, even when only the month or year is known (<see cref="OccurredPrecision"/>): switching the precision
    /// coarser and back keeps the day the editor gave. The save stores the first day of what is known.
    /// </summary>
    public DateOnly? OccurredOn { get; set; }

    public DatePrecision OccurredPrecision { get; set; } = DatePrecision.Day;

    /// <summary>
    /// Text typed into the date field that is no date in the field's form ("yesterday", "2025-02-30"), kept here so that the save is
    /// refused with it rather than the event saved without its date; null when the field holds a date or nothing.
    /// </summary>
    public string? UnreadDate { get; set; }

    /// <summary>The message for <see cref="UnreadDate"/>: the text is no date, and how to write one at this precision.</summary>
    public static string NotADate(string text, DatePrecision precision) =>
        $"“{Limits.Clip(text.Trim(), 40)}” is not a date. Write the date as {ReportDraft.DateForm(precision)}.";

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

        ReportDraft.CheckLine(errors, nameof(Title), Title, Limits.Title, "A title");
        ReportDraft.Check(errors, nameof(Description), Description, Limits.Summary, "A description");
        if (UnreadDate is not null)
        {
            errors[nameof(OccurredOn)] = NotADate(UnreadDate, OccurredPrecision);
        }
        else if (OccurredOn is { } on && PartialDate.From(on, OccurredPrecision).Start > today)
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
