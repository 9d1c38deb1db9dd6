using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Reads the words around the money figures <see cref="FigureExtractor"/> found: what each figure is about
/// (<see cref="MetricRules"/>), who invests (<see cref="InvestorRules"/>), and, for the text as a whole, the organisations
/// it names, the sources it cites (<see cref="SourceRules"/>), the stage of the talks (<see cref="StageRules"/>) and the
/// parties' responses (<see cref="ResponseRules"/>). Pure rules, sentence by sentence. A figure's rules look across its
/// sentence, so the work grows with the figures times their sentences' length: at most <see cref="MaxFiguresRead"/> figures
/// are read in context, and a "sentence" longer than <see cref="MaxSentenceLength"/> is read in pieces, which bounds it (a
/// 100,000-character "sentence" of 5,876 figures took 23 s read whole, 0.5 s so; one of 2,437 figures each after a name took
/// 13 s with the figure cap alone).
/// </summary>
public static class ContextReader
{
    /// <summary>
    /// How many figures, from the start of the text, are read in context; any further figure is listed with no metric,
    /// investor or conversion (as a figure no rule reads). No article has that many; a pasted table or a hostile text might.
    /// </summary>
    public const int MaxFiguresRead = 200;

    /// <summary>
    /// Reads <paramref name="text"/> around <paramref name="figures"/> (as <see cref="FigureExtractor.Extract"/> returns them for this text);
    /// the names in <paramref name="known"/> (the app's parties and outlets) are read whole wherever the text writes them.
    /// </summary>
    public static ContextReading Read(string text, IReadOnlyList<ExtractedFigure> figures, KnownNames? known = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(figures);
        if (text.Length > FigureExtractor.MaxTextLength)
        {
            throw new ArgumentException($"The text is longer than {FigureExtractor.MaxTextLength:N0} characters.", nameof(text));
        }

        // Since the twenty-seventh session the rules read the text with its datelines and bracketed conversions blanked (ReadingText.cs);
        // the conversions themselves are still found in the text as written. Since the twenty-eighth, an opening name's appositive is
        // blanked too, and the names in it are still the text's organisations.
        // Since the invisible-characters mend the rules read a plain copy of the text: other spaces plain, format and control characters
        // out of words (ReadingText.Invisible.cs); every span read in it is mapped back to the text as written at the end.
        var original = text;
        var written = ReadingText.Plain(original, figures, out var plainMap);
        text = ReadingText.Of(written, figures, out var appositives, out var withAppositives);
        var sentences = SentenceSplitter.Split(text).SelectMany(s => Pieces(text, s)).Select(s => new SentenceWords(text, Trimmed(text, s.Start, s.Start + s.Length), s.Start + s.Length, known)).ToList();
        var readings = ReadFigures(text, written, figures.Count > MaxFiguresRead ? figures.Take(MaxFiguresRead).ToList() : figures, sentences, known);
        for (var f = readings.Count; f < figures.Count; f++)
        {
            readings.Add(new FigureReading(figures[f], null, null, null, figures[f].Money.Hedge));
        }

        var organisations = new List<NamedSpan>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sources = new List<SourceMention>();
        var stages = new List<StageMention>();
        var responses = new List<ResponseMention>();
        foreach (var sentence in sentences)
        {
            foreach (var name in sentence.Names.Where(n => n.Kind == NameKind.Organisation))
            {
                if (seen.Add(name.Text))
                {
                    organisations.Add(new NamedSpan(name.Text, name.Start, name.End - name.Start));
                }
            }

            SourceRules.Find(text, sentence, sources);
            if (appositives.Any(a => a.Start >= sentence.Start && a.Start < sentence.End))
            {
                AddAppositiveSources(withAppositives, sentence, known, sources);
            }

            StageRules.Find(text, sentence.Start, sentence.End, stages);
            ResponseRules.Find(text, sentence, responses);
            if (appositives.Any(a => a.Start >= sentence.Start && a.Start < sentence.End))
            {
                AddAppositiveResponses(withAppositives, sentence, known, responses);
            }
        }

        foreach (var (start, length) in appositives)
        {
            AddAppositiveNames(written, start, length, sentences, known, organisations, seen);
        }

        // Wordings are quoted as written, appositive and all ("LVMH, which is based in London, declined to comment").
        if (!ReferenceEquals(text, original))
        {
            stages = stages.Select(s => plainMap.Written(s.Start, s.Length) is var (start, length) ? s with { Start = start, Length = length, Wording = original.Substring(start, length) } : s).ToList();
            responses = responses.Select(r => plainMap.Written(r.Start, r.Length) is var (start, length) ? r with { Start = start, Length = length, Wording = original.Substring(start, length) } : r).ToList();
        }

        // Names are read clean from the plain copy; their spans point into the text as written.
        if (!plainMap.IsIdentity)
        {
            organisations = organisations.Select(o => plainMap.Written(o.Start, o.Length) is var (start, length) ? o with { Start = start, Length = length } : o).ToList();
            sources = sources.Select(s => plainMap.Written(s.Start, s.Length) is var (start, length) ? s with { Start = start, Length = length } : s).ToList();
        }

        return new ContextReading(readings, organisations, sources, stages, responses);
    }

    /// <summary>
    /// The sources read in a sentence with its opening appositive kept ("FnGuide, a financial information firm, expects …",
    /// "PitchBook, the database on private capital, showed …"), besides those read without it ("Dagens Industri, a business newspaper
    /// based in Stockholm, claims …"); each source once.
    /// </summary>
    private static void AddAppositiveSources(string withAppositives, SentenceWords sentence, KnownNames? known, List<SourceMention> sources)
    {
        var kept = new List<SourceMention>();
        SourceRules.Find(withAppositives, new SentenceWords(withAppositives, sentence.Start, sentence.End, known), kept);
        foreach (var source in kept)
        {
            if (!sources.Any(s => s.Start < source.Start + source.Length && source.Start < s.Start + s.Length))
            {
                var at = sources.FindIndex(s => s.Start >= sentence.Start && s.Start > source.Start);
                sources.Insert(at < 0 ? sources.Count : at, source);
            }
        }
    }

    /// <summary>
    /// The responses read in a sentence with its opening appositive kept ("Microsoft, which declined to comment, invested $1 billion"
    /// answers for Microsoft), besides those read without it; a response read both ways is kept once.
    /// </summary>
    private static void AddAppositiveResponses(string withAppositives, SentenceWords sentence, KnownNames? known, List<ResponseMention> responses)
    {
        var kept = new List<ResponseMention>();
        ResponseRules.Find(withAppositives, new SentenceWords(withAppositives, sentence.Start, sentence.End, known), kept);
        var before = responses.Count;
        foreach (var response in kept)
        {
            if (!responses.Take(before).Any(r => r.Start < response.Start + response.Length && response.Start < r.Start + r.Length))
            {
                var at = responses.FindIndex(r => r.Start >= sentence.Start && r.Start > response.Start);
                responses.Insert(at < 0 ? responses.Count : at, response);
            }
        }
    }

