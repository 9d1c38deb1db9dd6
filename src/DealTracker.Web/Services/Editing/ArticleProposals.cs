using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;
using DealTracker.Web.Services.Evidence;

namespace DealTracker.Web.Services.Editing;

/// <summary>
/// What an article proposes for a report: its money figures with their metric and investor, the outlets it
/// relies on, the anonymous sources it leans on, and stage and response claims. Built from the domain's
/// <see cref="FigureExtractor"/> and <see cref="ContextReader"/>, with names mapped to the outlets and parties the store knows (and read whole where the text writes them: "SK hynix").
/// Nothing here is saved: the editor accepts or drops each proposal.
/// </summary>
public sealed record ArticleProposals(
    IReadOnlyList<FigureProposal> Figures,
    IReadOnlyList<SourceProposal> Sources,
    IReadOnlyList<string> AnonymousSources,
    IReadOnlyList<ClaimProposal> Claims)
{
    public static ArticleProposals Empty { get; } = new([], [], [], []);

    /// <summary>
    /// What a report leaning on <paramref name="anonymous"/> sources says in its source note ("Relies on anonymous sources:
    /// «people familiar with the matter»."), within the note's limit; null when there are none.
    /// </summary>
    public static string? NoteOn(IReadOnlyList<string> anonymous) => anonymous.Count == 0 ? null
        : Limits.Clip($"Relies on anonymous sources: {string.Join(", ", anonymous.Select(a => $"«{a}»"))}.", Limits.Note);

    /// <summary>
    /// Reads <paramref name="text"/> (at most <see cref="FigureExtractor.MaxTextLength"/> characters). A source naming
    /// <paramref name="ownOutlet"/>, the report's own outlet (known, or new: id 0), is not proposed: citing itself is no reliance.
    /// </summary>
    public static ArticleProposals Read(string text, IReadOnlyList<KnownName> outlets, IReadOnlyList<KnownName> parties, KnownName? ownOutlet = null)
    {
        var figures = FigureExtractor.Extract(text);
        var reading = ContextReader.Read(text, figures, KnownName.ForReader(parties, outlets));

        var figureProposals = reading.Figures.Select(f => new FigureProposal(
            f.Figure, f.Metric, f.Hedge, f.Investor, KnownName.Match(f.Investor, parties), f.Converts)).ToList();

        var sources = new List<SourceProposal>();
        var anonymous = new List<string>();
        foreach (var source in reading.Sources)
        {
            if (source.Kind == SourceKind.Anonymous)
            {
                if (!anonymous.Contains(source.Name, StringComparer.OrdinalIgnoreCase))
                {
                    anonymous.Add(source.Name);
                }

                continue;
            }

            // The source is named as written ("the Journal" → "Journal"); a known outlet is matched and proposed under its canonical name.
            // Two names of one outlet ("Bloomberg News reported", "according to Bloomberg") are one proposal.
            var name = source.Outlet ?? source.Name;
            var outlet = OutletOf(source, outlets);
            var proposal = new SourceProposal(name, Attribution(text, source), outlet, outlet is null && source.IsDocument);
            if ((ownOutlet is not null && proposal.Names(ownOutlet))
                || sources.Any(s => outlet is not null ? s.Outlet?.Id == outlet.Id : s.Outlet is null && OutletNames.Key(s.Name) == OutletNames.Key(name)))
            {
                continue;
            }

            sources.Add(proposal);
        }

        // A claim's statement is shown on the public pages: a whole sentence, as the article writes it ("Amazon.com Inc. is in
        // advanced talks to …", not "is in advanced talks to …"), or for a response, its words when they name who responded.
        var claims = new List<ClaimProposal>();
        foreach (var stage in reading.Stages.DistinctBy(s => s.Stage))
        {
            claims.Add(new ClaimProposal(Metric.StageOfTalks, stage.Stage, null, null, stage.Wording, Sentence(text, stage.Start, stage.Length)));
        }

        foreach (var response in reading.Responses.DistinctBy(r => r.Party ?? r.Wording, StringComparer.OrdinalIgnoreCase))
        {
            var statement = response.Wording.Length > 0 && char.IsUpper(response.Wording[0])
                ? response.Wording.TrimEnd('.') + "."
                : Sentence(text, response.Start, response.Length);
            claims.Add(new ClaimProposal(Metric.Response, null, response.Party, KnownName.Match(response.Party, parties), response.Wording, statement));
        }

        return new ArticleProposals(figureProposals, sources, anonymous, claims);
    }

    /// <summary>
    /// The known outlet a named source stands for: by the reader's name for it ("the Journal" is "The Wall Street Journal"), else by
    /// the words as written; null for a name of no known outlet.
    /// </summary>
    public static KnownName? OutletOf(SourceMention source, IReadOnlyList<KnownName> outlets) =>
        OutletNames.Match(source.Outlet ?? source.Name, outlets) ?? (source.Outlet is null ? null : OutletNames.Match(source.Name, outlets));

    /// <summary>The words that show the reliance: "citing the Wall Street Journal", "Semafor reported".</summary>
    internal static string Attribution(string text, SourceMention source)
    {
        const int reach = 40;
        var start = source.Start;
        var floor = Math.Max(0, source.Start - reach);
        while (start > floor && text[start - 1] is not (',' or '.' or ';' or ':' or '(' or '\n' or '—' or '“' or '"'))
        {
            start--;
        }

        if (start == floor && floor > 0)
        {
            // Cut at a word boundary.
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < source.Start ? space + 1 : source.Start;
        }

        var end = source.Start + source.Length;
        var after = text.AsSpan(end).TrimStart();
        foreach (var verb in (string[])["reported", "reports", "said", "says", "wrote", "first reported", "has reported", "earlier reported"])
        {
            if (after.StartsWith(verb, StringComparison.Ordinal) && (after.Length == verb.Length || !char.IsLetter(after[verb.Length])))
            {
                end = text.Length - after.Length + verb.Length;
                break;
            }
        }

        return text[start..end].Trim();
    }

    /// <summary>
    /// The whole sentence around a span, split as the extractor splits sentences ("Amazon.com Inc. is in talks" is one sentence);
    /// the span itself when the sentence is longer than a statement may be.
    /// </summary>
    internal static string Sentence(string text, int start, int length)
    {
        var (from, count) = Sentences.Around(text, start);
        var sentence = count > 0 ? text.Substring(from, Math.Max(count, Math.Min(start + length, text.Length) - from)).Trim() : "";
        if (sentence.Length == 0)
        {
            sentence = text.Substring(start, length).Trim();
        }

        return sentence.Length <= 1000 ? sentence : text.Substring(start, Math.Min(length, 1000));
    }
}

