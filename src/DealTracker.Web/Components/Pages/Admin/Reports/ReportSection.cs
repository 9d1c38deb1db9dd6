using DealTracker.Web.Components.Pages.Admin.Shared;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Components;

namespace DealTracker.Web.Components.Pages.Admin.Reports;

/// <summary>
/// What the parts of the report form share: the draft they edit, the form's errors to show, and a callback that
/// hands each change's error keys to the page (<see cref="EditorForm{TDraft}.Changed"/> forgets those errors and
/// updates the unsaved-changes state).
/// </summary>
public abstract class ReportSection : ComponentBase
{
    [Parameter, EditorRequired]
    public ReportDraft Draft { get; set; } = default!;

    [Parameter, EditorRequired]
    public FieldErrors Errors { get; set; } = default!;

    /// <summary>Raised after each change, with the error keys it may have fixed.</summary>
    [Parameter]
    public EventCallback<string[]> OnChanged { get; set; }

    /// <summary>Applies a change, then tells the page which errors it may have fixed.</summary>
    protected Task SetAsync(Action apply, params string[] fields)
    {
        apply();
        return ChangedAsync(fields);
    }

    /// <summary>Tells the page a child changed the draft, with the error keys it may have fixed.</summary>
    protected Task ChangedAsync(params string[] fields) => OnChanged.InvokeAsync(fields);
}