    /// <summary>The organisations named in a blanked appositive ("Toyota, a unit of Toyota Group, …"), read in the text as written.</summary>
    private static void AddAppositiveNames(string written, int start, int length, List<SentenceWords> sentences, KnownNames? known, List<NamedSpan> organisations, HashSet<string> seen)
    {
        // A blank at the sentence's start moved its first word past the span ("LG Chem's LG Energy Solution unit …").
        var sentence = sentences.FirstOrDefault(s => start < s.End && s.Start <= start + length);
        if (sentence is null)
        {
            return;
        }

        foreach (var name in new SentenceWords(written, Math.Min(start, sentence.Start), sentence.End, known).Names)
        {
            if (name.Kind == NameKind.Organisation && name.Start >= start && name.End <= start + length && seen.Add(name.Text))
            {
                var at = organisations.FindIndex(o => o.Start > name.Start);
                organisations.Insert(at < 0 ? organisations.Count : at, new NamedSpan(name.Text, name.Start, name.End - name.Start));
            }
        }
    }

    /// <summary>Where a sentence's words begin: past the blanks a dateline leaves ("(Reuters) – The United States …").</summary>
    private static int Trimmed(string text, int start, int end)
    {
        while (start < end - 1 && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// The longest sentence read whole. The longest in the corpus of real news sentences is 556 characters; a longer "sentence" is
    /// a table, a list run together or a hostile text, and is read in pieces of at most this length, each ending after a
    /// semicolon, a comma or a space where it can.
    /// </summary>
    public const int MaxSentenceLength = 1_000;

    private static IEnumerable<SentenceSpan> Pieces(string text, SentenceSpan sentence)
    {
        var start = sentence.Start;
        var end = sentence.Start + sentence.Length;
        while (end - start > MaxSentenceLength)
        {
            var cut = PieceEnd(text, start + MaxSentenceLength);
            yield return new SentenceSpan(start, cut - start);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            yield return new SentenceSpan(start, end - start);
        }
    }

    /// <summary>Where a piece ending by <paramref name="limit"/> ends: after a semicolon or comma, else before a capitalised word, else after a space.</summary>
    private static int PieceEnd(string text, int limit)
    {
        var from = limit - (MaxSentenceLength / 2);
        var punctuation = text.LastIndexOfAny([';', ','], limit - 1, limit - from);
        if (punctuation >= 0)
        {
            return punctuation + 1;
        }

        var space = -1;
        for (var i = limit - 1; i > from; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]) && char.IsUpper(text[i]))
            {
                return i;
            }

            space = space < 0 && char.IsWhiteSpace(text[i - 1]) ? i : space;
        }

