using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DealTracker.Web.Components.Pages.Admin.Reports;

/// <summary>
/// What the paste panel's lists of proposals share (figures, sources, stage and response claims): each proposal
/// keyed for the page, taken off the list once accepted or dropped, with focus moving to the one that takes its
/// place, so that an editor goes through a list from the keyboard (<see cref="ProposalCard"/>: A accepts, D drops).
/// </summary>
public abstract class ProposalList<TProposal> : ComponentBase, IProposalList, IAsyncDisposable
    where TProposal : class
{
    private object? _shown;
    private IJSObjectReference? _module;
    private string? _focusId;
    private int _nextKey;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>One proposal on the list; its buttons are {prefix}-{Key}-accept and {prefix}-{Key}-drop.</summary>
    public sealed record Item(int Key, TProposal Proposal);

    protected List<Item> Items { get; private set; } = [];

    /// <summary>
    /// Called after each proposal is accepted (true) or dropped (false), once it is off the list: the panel says how far the editor is
    /// and, when this list is done, moves focus on to the next list with proposals left (<see cref="FirstFocusId"/>).
    /// </summary>
    [Parameter]
    public EventCallback<bool> OnHandled { get; set; }

    /// <inheritdoc />
    public int Count => Items.Count;

    /// <inheritdoc />
    public string? FirstFocusId => Items.Count > 0 ? FocusIdOf(Items[0]) : null;

    /// <summary>The start of the ids of the list's elements: "figure", "source", "context".</summary>
    protected abstract string IdPrefix { get; }

    protected string IdOf(Item item, string part) => $"{IdPrefix}-{item.Key}-{part}";

    /// <summary>The element of an item that takes focus when it comes next: its accept button.</summary>
    protected virtual string FocusIdOf(Item item) => IdOf(item, "accept");

    /// <summary>Lists <paramref name="proposals"/> when they are a new reading (not on every render), perhaps focusing the first.</summary>
    protected void ShowIfNew(IReadOnlyList<TProposal> proposals, bool focusFirst = false) => ShowIfNew(proposals, proposals, focusFirst);

    /// <summary>Lists <paramref name="proposals"/> when <paramref name="reading"/> is a new one (not on every render), perhaps focusing the first.</summary>
    protected void ShowIfNew(object reading, IEnumerable<TProposal> proposals, bool focusFirst = false)
    {
        if (ReferenceEquals(_shown, reading))
        {
            return;
        }

        _shown = reading;
        Items = [.. proposals.Select(p => new Item(_nextKey++, p))];
        if (focusFirst && Items.Count > 0)
        {
            _focusId = FocusIdOf(Items[0]);
        }
    }

    /// <summary>Takes the item off the list and moves focus to the one that takes its place; false when it was gone already.</summary>
    protected bool Remove(Item item)
    {
        var index = Items.IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        Items.RemoveAt(index);
        // The last one handled: the panel moves focus on (OnHandled), to the next list or to its status line.
        _focusId = Items.Count > 0 ? FocusIdOf(Items[Math.Min(index, Items.Count - 1)]) : null;
        return true;
    }

    /// <summary>
    /// Takes the item off the list (nothing when it was gone already), hands it on with <paramref name="accept"/> when accepted,
    /// and tells the panel (<see cref="OnHandled"/>).
    /// </summary>
    protected async Task DecideAsync(Item item, bool accepted, Func<Task>? accept = null)
    {
        if (!Remove(item))
        {
            return;
        }

        if (accepted && accept is not null)
        {
            await accept();
        }

        await OnHandled.InvokeAsync(accepted);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusId is { } id && RendererInfo.IsInteractive)
        {
            _focusId = null;
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Admin/Reports/FigureFinder.razor.js");
            await _module.InvokeVoidAsync("focus", id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }
}

/// <summary>One of the paste panel's lists, as the panel sees it: how many proposals are left, and where focus goes to start on them.</summary>
public interface IProposalList
{
    /// <summary>The proposals not yet accepted or dropped.</summary>
    int Count { get; }

    /// <summary>The id of the element that takes focus to start on the list's first proposal; null when none is left.</summary>
    string? FirstFocusId { get; }
}
