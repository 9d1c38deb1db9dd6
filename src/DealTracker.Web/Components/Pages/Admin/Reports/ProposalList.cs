using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DealTracker.Web.Components.Pages.Admin.Reports;

/// <summary>
/// What the paste panel's lists of proposals share (figures, sources, stage and response claims): each proposal
/// keyed for the page, taken off the list once accepted or dropped, with focus moving to the one that takes its
/// place, so that an editor goes through a list from the keyboard (<see cref="ProposalCard"/>: A accepts, D drops).
/// </summary>
public abstract class ProposalList<TProposal> : ComponentBase, IAsyncDisposable
    where TProposal : class
{
    private IReadOnlyList<TProposal>? _shown;
    private IJSObjectReference? _module;
    private string? _focusId;
    private int _nextKey;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>One proposal on the list; its buttons are {prefix}-{Key}-accept and {prefix}-{Key}-drop.</summary>
    public sealed record Item(int Key, TProposal Proposal);

    protected List<Item> Items { get; private set; } = [];

    /// <summary>The start of the ids of the list's elements: "figure", "source", "context".</summary>
    protected abstract string IdPrefix { get; }

    /// <summary>Where focus goes when the last proposal is handled (null: it stays where it is).</summary>
    protected virtual string? EmptyFocusId => null;

    protected string IdOf(Item item, string part) => $"{IdPrefix}-{item.Key}-{part}";

    /// <summary>The element of an item that takes focus when it comes next: its accept button.</summary>
    protected virtual string FocusIdOf(Item item) => IdOf(item, "accept");

    /// <summary>Lists <paramref name="proposals"/> when they are a new reading (not on every render), perhaps focusing the first.</summary>
    protected void ShowIfNew(IReadOnlyList<TProposal> proposals, bool focusFirst = false)
    {
        if (ReferenceEquals(_shown, proposals))
        {
            return;
        }

        _shown = proposals;
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
        _focusId = Items.Count > 0 ? FocusIdOf(Items[Math.Min(index, Items.Count - 1)]) : EmptyFocusId ?? _focusId;
        return true;
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
