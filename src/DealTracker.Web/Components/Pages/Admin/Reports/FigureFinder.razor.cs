using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DealTracker.Domain.Figures;
using DealTracker.Web.Components.Shared;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Intake;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace DealTracker.Web.Components.Pages.Admin.Reports;

/// <summary>
/// The paste panel's work: reading the article text from the page (as a stream: it can be far larger than one
/// SignalR message), proposing what it states (<see cref="ArticleProposals"/>), and saying where the editor is.
/// </summary>
public sealed partial class FigureFinder : IAsyncDisposable
{
    private const string TextId = "article-text";
    private const string ButtonId = "find-figures";
    private const string StatusId = "finder-status";

    private static readonly string _maxLength = FigureExtractor.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture);

    private ArticleProposals _read = ArticleProposals.Empty;
    private IJSObjectReference? _module;
    private string _message = "No figures yet: paste the article and choose Find figures.";
    private string _tone = "info";
    private bool _finding;
    private bool _fetching;
    private string? _link;
    private int _accepted;
    private int _dropped;
    private string? _focusId;
    private FigureProposals? _figures;
    private AnonymousSourcesProposal? _anonymous;
    private SourceProposals? _sources;
    private ContextProposals? _context;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ArticleReader Articles { get; set; } = default!;

    /// <summary>Called with each accepted figure, stage or response: the form adds it as a claim.</summary>
    [Parameter, EditorRequired]
    public EventCallback<ClaimDraft> OnAccept { get; set; }

    /// <summary>Called with each accepted source: the form adds it as a relies-on row.</summary>
    [Parameter, EditorRequired]
    public EventCallback<RelianceDraft> OnAcceptReliance { get; set; }

    /// <summary>Called with the anonymous-sources note the editor keeps: the form puts it in the report's source note.</summary>
    [Parameter, EditorRequired]
    public EventCallback<string> OnAcceptSourceNote { get; set; }

    /// <summary>
    /// Called with a page read from its link: the form fills its empty headline, link and published date from it (never what the
    /// editor typed) and answers with the names of the fields it filled.
    /// </summary>
    [Parameter]
    public Func<string, ArticleResult, IReadOnlyList<string>>? OnArticleRead { get; set; }

    /// <summary>The deal accepted claims are about.</summary>
    [Parameter, EditorRequired]
    public int DealId { get; set; }

    /// <summary>The outlets, to map the sources the article cites.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<KnownName> Outlets { get; set; } = [];

    /// <summary>The parties, to map investors and responses.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<KnownName> Parties { get; set; } = [];

    /// <summary>The report's own outlet, known or new (id 0): citing it, by any of its names, is not a source to add.</summary>
    [Parameter]
    public KnownName? OwnOutlet { get; set; }

    /// <summary>Whether a figure is already on the form (a claim with the same quote).</summary>
    [Parameter]
    public Func<ExtractedFigure, bool>? IsRecorded { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            await (await ModuleAsync()).InvokeVoidAsync("attach", TextId, ButtonId);
        }

        if (_focusId is { } id && _module is not null)
        {
            _focusId = null;
            await _module.InvokeVoidAsync("focus", id);
        }
    }

    /// <summary>
    /// The page's script module, imported on first use: a click on "Find figures" that comes before the first
    /// render has finished importing it waits for it, rather than doing nothing.
    /// </summary>
    private async Task<IJSObjectReference> ModuleAsync() =>
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Admin/Reports/FigureFinder.razor.js");

    private async Task FindAsync()
    {
        if (_finding)
        {
            return;
        }

        _finding = true;
        try
        {
            var length = await (await ModuleAsync()).InvokeAsync<int>("textLength", TextId);
            if (length == 0 || length > FigureExtractor.MaxTextLength)
            {
                Refuse(length == 0 ? ("warning", "Paste the article’s text first.")
                    : ("error", $"The text is {length.ToString("N0", CultureInfo.InvariantCulture)} characters long; DealTracker reads at most {_maxLength}. Paste only the article itself, or a part of it."));
                return;
            }

            var (text, outlets, parties, own) = (await ReadTextAsync(), Outlets, Parties, OwnOutlet);
            Show(await Task.Run(() => ArticleProposals.Read(text, outlets, parties, own)));
        }
        catch (JSException)
        {
            Refuse(("error", "The article text could not be read from the page. Try again, or reload the page if it keeps failing."));
        }
        catch (ArgumentException)
        {
            Refuse(("error", $"The text is too long: DealTracker reads at most {_maxLength} characters."));
        }
        catch (RegexMatchTimeoutException)
        {
            // Each pattern has a time limit against runaway matching; a starved server can reach it on a plain text.
            Refuse(("error", "Reading the text took longer than allowed: the server is busy. Try Find figures again in a few seconds."));
        }
        finally
        {
            _finding = false;
        }
    }

    /// <summary>Lists what the article proposes (the first figure takes focus) and says how much.</summary>
    private void Show(ArticleProposals read)
    {
        _read = read;
        (_accepted, _dropped) = (0, 0);
        var also = new[] { (read.Sources.Count, "source"), (read.Claims.Count, "stage or response claim") }
            .Where(c => c.Item1 > 0).Select(c => Wording.Plural(c.Item1, c.Item2)).ToList();
        var more = also.Count == 0 ? "" : $" Also proposed: {string.Join(" and ", also)}.";
        if (read.Figures.Count == 0)
        {
            Say("warning", "No money figures found. A figure needs a currency next to its number, such as “$40 billion”, “€5bn” or “10 billion dollars”." + more);
            return;
        }

        Say("info", $"{Wording.Plural(read.Figures.Count, "figure")} found. Accept the ones the report states; drop the rest.{more}");
    }

    /// <summary>Nothing to propose: says why, and clears what an earlier text proposed.</summary>
    private void Refuse((string Tone, string Message) why)
    {
        Say(why.Tone, why.Message);
        _read = ArticleProposals.Empty;
    }

    /// <summary>Fetches the article at the link (the intake's safe fetcher and readability), fills the text and finds its figures.</summary>
    private async Task FetchAsync()
    {
        if (_fetching || string.IsNullOrWhiteSpace(_link))
        {
            return;
        }

        _fetching = true;
        Say("info", "Fetching the article…");
        string? teaser = null;
        var link = _link.Trim();
        IReadOnlyList<string> filled = [];
        try
        {
            var article = await Articles.ReadAsync(link);
            if (!article.Succeeded || string.IsNullOrWhiteSpace(article.Text))
            {
                var why = article.Message ?? ArticleResult.CannotRead;
                Say("error", why.Contains("paste", StringComparison.OrdinalIgnoreCase) ? why : $"{why} Paste the article’s text instead.");
                _focusId = TextId;
                return;
            }

            // A paywalled page's teaser is read, and the panel says that is all it is.
            teaser = article.Paywalled ? article.Message : null;
            var text = article.Text.Length <= FigureExtractor.MaxTextLength ? article.Text : article.Text[..FigureExtractor.MaxTextLength];
            await (await ModuleAsync()).InvokeVoidAsync("setText", TextId, text);
            filled = OnArticleRead?.Invoke(link, article) ?? [];
        }
        finally
        {
            _fetching = false;
        }

        await FindAsync();
        if (filled.Count > 0)
        {
            _message += $" From the page: {FieldList(filled)} filled in the report; check {(filled.Count == 1 ? "it" : "them")}.";
        }

        if (teaser is not null)
        {
            Say("warning", $"{teaser} {_message}");
        }
    }

    /// <summary>"Headline", "Headline and Link", "Headline, Link and Published".</summary>
    private static string FieldList(IReadOnlyList<string> fields) =>
        fields.Count == 1 ? fields[0] : $"{string.Join(", ", fields.Take(fields.Count - 1))} and {fields[^1]}";

    /// <summary>Enter in the link fetches it, as "Fetch text" does.</summary>
    private Task LinkKeyAsync(KeyboardEventArgs e) => e.Key == "Enter" && !e.CtrlKey && !e.AltKey ? FetchAsync() : Task.CompletedTask;

    private async Task<string> ReadTextAsync()
    {
        await using var reference = await (await ModuleAsync()).InvokeAsync<IJSStreamReference>("textBytes", TextId);
        await using var stream = await reference.OpenReadStreamAsync(maxAllowedSize: 4L * FigureExtractor.MaxTextLength + 16);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    /// <summary>After a figure was accepted or dropped: how far the editor is, and where focus goes when the figures are done.</summary>
    private void FigureHandled(bool accepted)
    {
        (_accepted, _dropped) = accepted ? (_accepted + 1, _dropped) : (_accepted, _dropped + 1);
        Said(_figures);
    }

    /// <summary>
    /// Says how far the editor is, after a proposal of <paramref name="handled"/> was accepted or dropped. When that list has nothing left, focus moves on to the first list that has (figures, the anonymous-sources note, sources, stage and responses),
    /// and only once every proposal is decided to the status line, saying "Done".
    /// </summary>
    private void Said(IProposalList? handled)
    {
        IProposalList?[] lists = [_figures, _anonymous, _sources, _context];
        var left = _read.Figures.Count - _accepted - _dropped;
        var others = new[] { (_anonymous?.Count ?? 0, "anonymous-sources note"), (_sources?.Count ?? 0, "source"), (_context?.Count ?? 0, "stage or response claim") }
            .Where(c => c.Item1 > 0).Select(c => Wording.Plural(c.Item1, c.Item2)).ToList();
        var done = _read.Figures.Count == 0 ? "No money figures found"
            : $"{Wording.Plural(_accepted, "figure")} accepted as {(_accepted == 1 ? "a claim" : "claims")}, {_dropped} dropped";
        if (left > 0)
        {
            Say("info", $"{done}; {left} to go.");
            return;
        }

        if (others.Count > 0)
        {
            Say("info", $"{done}. Still to decide: {string.Join(" and ", others)}.");
        }
        else
        {
            Say("success", _read.Figures.Count == 0
                ? "Done: every proposal is decided."
                : $"Done: {done}. The accepted figures are in Claims below, with their metric and investor: check each.");
        }

        if (handled is { Count: 0 })
        {
            // The list just handled is done: on to the first list with proposals left, else the status line.
            _focusId = lists.Select(l => l?.FirstFocusId).FirstOrDefault(id => id is not null) ?? StatusId;
        }
    }

    private void Say(string tone, string message) => (_tone, _message) = (tone, message);

    public async ValueTask DisposeAsync()
    {
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
