namespace DealTracker.Web.Services.Editing;

public enum EditOutcome
{
    Saved,

    /// <summary>The input breaks a rule; <see cref="EditResult.Errors"/> says which field and why. Nothing was saved.</summary>
    Invalid,

    /// <summary>Someone else saved the item since this edit began. Nothing was saved.</summary>
    Conflict,

    /// <summary>The item (a claim) is retracted, and a retracted item is kept as it was: no edit applies to it. Nothing was saved.</summary>
    Retracted,

    NotFound,

    /// <summary>Another process held the store's write lock for longer than the busy timeout. Nothing was saved; trying again is safe.</summary>
    Busy,
}

/// <summary>What a save came to. Only <see cref="EditOutcome.Saved"/> changed anything.</summary>
public sealed record EditResult(EditOutcome Outcome, int Id, int Version, IReadOnlyDictionary<string, string> Errors, string? Message)
{
    private static readonly Dictionary<string, string> _none = [];

    public bool Succeeded => Outcome == EditOutcome.Saved;

    public static EditResult Saved(int id, int version) => new(EditOutcome.Saved, id, version, _none, null);

    public static EditResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(EditOutcome.Invalid, 0, 0, errors, "Nothing was saved: correct the fields marked.");

    public static EditResult Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public static EditResult Conflict(string what) => new(
        EditOutcome.Conflict, 0, 0, _none,
        $"Someone else saved this {what} after you opened it. Nothing was saved: reload to see their changes, then make yours again.");

    /// <summary>A retracted claim is frozen: an edit of it is refused (409 in the API, titled as what it is), never applied.</summary>
    public static EditResult Retracted(int claimId) => new(
        EditOutcome.Retracted, 0, 0, _none,
        $"Claim {claimId} is retracted, and a retracted claim is kept as it was. Nothing was saved: enter a new claim on the report for the corrected figure.");

    public static EditResult Busy() => new(EditOutcome.Busy, 0, 0, _none, Data.StoreBusy.Message);

    public static EditResult NotFound(string what) => new(EditOutcome.NotFound, 0, 0, _none, $"That {what} does not exist.");
}
