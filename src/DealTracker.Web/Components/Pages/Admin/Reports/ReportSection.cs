using DealTracker.Web.Components.Pages.Admin.Shared;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Components;

namespace DealTracker.Web.Components.Pages.Admin.Reports;

/// <summary>
/// What the parts of the report form share: the draft they edit, the form's errors (a part clears the errors
/// a change may have fixed), and a callback that tells the page the draft changed (for its unsaved-changes state).
/// </summary>
public abstract class ReportSection : ComponentBase
{
    [Parameter, EditorRequired]
    public ReportDraft Draft { get; set; } = default!;

    [Parameter, EditorRequired]
    public FieldErrors Errors { get; set; } = default!;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>Applies a change, forgets the errors of <paramref name="fields"/> and tells the page.</summary>
    protected Task SetAsync(Action apply, params string[] fields)
    {
        apply();
        Errors.Clear(fields);
        return OnChanged.InvokeAsync();
    }
}