        return space > 0 ? space : limit;
    }

    private static List<FigureReading> ReadFigures(string text, string written, IReadOnlyList<ExtractedFigure> figures, List<SentenceWords> sentences, KnownNames? known)
    {
        var readings = new List<FigureReading>(figures.Count);
        var s = 0;
        for (var f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            while (s < sentences.Count - 1 && sentences[s].End <= figure.Start)
            {
                s++;
            }

            var sentence = SentenceAround(text, figure, sentences, s, known);
            // A figure inside a word ("sub-$10m", "~$20-25bn") is read from that word: its first word is never past its last (nor below 0).
            var last = sentence.WordAtOrAfter(figure.End) - 1;
            var first = Math.Min(sentence.WordAtOrAfter(figure.Start), Math.Max(last, 0));

            // A conversion in brackets right after another figure takes its metric, investor and hedge: "1.3 billion euros ($1.5 billion)".
            if (ConversionReading(text, written, readings, f, figure) is { } conversion)
            {
                readings.Add(conversion);
                continue;
            }

            var floor = 0;
            if (f > 0 && figures[f - 1].End > sentence.Start)
            {
                floor = sentence.WordAtOrAfter(figures[f - 1].End);
            }

            // Since the foreign-sentences sweep: a sentence in French, Spanish, Portuguese, German or Italian is read by the foreign
            // rules alone (MetricRules.Foreign.cs, InvestorRules.Foreign.cs); the English rules never read it.
            if (ForeignCues.IsForeign(sentence))
            {
                var ceiling = f + 1 < figures.Count && figures[f + 1].Start < sentence.End ? sentence.WordAtOrAfter(figures[f + 1].Start) : sentence.Words.Count;
                var foreign = MetricRules.ForeignMetric(sentence, floor > 0 ? readings[f - 1].Metric : null, first, last, floor, ceiling);
                var foreignInvestor = foreign == Metric.Investment ? InvestorRules.ForeignInvestor(sentence, first, last, floor) : null;

                // "SoftBank ha invertido 1,000 millones … , 231 millones … , 300 millones …": more of the figure before is the same investor's.
                foreignInvestor ??= foreign == Metric.Investment && floor > 0 && readings[f - 1].Metric == foreign ? readings[f - 1].Investor : null;
                readings.Add(new FigureReading(figure, foreign, foreignInvestor, null, figure.Money.Hedge));
                continue;
            }

            var metric = MetricInSentence(sentence, readings, f, first, last, floor);

            // Since the conventions sweep (issue 12's conventions M4–M7): loans other, totals over time other, thresholds of many other, a
            // note sale, a debt round or a fund closed a round size, chips or capacity bought a compute commitment (MetricRules.RoundConventions.cs).
            metric = MetricRules.RoundConventionReading(sentence, first, last, floor, metric);

            // Since the eighteenth session: a cue right beside the figure no wider frame overrules ("a valuation of about $4.7 billion in the
            // listing", "the $400 million it was valued at", "raising estimates to $265"; MetricRules.ClearCues.cs).
            metric = MetricRules.ClearCueReading(sentence, first, last, metric);

            // Since the nineteenth session: the conventions' classes a figure's own clause decides (totals of many, grants, a raise from one
            // giver, bond sales, shares bought; since the twentieth, totals over a period, past sums, fund sizes, businesses sold whole and
            // prices per share; MetricRules.ConventionClasses.cs).
            metric = MetricRules.ConventionClassesReading(sentence, first, last, figure.Money, metric);

            // Since the twenty-second session: a market's money by its clause's subject ("seed funding … dipped from $1.64 billion to $1.08
            // billion", "Berlin startups … have pulled in €1.48 billion", "123.2 million euros were raised in 5 operations"; M4,
            // MetricRules.MarketClauseTotals.cs).
            metric = metric is Metric.RoundSize or Metric.Investment or Metric.Valuation && MetricRules.IsMarketClauseTotal(sentence, first, last) ? null : metric;

            // Since the twenty-second session: the figure a change or a comparison measures against takes the metric of the figure it is
            // compared with ("Ozempic generated DKK 95.264 billion …, up only 10% from DKK 86.489 billion", "an 89% increase from the INR
            // 221.8 crore generated in the previous fiscal year", "at over USD 7 billion from the current USD 5 billion").
            metric = metric is null && ComparedWith(sentence, readings, f, first, last, floor) is { } compared ? compared : metric;

            // Since the twenty-fourth session: a figure the words beside it name as one lettered round in any spelling ("a $500 m series-E
            // led by Accel", "$2bn of C-series funding", "the Series A of $20 million"; MetricRules.NamedRoundSizes.cs).
            metric = metric is null && MetricRules.IsNamedRoundsSize(text, sentence, figure.Start, figure.End) ? Metric.RoundSize : metric;

            // "Intel put in $1 billion. That will be followed by another $2 billion next year.": more of the last figure of the
            // sentence before, when this sentence has no figure before it and no cue of its own.
            var continues = metric is null && floor == 0 && f > 0 && ContinuesFigureBefore(sentence, first);
            metric = continues ? readings[f - 1].Metric : metric;

            // "Google will pay SpaceX $920 million per month … to secure … GPUs. Calculated at $920 million per month, the total contract
            // value will reach …": the same money restated in the next sentence, which its own words do not read, keeps its reading there.
            var restated = metric is null && s > 0 ? Restated(figures, readings, f, sentences[s - 1]) : -1;
            metric = restated >= 0 ? readings[restated].Metric : metric;

            var investor = metric == Metric.Investment ? InvestorOf(sentence, s > 0 ? sentences[s - 1] : null, figures, readings, f, floor) : null;

            // Since the eighteenth session: "Big Tech leaders, including Nvidia and Google, have invested $863 million in Commonwealth Fusion
            // Systems", "saw IDG Capital lay out US$150 million to lead the latest round": an invest verb right before the figure that wider
            // words made other is money put in when the rules find who put it in, and no convention reads it as a total, spending or a
            // listed value (a crowd's total, "PE firms have invested nearly $1 billion into Kenyan businesses", names no one and stays other).
            if (metric is null && MetricRules.IsInvestVerbRightBefore(sentence, first, last, floor) && !MetricRules.IsPastTotal(sentence, first, last)
                && InvestorOf(sentence, s > 0 ? sentences[s - 1] : null, figures, readings, f, floor) is { Length: > 0 } verbInvestor)
            {
                metric = Metric.Investment;
                investor = verbInvestor;
            }

            // Since the eighteenth session: a giver right before a bracketed figure, "with X committing $Y", "X said it would pay $Y", an
            // investment from a long-described giver (InvestorRules.ClearFrames.cs).
            investor = metric == Metric.Investment
                ? InvestorRules.Kept(sentence, InvestorRules.OverridingFrameInvestor(sentence, first, last)) ?? investor
                    ?? InvestorRules.Kept(sentence, InvestorRules.FallbackFrameInvestor(sentence, first, last))
                : investor;
            investor ??= continues ? readings[f - 1].Investor : restated >= 0 ? readings[restated].Investor : null;

            // Since the thirtieth session: "a deal with Bristol Myers Squibb for the latter to invest $20 million": the name "the latter" or
            // "the former" stands for, whatever a nearer name would make it (InvestorRules.FormerAndLatter.cs).
            investor = metric == Metric.Investment ? InvestorRules.FormerOrLatterInvesting(sentence, first) ?? investor : investor;

            // Since the thirty-first session: the holder marking its stake's worth ("IGM … had marked down its valuation for Wealthsimple to
            // $925-million"; MetricRules.StakesWorth.cs).
            investor = metric == Metric.Investment && MetricRules.HeldStakeMarker(sentence, first, last) is { } marker
                ? (marker.Length == 0 ? investor : marker) : investor;

            // Since the twenty-seventh session: a name inside an appositive stands for the organisation it describes ("Pfizer Inc, a unit
            // of Acme Holdings, said it will invest"; InvestorRules.Appositives.cs).
            investor = metric == Metric.Investment ? InvestorRules.AppositionHead(sentence, investor, first) ?? investor : investor;

            // Since the twenty-third session: "could lead Open AI’s new round with an investment of $X": the round's owner is no investor.
            investor = metric == Metric.Investment ? InvestorRules.NotTheRoundsOwner(sentence, investor) : investor;

            // Since the twenty-fifth session: the seller of a stake whose worth the figure is, is no investor (M11, MetricRules.StakesWorth.cs).
            investor = investor is not null && metric == Metric.Investment && (MetricRules.IsStakesSeller(sentence, first, investor)
                || MetricRules.IsHoldingSaleSeller(sentence, first, last, investor)) ? null : investor;

            // Since the nineteenth session: "will pay Portugal Telecom and Telefónica €400 million each": the one paid is no investor.
            investor = investor is not null && metric == Metric.Investment && InvestorRules.IsPaidBeforeTheFigure(sentence, first, investor) ? null : investor;

            // Since the eighteenth session: an investment no investor is named for that a market, a period or many startups add up to is
            // a total, other ("total capital invested into European tech startups is estimated to plummet to $45 billion in 2023").
            if (metric == Metric.Investment && investor is null && MetricRules.IsUnattributedTotal(sentence, first, last, floor))
            {
                metric = null;
            }

            // Since the givers-and-shapes sweep: "…, with another $155 million put into 53 follow-on deals" keeps the giver of the figure before.
            investor ??= metric == Metric.Investment && f > 0 && floor > 0
                && MetricRules.IsMorePutIntoAfterAnInvestment(sentence.Words, first, last, readings[f - 1].Metric) ? readings[f - 1].Investor : null;

            // Since the twenty-third session: "plus $11 billion from other third-party co-investors" is those unnamed investors' money (M2),
            // and since the twenty-fourth "while other investors add $10 billion".
            if (metric is Metric.RoundSize or Metric.Investment or null && (MetricRules.IsCoInvestorsShare(sentence, last) || MetricRules.IsCoInvestorsSubject(sentence, first)))
            {
                metric = Metric.Investment;
                investor = null;
            }

            // Since the twenty-fourth session: a market over a period, naming no organisation but its sources, sums many deals (M4).
            if ((metric == Metric.RoundSize || (metric == Metric.Investment && investor is null)) && MetricRules.IsMarketOverAPeriod(text, sentence))
            {
                metric = null;
            }

            // Since the thirty-third session: money set off by commas that "came from" a named giver is its investment; the giver opening
            // the figure's own clause, an investment "from" a giver after the figure, a giving participle's sentence subject, and no event
            // or name invested alongside as investor (InvestorRules.ClauseGivers.cs).
            if (metric is null or Metric.RoundSize && InvestorRules.SetOffCameFromGiver(sentence, first, last) is { } cameFrom)
            {
                metric = Metric.Investment;
                investor = cameFrom;
            }

            investor = metric == Metric.Investment ? InvestorRules.ClauseGiver(sentence, first, last, floor, investor) : investor;

            // Since the thirty-eighth session: a fine or a break-up fee is money owed, whatever giver a late frame found ("has been fined NT$10
            // million … by the Ministry of Economic Affairs for … its investment"; MetricRules.AidAndBailouts.cs).
            if (metric is not null && MetricRules.IsFineOrFee(sentence.Words, first, last))
            {
                (metric, investor) = (null, null);
            }

            // Since the forty-seventh session: a gain, a loss, a change's size or a cash payment is none of the deal's money, whatever a cue
            // near it read ("a massive $4.2 billion valuation gain on its investment in OpenAI"; MetricRules.GainsAndLosses.cs).
            if ((metric is not null && MetricRules.IsGainLossOrChange(sentence, first, last, floor))
                || (metric == Metric.Valuation && MetricRules.IsTakeoverValue(sentence, first))
                || (metric == Metric.Revenue && MetricRules.IsNoSales(sentence, first)))
            {
                (metric, investor) = (null, null);
            }

            // Since the thirty-ninth session: a data-centre lease's value is compute bought, and what a deal's options may take the figure
            // before to keeps that figure's reading ("with potential to rise to $8.7 billion if … options are exercised"; M7, M8,
            // MetricRules.CapacityLeases.cs).
            if (metric is not (Metric.ComputeCommitment or Metric.Revenue) && MetricRules.IsCapacityLeaseValue(sentence, first, last, floor))
            {
                (metric, investor) = (Metric.ComputeCommitment, null);
            }
            else if (f > 0 && floor > 0 && readings[f - 1].Metric is Metric.ComputeCommitment or Metric.Revenue && metric != readings[f - 1].Metric
                && MetricRules.IsOptionsUpside(sentence.Words, first))
            {
                (metric, investor) = (readings[f - 1].Metric, null);
            }

            readings.Add(new FigureReading(figure, metric, investor, null, figure.Money.Hedge));
        }

        DealsBelowTheirValuation(figures, readings, sentences);
        LinkedFigures.ShareTheirMetric(figures, readings, sentences);
        return readings;
    }

    /// <summary>The figure of the sentence before with the same amount, currency and hedge as figure <paramref name="f"/> and a reading; -1 when none.</summary>
    private static int Restated(IReadOnlyList<ExtractedFigure> figures, List<FigureReading> readings, int f, SentenceWords before)
    {
        for (var g = f - 1; g >= 0 && figures[g].Start >= before.Start; g--)
        {
            if (figures[g].End <= before.End && figures[g].Money == figures[f].Money && readings[g].Metric is not null)
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>Reads the sentence holding the figure: the split sentence at <paramref name="s"/>, or the figure's own when it falls outside.</summary>
    private static SentenceWords SentenceAround(string text, ExtractedFigure figure, List<SentenceWords> sentences, int s, KnownNames? known)
    {
        var sentence = sentences.Count > 0 ? sentences[s] : new SentenceWords(text, figure.Start, figure.End, known);
        if (figure.Start < sentence.Start || figure.End > sentence.End)
        {
            sentence = new SentenceWords(text, figure.SentenceStart, Math.Max(figure.End, figure.SentenceStart + figure.Sentence.Length), known);
        }

        return sentence;
    }

    /// <summary>
    /// Reads a conversion of the figure before, taking its reading: "1.3 billion euros ($1.5 billion)", found in the text as
    /// <paramref name="written"/>; since the twenty-seventh session also any other figure in a bracket the reading text blanked
    /// ("US$16.2 billion or RM68.5 billion", ReadingText.cs). Null when it is none.
    /// </summary>
    private static FigureReading? ConversionReading(string text, string written, List<FigureReading> readings, int f, ExtractedFigure figure)
    {
        var blanked = text[figure.Start] == ' ' && written[figure.Start] != ' ';
        if (f > 0 && readings[f - 1] is { } previous
            && (blanked || IsConversion(written, previous.Figure, figure) || IsNextConversion(written, previous, figure) || IsRateConversion(written, previous.Figure, figure)))
        {
            var hedge = figure.Money.Hedge == Hedge.Exact ? previous.Hedge : figure.Money.Hedge;
            return new FigureReading(figure, previous.Metric, previous.Investor, previous.Converts ?? (f - 1), hedge);
        }

        return null;
    }

    /// <summary>Reads the figure's metric from its words, an attached giver or the figure before ("Google would put in $1 billion and …").</summary>
    private static Metric? MetricInSentence(SentenceWords sentence, List<FigureReading> readings, int f, int first, int last, int floor)
    {
        // Since the general-investor sweep: money received from a giver for a milestone, a licence or services is a payment, no investment
        // ("Lupin has received USD 25 million from AbbVie for initiation of Phase 1 clinical studies"; InvestorRules.ReceiverFrames.cs).
        if (InvestorRules.IsReceivedAsPayment(sentence, first, last))
        {
            return null;
        }

        // Since the sixteenth session: "was previously raising funds at a $40 billion valuation" is the valuation, before any rule that
        // reads a fund's close or a raise around it (MetricRules.AtAValuation.cs).
        if (MetricRules.IsAtAValuation(sentence, first, last))
        {
            return Metric.Valuation;
        }

        // Since the labelling conventions (issue 12, clauses M1-M4 and M9): totals over many deals or up to now, spending on a company's
        // own operations and a listed company's market value are other; a named group's money into one company is an investment
        // (MetricRules.Conventions.cs).
        if (MetricRules.ConventionReading(sentence, first, last, floor) is { } convention)
        {
            return convention.Metric;
        }

        // Since the tech-deals sweep: "a $38 billion capacity purchase from Amazon Web Services" is a compute commitment; "Microsoft, which
        // has invested over $13 billion" and "Amazon has bolstered its investment in Anthropic with $4 billion" are investments
        // (MetricRules.TechDeals.cs).
        if (MetricRules.TechDealMetric(sentence, first, last) is { } techDeal)
        {
            return techDeal;
        }

        // Since the holdings-and-worth sweep: what a holder holds or many deals are worth is other, whatever a cue, a giver or the
        // figure before would make it; shares subscribed and a held stake's price are investments (MetricRules.HoldingsWorth.cs).
        // Since the general metric sweep: a fund's close is a round size, though "held" reads as a holding below ("has held a $573 million
        // close on its latest secondaries fund", MetricRules.ListingsFundsAndValues.cs).
        if (MetricRules.IsFundCloseFigure(sentence, first, last, floor))
        {
            return Metric.RoundSize;
        }

        if (MetricRules.HoldingsWorthReading(sentence, first, last) is { } held)
        {
            return held.Metric;
        }

        // "… has risen to $3.8 billion, up from $1.8 billion a year ago": the start of a held figure's change is held too.
        if (f > 0 && floor > 0 && readings[f - 1].Metric is null && first >= 2 && sentence.Words[first - 1].Lower == "from"
            && sentence.Words[first - 2].Lower is "up" or "down"
            && MetricRules.HoldingsWorthReading(sentence, sentence.WordAtOrAfter(readings[f - 1].Figure.Start), floor - 1) is { Metric: null })
        {
            return null;
        }

        // Since the givers-and-shapes sweep: passive money, money given by a verb the cues do not read, cloud spending with a provider,
        // a second thing valued, raises pulled in, tranches sized and funds to be raised (MetricRules.GiversAndShapes.cs).
        if (MetricRules.GiversAndShapesReading(sentence, first, last, floor, f > 0 && floor > 0 ? readings[f - 1].Metric : null) is { } swept)
        {
            return swept;
        }

        var metric = MetricRules.Classify(sentence, first, last, floor, floor > 0 ? ContinuedMetric(sentence, readings, f, first) : null);

        // Since the general-investor sweep: the price a named buyer pays for a holding bought from a seller is its investment
        // ("Hon Hai paid 381 billion won … for the stock from SK Holdings Co. Chairman Chey Tae-won"; InvestorRules.BuyersFromSellers.cs).
        metric = metric is null && InvestorRules.IsHoldingBoughtFromSeller(sentence, first, last) ? Metric.Investment : metric;

        // … and so is money received from one giver the receiver frame names ("Groq has secured a $1.5 billion commitment from Saudi Arabia",
        // "received $3.2 million from GM's venture capital unit"), as one named giver's money always is.
        metric = metric is null or Metric.RoundSize && InvestorRules.IsReceivedFromOneGiver(sentence, first, last) ? Metric.Investment : metric;

        // … and so is money a named organisation puts in through its fund ("Mubadala … will use the fund to invest between $5 million and
        // $30 million"; InvestorRules.FundVehicleUses.cs).
        metric = metric is null && InvestorRules.FundVehicleInvestor(sentence, first, last) is { Length: > 0 } ? Metric.Investment : metric;

        // "the $634 million that Lazada pocketed from its parent company Alibaba": money its own phrase says one giver gave, which no
        // rule read, is that giver's investment.
        // "a $20 billion commitment by … DataVolt to invest in datacenters": money for a build-out of its own is no investment.
        metric ??= InvestorRules.AttachedGiver(sentence, last) is not null && !MetricRules.IsBuildOutSpending(sentence, first, last) ? Metric.Investment : null;

        // Since the forty-seventh session: "Microsoft has committed $13 billion to OpenAI and has already paid $11.6 billion of that amount".
        if (f > 0 && floor > 0 && readings[f - 1].Metric is Metric.Investment or Metric.RoundSize or Metric.ComputeCommitment
            && MetricRules.IsPartOfThatAmount(sentence.Words, last))
        {
            return readings[f - 1].Metric;
        }

        // "Google would put in $1 billion and Salesforce up to $500 million": a figure joined to the one before
        // by a few words with no cue of its own is more of the same; not the price of one share ("$700 million, at Rs 734 per share").
        // "will invest $2 billion, with $500 million upfront and $1.5 billion over time": the parts of an investment or a round are
        // parts of it (MetricRules.Tranches.cs).
        if (f > 0 && readings[f - 1].Metric is Metric.Investment or Metric.RoundSize && MetricRules.IsTrancheOfTheFigureBefore(sentence, first, last, floor))
        {
            return readings[f - 1].Metric;
        }

        // Since the valuation-shapes sweep: a part of a valuation ("including £80mn in debt") or a price paid is no valuation.
        if (metric is null && f > 0 && floor > 0 && readings[f - 1].Metric is { } before && !MetricRules.IsSharePrice(sentence, last)
            && !(before == Metric.Valuation && MetricRules.IsNoValuationPart(sentence, first, last))
            && (JoinsPrevious(sentence, floor, first) || EndsAChange(sentence, readings, f, first))
            && !MetricRules.NamesOtherResults(sentence, first, last, floor))
        {
            metric = before;
        }

        return metric;
    }

    /// <summary>
    /// "The deal totals $14.3 billion and values the startup at $29 billion": a deal worth well under the valuation it sets (under two
    /// thirds of it, same currency, same sentence) buys a minority stake, so it is an investment; a takeover is worth the whole.
    /// </summary>
    private static void DealsBelowTheirValuation(IReadOnlyList<ExtractedFigure> figures, List<FigureReading> readings, List<SentenceWords> sentences)
    {
        for (var f = 0; f < readings.Count; f++)
        {
            var figure = figures[f];
            if (readings[f].Metric is not null || readings[f].Converts is not null || figure.Money.Amount is not { } amount
                || sentences.FirstOrDefault(s => s.Start <= figure.Start && figure.End <= s.End) is not { } sentence)
            {
                continue;
            }

            var valuation = readings.Skip(f + 1).FirstOrDefault(r => r.Metric == Metric.Valuation && r.Converts is null && r.Figure.End <= sentence.End
                && r.Figure.Money.Currency == figure.Money.Currency && (r.Figure.Money.Amount ?? r.Figure.Money.Low) is { } worth && amount * 3 <= worth * 2);
            var last = sentence.WordAtOrAfter(figure.End) - 1;
            var first = Math.Min(sentence.WordAtOrAfter(figure.Start), Math.Max(last, 0));
            if (valuation is not null && MetricRules.IsDealFigure(sentence, first, last))
            {
                readings[f] = readings[f] with { Metric = Metric.Investment, Investor = InvestorRules.Kept(sentence, InvestorRules.Find(sentence, first, last)) };
                for (var g = f + 1; g < readings.Count && readings[g].Converts == f; g++)
                {
                    readings[g] = readings[g] with { Metric = readings[f].Metric, Investor = readings[f].Investor };
                }
            }
        }
    }

    /// <summary>
    /// Who puts the money into investment figure <paramref name="f"/>: the n-th of a list split "respectively", the rules'
    /// investor, or, for "another / an additional / another of $X", the investor of the figure it continues (unless another is
    /// named since: "with Nvidia and Salesforce committing another €120 million").
    /// </summary>
    private static string? InvestorOf(SentenceWords sentence, SentenceWords? before, IReadOnlyList<ExtractedFigure> figures, List<FigureReading> readings, int f, int floor) =>
        // Since the givers-and-shapes sweep: "its new $1 billion Advanced Manufacturing fund" is its owner's money (InvestorRules.FundOwners.cs).
        // Since the general-investor sweep: an investor is an organisation or a named person, never "Officials", "Together" or "Rs.874"
        // (InvestorRules.NoInvestorNames.cs); a refused name lets the next rule, or no investor, stand.
        // Since the fit-mi-deals sweep: a unit named after its parent, or an agreement's signer rather than its counterparty
        // (InvestorRules.UnitsAndAgreementSigners.cs).
        // Since the twentieth session: a company's head announcing its plan speaks for the company (InvestorRules.CompanyHeads.cs).
        InvestorRules.CompanyOfItsHead(sentence, InvestorRules.Kept(sentence, InvestorRules.UnitOrAgreementSigner(sentence, sentence.WordAtOrAfter(figures[f].Start),
            InvestorRules.FundOwnerFor(sentence, InvestorOfRules(sentence, before, figures, readings, f, floor)))));

    private static string? InvestorOfRules(SentenceWords sentence, SentenceWords? before, IReadOnlyList<ExtractedFigure> figures, List<FigureReading> readings, int f, int floor)
    {
        var last = sentence.WordAtOrAfter(figures[f].End) - 1;
        var first = Math.Min(sentence.WordAtOrAfter(figures[f].Start), Math.Max(last, 0));

        // Since the general-investor sweep, read first: money a company receives, secures, gets or lands "from" a giver is the giver's, never
        // the receiver's (InvestorRules.ReceiverFrames.cs); the buyer of a holding bought "from" a seller "for $M" (InvestorRules.BuyersFromSellers.cs);
        // money put in through a fund or vehicle (InvestorRules.FundVehicleUses.cs). "" when the frame is there and names no one.
        // Since the tech-deals sweep: the subject growing its investment, "X, which has invested $N", "the $N investment that X made", "X
        // nearing putting $N into" (InvestorRules.TechDeals.cs).
        if (InvestorRules.TechDealInvestor(sentence, first, last) is { } techInvestor)
        {
            return techInvestor;
        }

        var framed = InvestorRules.ReceivedFromGiver(sentence, first, last) ?? InvestorRules.BuyerOfHoldingFromSeller(sentence, first, last)
            ?? InvestorRules.PayerOfHoldingFromSeller(sentence, first, last) ?? InvestorRules.FundVehicleInvestor(sentence, first, last);
        if (framed is not null)
        {
            return framed.Length == 0 ? null : framed;
        }

        return InvestorRules.Kept(sentence, InvestorRules.NotTheSeller(sentence, first, ChosenInvestor(sentence, before, figures, readings, f, floor)))

            // Since the named-investor-totals realignment: the named subject of own money put in right before the figure, where the rules
            // name no one ("Samsung Electronics Co. announced Thursday that it will invest a total of 171 trillion won").
            ?? MetricRules.OwnMoneyInvestor(sentence, first, last, floor)

            // Since the fit-mi-deals sweep: the owner of a plan noun whose "to invest" puts the figure in (MetricRules.PlanNouns.cs).
            ?? InvestorRules.Kept(sentence, MetricRules.PlanOwnerInvestor(sentence, first, last, floor))

            // Since the twenty-second session: the owner of a noun of investment (MetricRules.InvestmentNounOwners.cs).
            ?? InvestorRules.Kept(sentence, MetricRules.InvestmentNounInvestor(sentence, first, last, floor));
    }

    /// <summary>The investor the rules choose, before a seller is taken out (<see cref="InvestorRules.NotTheSeller"/>).</summary>
    private static string? ChosenInvestor(SentenceWords sentence, SentenceWords? before, IReadOnlyList<ExtractedFigure> figures, List<FigureReading> readings, int f, int floor)
    {
        var last = sentence.WordAtOrAfter(figures[f].End) - 1;
        var first = Math.Min(sentence.WordAtOrAfter(figures[f].Start), Math.Max(last, 0));

        // Since the metric-and-investor gaps sweep: the subject of the money verb across a ticker, a government, a participle after a
        // clause, a fund seeded, an instrument bought (InvestorRules.ClauseSubjects.cs).
        // Since the givers-and-shapes sweep: the giver of passive money, of a giving verb, a spokesperson's organisation, the subject of a
        // cheque per company (InvestorRules.GiversAndShapes.cs).
        // Since the thirty-second session: the subscriber, converter or adder of equity money (InvestorRules.EquityContributions.cs) and
        // the buyer in talks to acquire a stake (InvestorRules.SaleCounterparts.cs).
        if ((InvestorRules.EquityContributionInvestor(sentence, first, last) ?? InvestorRules.BuyerInTalksToAcquire(sentence, first)) is { } contributor)
        {
            return contributor;
        }

        if (InvestorRules.GiversAndShapesInvestor(sentence, first, last, floor) is { } giver)
        {
            return giver.Length == 0 ? null : giver;
        }

        if (InvestorRules.ClauseSubjectInvestor(sentence, first, last) is { } subject)
        {
            return subject.Length == 0 ? null : subject;
        }

        if (FramedOrSaleInvestor(sentence, first, last) is { } decided)
        {
            return decided.Length == 0 ? null : decided;
        }

        // Since the named-investor-totals realignment: the named subject of own money put in by a money verb right before the figure
        // ("Samsung Electronics Co. said it will invest a total of 171 trillion won"), when no earlier rule read the figure.
        if (MetricRules.ReadsAsOwnMoneyOnly(sentence, first, last, floor, floor > 0 ? ContinuedMetric(sentence, readings, f, first) : null)
            && MetricRules.OwnMoneyInvestor(sentence, first, last, floor) is { } own)
        {
            return own;
        }

        // Since the twenty-second session: the owner of a noun of investment, where only that reading made the figure an investment
        // ("Mistral recently announced a $1.4 billion investment in Sweden"; MetricRules.InvestmentNounOwners.cs).
        // Where it names no one ("the company recently announced", "… owned by Enbridge"), no other rule's name stands in.
        if (MetricRules.ReadsAsInvestmentNounOnly(sentence, first, last, floor, floor > 0 ? ContinuedMetric(sentence, readings, f, first) : null))
        {
            return InvestorRules.Kept(sentence, MetricRules.InvestmentNounInvestor(sentence, first, last, floor));
        }

        // "sell … shares worth HKD1.37 billion to a unit of BAIC": the buyer of a stake the broad stake default reads, never its seller;
        // where another rule read the figure, only when the other rules name no one.
        var stakeBuyer = InvestorRules.StakeValueBuyer(sentence, first, last, floor);
        if (stakeBuyer is not null && MetricRules.IsReadByStakeDefault(sentence, first, last, floor, floor > 0 ? ContinuedMetric(sentence, readings, f, first) : null))
        {
            return stakeBuyer.Length == 0 ? null : stakeBuyer;
        }

        if (SharesBuyerOrGiver(sentence, readings, f, first, last, floor) is { } taken)
        {
            return taken.Length == 0 ? null : taken;
        }

        var investor = InvestorRules.Kept(sentence, InvestorRules.AttachedGiver(sentence, last)) ?? InvestorRules.Kept(sentence, RulesInvestor(sentence, figures, readings, f, floor));
        investor ??= stakeBuyer is { Length: > 0 } ? stakeBuyer : null;

        // Since the stakes-control realignment: a stake sold "to" a named buyer is that buyer's investment, whatever the clause names between.
        investor = stakeBuyer is { Length: > 0 } && investor != stakeBuyer && InvestorRules.IsStakeSoldToABuyer(sentence, first, last, floor) ? stakeBuyer : investor;

        // "KIC … bought a 50 percent stake in … Melbourne's Southgate Complex for A$289 million": the buyer, not the company bought into.
        investor = stakeBuyer is { Length: > 0 } && investor is not null && InvestorRules.IsBoughtHoldingTarget(sentence, investor, first, last, floor) ? stakeBuyer : investor;

        // Since the stakes-control realignment: "Infosys is selling its entire stake in ANSR … for $1 million": a stake sold with no buyer
        // named is an investment by no one named; its seller is never the investor.
        if (investor is null ? InvestorRules.IsStakeSoldToNoOne(sentence, first, last, floor) : InvestorRules.IsSellerOfStakeSoldToNoOne(sentence, investor, first, last, floor))
        {
            return null;
        }

        // "Local corporate tracker CEOScore said their investments …": the sentence's cited source reports, it does not invest.
        if (investor is not null && IsCitedSource(sentence, investor))
        {
            return null;
        }

        // "Toyota is expanding in India. The Japanese carmaker will invest $1 billion …": a stand-in subject with no name in its
        // sentence is the organisation the sentence before opened with.
        return investor is null && before is not null && before.End <= sentence.Start && InvestorRules.OpensWithStandIn(sentence, first)
            ? InvestorRules.SubjectOf(before)
            : investor ?? InvestorRules.SubjectAfterFrontedClause(sentence, first);
    }

    /// <summary>
    /// The investor a frame or a stake sale decides before any stake or share rule reads a buyer: the giver the investor-frames sweep's
    /// frames name (InvestorRules.InvestorFrames.cs: "offered $2 billion to Intel", "Bill Ackman's $2 billion investment", "including
    /// B Capital ($77 million)"), no one when the seller raises it ("is seeking to raise as much as $3.74 billion by selling its stake in
    /// … JD.com"), or the buyer of a stake sold. "" when it decides no one is named, null when none of them reads the figure.
    /// </summary>
    private static string? FramedOrSaleInvestor(SentenceWords sentence, int first, int last) =>
        InvestorRules.FramedInvestor(sentence, first, last)
        ?? (MetricRules.IsStakeProceedsRaised(sentence.Words, first, last) ? "" : InvestorRules.StakeSaleBuyer(sentence, first, last));

    /// <summary>
    /// The buyer of shares changing hands, or the one giver of money taken in; "" when such a rule reads the figure but names no one
    /// ("from a single investor"), null when none reads it.
    /// </summary>
    private static string? SharesBuyerOrGiver(SentenceWords sentence, List<FigureReading> readings, int f, int first, int last, int floor)
    {
        // "16,031 Series F preference shares were allotted to Vitruvian Partners … for Rs 571 crore": the buyer of shares changing hands.
        var sharesBuyer = InvestorRules.SharesBuyer(sentence, first, last);
        if (sharesBuyer is not null && MetricRules.IsReadBySharesDefault(sentence, first, last, floor, floor > 0 ? ContinuedMetric(sentence, readings, f, first) : null))
        {
            return sharesBuyer;
        }

        // "received US$14 million from German-owned Hubert Burda Media": the one giver money is taken in from.
        if (InvestorRules.RoundGiversOf(sentence, first, last) is { Count: RoundGiverCount.One } one)
        {
            return one.Giver ?? "";
        }

        // "from existing investors including … Rewe at €50 million": one listed giver's part of the round.
        return InvestorRules.ListedGiverAt(sentence, first);
    }

    private static string? RulesInvestor(SentenceWords sentence, IReadOnlyList<ExtractedFigure> figures, List<FigureReading> readings, int f, int floor)
    {
        var words = sentence.Words;
        var last = sentence.WordAtOrAfter(figures[f].End) - 1;
        var first = Math.Min(sentence.WordAtOrAfter(figures[f].Start), Math.Max(last, 0));
        var investor = InvestorRules.Respective(sentence, figures.Select(g => (sentence.WordAtOrAfter(g.Start), sentence.WordAtOrAfter(g.End) - 1)).ToList(), f)
            ?? InvestorRules.Find(sentence, first, last);
        var continues = InvestorRules.TenthRaisesTheFigureBefore(words, first) || first > 0 && (words[first - 1].Lower is "another" or "additional" or "further"
            || (first > 1 && words[first - 1].Lower == "of" && words[first - 2].Lower == "another"));
        return floor > 0 && continues && readings[f - 1] is { Metric: Metric.Investment, Investor: { } same } && !InvestorRules.NamesItsOwn(sentence, last)
            && !InvestorRules.NamesNewSubject(sentence, floor, first) && !IsOwnClausesGiver(sentence, investor, same, floor, first)
            ? same
            : investor;
    }

    /// <summary>
    /// Since the twenty-ninth session: the rules found another giver, named in the figure's own clause after the figure before it ("CyrusOne
    /// said it intends to invest £2.5 billion …, while CoreWeave said it would invest a further £750 million"): "a further" adds to that
    /// giver's money, not to the first one's.
    /// </summary>
    private static bool IsOwnClausesGiver(SentenceWords sentence, string? investor, string same, int floor, int first) =>
        investor is not null && !string.Equals(investor, same, StringComparison.Ordinal)
        && sentence.Names.Any(n => n.Kind == NameKind.Organisation && n.First >= floor && n.Last + 1 < first && string.Equals(n.Text, investor, StringComparison.Ordinal)
            && !sentence.Words[n.Last].EndsPhrase && IsVerbAfterName(sentence.Words[n.Last + 1]));

    /// <summary>A lower-case word after a name that is no link word: the name's verb ("CoreWeave said", "Acme will").</summary>
    private static bool IsVerbAfterName(Word word) =>
        word.Core.Length > 0 && char.IsLower(word.Core[0])
        && word.Lower is not ("and" or "or" or "of" or "in" or "into" or "to" or "for" or "with" or "from" or "at" or "on" or "by" or "as" or "unit" or "arm");

    /// <summary>
    /// Whether a figure with no cue of its own continues the list the previous one started: a few words after "and" / "or" /
    /// "while" / "with" or a comma ("Google would put in $1 billion and Salesforce up to $500 million"), or a name and a comma
    /// standing for the verb ("Oregon ... committed €200 million; Teacher Retirement System of Texas, €225 million"; since the thirty-fourth
    /// session also an organisation's name with no comma, "…, Texas County and District Retirement System $110 million").
    /// </summary>
    private static bool JoinsPrevious(SentenceWords sentence, int floor, int first)
    {
        var words = sentence.Words;

        // ", up $500 million from weeks earlier": a change of its own.
        if (words[first - 1].Lower is "up" or "down" or "by")
        {
            return false;
        }

        // "... $100 billion in OpenAI, $500 million in self-driving startup Wayve": the next item of a list after a comma.
        var listItem = first - floor is > 0 and <= 7
            && (words[first - 1].After == ',' || (first >= 2 && words[first - 1].Lower == "and" && words[first - 2].After == ','));
        if (listItem || (first - floor is > 0 and <= 4 && (words[floor].Lower is "and" or "or" or "while" or "with" || words[floor - 1].After is ',' or ';')))
        {
            return true;
        }

        // Since the twenty-first session: "raised $15 million early this year followed by a staggering $200 million in July": the next
        // of the same.
        var followedBy = first >= 2 && words[first - 1].Lower is "a" or "an" or "another" ? first - 2 : first - 1;
        if (first - floor <= 8 && followedBy >= floor + 1 && words[followedBy].Lower == "by" && words[followedBy - 1].Lower is "followed")
        {
            return true;
        }

        // "Google has invested $3 billion in Anthropic, and Amazon $8 billion": a clause that leaves out its verb, a name and a figure.
        if (first - floor <= 7 && sentence.NameAt[first - 1] is { Kind: NameKind.Organisation } gapped && gapped.Last == first - 1
            && gapped.First - 1 >= floor && words[gapped.First - 1].Lower is "and" or "while" or "whereas" && !words[gapped.Last].EndsPhrase)
        {
            return true;
        }

        // "raised its target from $6 billion to $8 billion": the end of a change is more of the same; so is its start after
        // "up from" / "down from" ("to $30 billion, up from an estimated $19 billion").
        // "up from just $5 million".
        var from = first >= 2 && words[first - 1].Lower is "just" or "only" or "a" or "an" ? first - 2 : first - 1;
        if ((first - floor == 1 && words[floor].Lower == "to") || (from >= 1 && words[from].Lower == "from" && words[from - 1].Lower is "up" or "down"))
        {
            return true;
        }

        if (words[floor - 1].After is not (',' or ';') || first - floor < 1)
        {
            return false;
        }

        // Since the thirty-fourth session also without the comma after an organisation's name ("Oregon State Treasury committed $150
        // million, Texas County and District Retirement System $110 million").
        var nameStart = words[floor].Lower is "and" or "or" ? floor + 1 : floor;
        return nameStart < first && sentence.NameAt[nameStart] is { } name && name.First == nameStart && name.Last == first - 1
            && (words[name.Last].After == ',' || (name.Kind == NameKind.Organisation && !words[name.Last].EndsPhrase));
    }

    /// <summary>
    /// "increased from 118.2 billion won ($98 million) in 2015 to 1.2 trillion won": the figure after "to" ends the change the
    /// one after "from" (or its conversion) began, in the same sentence.
    /// </summary>
    private static bool EndsAChange(SentenceWords sentence, List<FigureReading> readings, int f, int first)
    {
        var words = sentence.Words;
        if (first == 0 || words[first - 1].Lower != "to")
        {
            return false;
        }

        var began = readings[f - 1].Converts ?? (f - 1);
        var start = sentence.WordAtOrAfter(readings[began].Figure.Start);
        return start > 0 && readings[began].Figure.Start >= sentence.Start && words[start - 1].Lower == "from" && first - start <= 12;
    }

    /// <summary>Words of a change or a comparison between two figures: "up 10% from", "an 89% increase from", "compared with".</summary>
    private static readonly HashSet<string> _comparisonWords = new(StringComparer.Ordinal)
    {
        "up", "down", "rise", "rising", "rose", "increase", "increased", "growth", "grew", "gain", "jump", "jumped", "leap", "surge", "surged",
        "decrease", "decreased", "decline", "declined", "drop", "dropped", "fall", "fell", "falling", "compared", "comparison", "versus", "vs",
        "against", "current", "original", "previous", "prior", "earlier",
    };

    /// <summary>
    /// The metric of the figure that figure <paramref name="f"/> is compared with, when <paramref name="f"/> follows "from", "with",
    /// "to" (after "compared"), "versus" or "against" after a change or comparison word, within twelve words of that figure in the same
    /// sentence, with no cue of another metric between ("valuation", "raised", "stake") and none of its own right after it ("$930 million
    /// raised in 2023"); null otherwise. The caller asks only for a figure no rule read (other).
    /// </summary>
    private static Metric? ComparedWith(SentenceWords sentence, List<FigureReading> readings, int f, int first, int last, int floor)
    {
        var words = sentence.Words;
        if (floor <= 0 || f == 0 || first < 2)
        {
            return null;
        }

        // "an 18% drop from $930 million raised in 2023": the figure's own words say what it is.
        var after = MetricRules.SkipConversion(words, last);
        if (Enumerable.Range(after, 2).Any(i => i < words.Count && words[i].Lower is "raised" or "invested" or "valuation" or "valued" or "revenue" or "revenues"
                or "sales" or "round" or "funding" or "investment" or "investments"))
        {
            return null;
        }

        // The figure before, past its conversion: "DKK 95.264 billion ($14.753 billion), up only 10% from".
        var before = readings[f - 1].Converts ?? (f - 1);
        if (readings[before].Metric is not { } metric || readings[before].Figure.Start < sentence.Start)
        {
            return null;
        }

        var end = sentence.WordAtOrAfter(readings[f - 1].Figure.End);
        if (first - end > 12 || first <= end)
        {
            return null;
        }

        // Back from the figure over hedges and determiners to the linking word.
        var k = first - 1;
        while (k > end && words[k].Lower is "the" or "a" or "an" or "its" or "their" or "about" or "around" or "roughly" or "nearly" or "almost"
                   or "approximately" or "some" or "over" or "under" or "just" or "current" or "original" or "previous" or "prior" or "earlier" or "than" or "more" or "less")
        {
            k--;
        }

        if (!(words[k].Lower is "from" or "versus" or "vs" or "against" || (words[k].Lower is "with" or "to" && k > 0 && words[k - 1].Lower is "compared" or "comparison")))
        {
            return null;
        }

        // Since the forty-seventh session, a change to the figure before also says it ("operating revenue increased by 80.7% to Rs 719 crore
        // during the financial year ending in March 2022 from Rs 398 crore").
        var span = Enumerable.Range(end, first - end).Select(i => words[i].Lower).ToList();
        if (!(span.Any(_comparisonWords.Contains) || (words[k].Lower == "from" && ChangedTo(words, sentence.WordAtOrAfter(readings[before].Figure.Start))))
            || span.Any(w => w is "valuation" or "valued" or "value" or "raised" or "raise" or "invest" or "invested" or "investment" or "stake" or "round"))
        {
            return null;
        }

        return metric;
    }

    /// <summary>Since the forty-seventh session: a change verb before "to" and the figure at word <paramref name="at"/>: "fell by 29.2% to".</summary>
    private static bool ChangedTo(List<Word> words, int at)
    {
        var to = at - 1;
        while (to > 0 && words[to].Lower is "about" or "around" or "nearly" or "almost" or "roughly" or "approximately" or "over" or "just" or "some")
        {
            to--;
        }

        // Not a hedge: "up to $5 billion".
        if (to < 1 || words[to].Lower != "to" || words[to - 1].Lower == "up")
        {
            return false;
        }

        for (var v = to - 1; v >= 0 && to - v <= 5 && !words[v].EndsPhrase; v--)
        {
            if (_comparisonWords.Contains(words[v].Lower) || words[v].Lower is "soared" or "climbed" or "plunged" or "slid" or "dipped" or "skyrocketed"
                or "grown" or "risen" or "fallen" or "shrank" or "shrunk" or "tumbled" or "slumped")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCitedSource(SentenceWords sentence, string name)
    {
        var sources = new List<SourceMention>();
        SourceRules.Find(sentence.Text, sentence, sources);
        return sources.Any(s => s.Kind == SourceKind.Named && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"another $2 billion", "an additional $2 billion", "a further $2 billion", "followed by $2 billion".</summary>
    private static bool ContinuesFigureBefore(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        // "That has since doubled to $2 billion": the figure before, grown.
        return first > 0 && (words[first - 1].Lower is "another" or "additional" or "further"
            || (first > 1 && words[first - 1].Lower == "by" && words[first - 2].Lower == "followed")
            || (first > 1 && words[first - 1].Lower == "to" && words[0].Lower is "that" or "this" or "it"
                && words[first - 2].Lower is "doubled" or "tripled" or "risen" or "rose" or "grown" or "grew" or "climbed" or "jumped" or "increased"
                    or "fallen" or "fell" or "dropped"));
    }

    /// <summary>
    /// The metric of the figure before, which "another $X" continues; since the seventh round, "another" after a valuation continues the
    /// money before it ("will invest $10 billion at a valuation of $350 billion, with another $30 billion possible"): a valuation is no
    /// sum more is added to.
    /// </summary>
    private static Metric? ContinuedMetric(SentenceWords sentence, List<FigureReading> readings, int f, int first)
    {
        var before = readings[f - 1].Metric;
        if (before != Metric.Valuation || !ContinuesFigureBefore(sentence, first))
        {
            return before;
        }

        for (var g = f - 2; g >= 0 && readings[g].Figure.Start >= sentence.Start; g--)
        {
            if (readings[g].Metric is { } earlier && earlier != Metric.Valuation)
            {
                return earlier;
            }
        }

        return before;
    }

    /// <summary>Since the seventh round: the next conversion in the same brackets, "C$38.4 million ($29.8 million; €26.6 million)".</summary>
    private static bool IsNextConversion(string text, FigureReading previous, ExtractedFigure figure)
    {
        if (previous.Converts is null || previous.Figure.End > figure.Start || figure.Start - previous.Figure.End > 3)
        {
            return false;
        }

        var between = text.AsSpan(previous.Figure.End, figure.Start - previous.Figure.End).Trim();
        return between is ";" or "," or "/";
    }

    /// <summary>
    /// "investing €15 million in the French startup ($16.3 million at today's exchange rate)": a bracket opening on a figure in another
    /// currency and saying it is converted, a few words after the figure before.
    /// </summary>
    private static bool IsRateConversion(string text, ExtractedFigure previous, ExtractedFigure figure)
    {
        if (previous.End > figure.Start || figure.Start - previous.End > 60 || previous.Money.Currency == figure.Money.Currency
            || text.AsSpan(previous.End, figure.Start - previous.End).TrimEnd() is not [.., '('] between || between.IndexOfAny(".;)") >= 0)
        {
            return false;
        }

        var close = text.IndexOf(')', figure.End);
        var inside = close < 0 || close - figure.End > 60 ? "" : text[figure.End..close];
        return inside.Contains("exchange rate", StringComparison.OrdinalIgnoreCase) || inside.Contains("current rate", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Only an opening bracket (and spaces) between the two figures: "$25 billion (£19 billion)".</summary>
    private static bool IsConversion(string text, ExtractedFigure previous, ExtractedFigure figure)
    {
        if (previous.End > figure.Start || figure.Start - previous.End > 16)
        {
            return false;
        }

        var between = text.AsSpan(previous.End, figure.Start - previous.End).Trim();
        // Since the tenth round: "(equivalent to SR3.75 billion)".
        return between is "(" or "[" or "(or" or "(about" or "(around" or "(roughly" or "(some" or "(approx." or "(equivalent to" or "(equal to" or "(equivalent";
    }
}