/// <summary>A money figure, what it is about (null: something else, such as a market value) and who invests.</summary>
/// <param name="Investor">The investor as the text names it ("Amazon.com Inc."), when it does.</param>
/// <param name="InvestorParty">The known party that name stands for, if any.</param>
/// <param name="Converts">For a currency conversion in brackets, the index of the figure it converts.</param>
public sealed record FigureProposal(ExtractedFigure Figure, Metric? Metric, Hedge Hedge, string? Investor, KnownName? InvestorParty, int? Converts)
{
    /// <summary>The claim the figure becomes. A figure of no tracked metric becomes a context claim quoting its sentence.</summary>
    public ClaimDraft ToClaim(int dealId)
    {
        var money = Figure.Money;
        var claim = new ClaimDraft
        {
            DealId = dealId,
            Metric = Metric ?? Domain.Claims.Metric.Context,
            PartyId = InvestorParty?.Id,
            Currency = money.Currency,
            Hedge = money.Hedge == Hedge.Range ? Hedge.Range : Hedge,
            Amount = money.Amount,
            Low = money.Low,
            High = money.High,
            Quote = Figure.Text,
        };
        if (Metric is null)
        {
            claim.Statement = Figure.Sentence.Length <= 1000 ? Figure.Sentence : Figure.Text;
        }

        return claim;
    }
}

/// <summary>A named source the article cites: a known outlet, a name to add as an outlet, or a document cited by its noun.</summary>
/// <param name="Name">As written: "the Wall Street Journal".</param>
/// <param name="Wording">The words that show the reliance: "citing the Wall Street Journal".</param>
/// <param name="Outlet">The known outlet it stands for, if any.</param>
/// <param name="IsDocument">
/// A document or publication cited by its noun ("a regulatory filing showed", "according to the report", "its website says"):
/// not an outlet to add.
/// </param>
public sealed record SourceProposal(string Name, string Wording, KnownName? Outlet, bool IsDocument)
{
    /// <summary>Whether the source is <paramref name="outlet"/> (a report's own outlet, known or new), by any of its names.</summary>
    public bool Names(KnownName outlet) =>
        !IsDocument && ((outlet.Id != 0 && Outlet?.Id == outlet.Id) || OutletNames.Names(Name, outlet) || (Outlet is { } known && OutletNames.Names(known.Name, outlet)));

    /// <summary>A relies-on row: on the known outlet, or on a new outlet of that name created with the report.</summary>
    public RelianceDraft ToReliance() => new()
    {
        TargetOutletId = Outlet?.Id,
        NewOutletName = Outlet is null ? VisibleText.Trim(Name) : null,
        Kind = Domain.Reports.RelianceKind.Cites,
        Note = Wording.Length <= 1000 ? Wording : null,
    };
}

/// <summary>A stage-of-talks or response claim the article proposes.</summary>
/// <param name="PartyName">For a response, the party as written ("Amazon"), when it is.</param>
/// <param name="Party">The known party that name stands for, if any.</param>
/// <param name="Wording">The article's words: "advanced talks", "Amazon declined to comment".</param>
/// <param name="Statement">What the claim says.</param>
public sealed record ClaimProposal(Metric Metric, TalksStage? Stage, string? PartyName, KnownName? Party, string Wording, string Statement)
{
    public ClaimDraft ToClaim(int dealId) => new()
    {
        DealId = dealId,
        Metric = Metric,
        TalksStage = Stage,
        PartyId = Party?.Id,
        Statement = Statement,
        Quote = Wording,
    };
}
