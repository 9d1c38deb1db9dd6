namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor-verbs sweep's frames that make the figure an investment as well as naming its investor (read with the investor frames,
/// so they decide the metric too): money offered to a company ("PIF offered $750 million to augmented-reality firm Magic Leap"), a
/// hedged, dropped or announced deal in a named company ("The Qatar Investment Authority is contemplating a $1-billion funding in
/// Reliance Retail Ventures", "Sam Altman scrapped a planned $X investment in Y"), a round one investor provides ("Sequoia Capital China
/// was the earliest investor in the company, providing a $3 million Series A round"), "to the tune of" ("Ford tied up with Rivian to the
/// tune of $500 million", "was made by Temasek to the tune of ₹185.7 crore") and an owner's announcement of money in a company or at a
/// valuation ("Google's announcement of up to $40 billion, with $10 billion deployed immediately at a valuation of ...").
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Whether the sentence speaks of taking a whole company over: then money offered is a bid, not an investment.</summary>
    private static bool SpeaksOfTakeover(SentenceWords sentence) =>
        sentence.Words.Any(w => w.Lower is "acquire" or "acquires" or "acquiring" or "acquired" or "acquisition" or "takeover" or "buyout" or "merger" or "bid");

    /// <summary>Nouns a name may modify when the money buys things, not a stake: "Nvidia chips", "Google Cloud capacity".</summary>
    private static readonly HashSet<string> _boughtThings = new(StringComparer.Ordinal)
    {
        "chips", "chip", "shares", "stock", "stocks", "data", "products", "product", "services", "service", "operations", "business", "businesses",
        "unit", "units", "models", "platform", "cloud", "gpus", "hardware", "technology", "technologies", "projects", "project", "plant", "plants",
        "factory", "factories", "facility", "facilities", "campus", "infrastructure", "network", "fund", "funds", "venture", "ventures", "joint",
        "subsidiary", "arm", "ecosystem", "capacity", "compute", "servers", "bonds", "debt", "stores", "sites", "site", "offices",
    };

    /// <summary>Words counting several: "in two Octopus Energy generation funds" names no one company.</summary>
    private static readonly HashSet<string> _manyWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "multiple", "various", "other", "few", "both",
    };

    /// <summary>A company named (after a description) at word <paramref name="i"/> that is the object of the money, not a possessive, or null.</summary>
    private static Name? CompanyAt(SentenceWords sentence, int i)
    {
        if (i >= sentence.Words.Count || sentence.OrganisationAfterDescriptor(i, pastPlaces: true) is not { Possessive: false } company
            || sentence.Words.Skip(i).Take(company.First - i).Any(w => char.IsDigit(w.Core.FirstOrDefault()) || _manyWords.Contains(w.Lower)))
        {
            return null;
        }

        // "in Nvidia chips", "into OpenAI's data centres": a name modifying what the money buys is no company taking it.
        var after = company.Last + 1;
        return sentence.Words[company.Last].EndsPhrase || after >= sentence.Words.Count || !_boughtThings.Contains(sentence.Words[after].Lower) ? company : null;
    }

    /// <summary>"PIF offered $750 million to augmented-reality firm Magic Leap": the one offering; "" when no name offers it.</summary>
    private static string? OfferedToACompany(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var v = first - 1;
        while (v >= 1 && first - v <= 4 && words[v].Lower is "up" or "to" or "as" or "much" or "about" or "around" or "roughly" or "nearly" or "some" or "another" or "an" or "additional")
        {
            v--;
        }

        var next = MetricRules.SkipConversion(words, last);
        if (v < 1 || words[v].Lower is not ("offered" or "offers" or "offer" or "offering") || next + 1 >= words.Count || words[next].Lower != "to"
            || words[last].EndsPhrase || CompanyAt(sentence, next + 1) is not { } target || SpeaksOfTakeover(sentence))
        {
            return null;
        }

        var subject = SubjectOfVerb(sentence, v) ?? OwnedSubject(sentence, v);
        return subject == target.Text ? null : subject ?? "";
    }

    /// <summary>"is contemplating a $1-billion funding in Reliance Retail Ventures", "scrapped a planned $X investment in Y": the deal's subject.</summary>
    private static string? DealInACompany(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        var verb = MoneyVerbAt(sentence, first, last);
        if (next >= words.Count || words[last].EndsPhrase || words[next].Lower is not ("investment" or "funding" or "infusion" or "injection") || verb < 1)
        {
            return null;
        }

        // "Israel Corp just gave it a $100m funding": the one giving a company its funding.
        var given = words[verb].Lower is "gave" or "give" or "gives" or "giving" or "handed" or "hands";
        var target = next + 2 < words.Count && words[next + 1].Lower is "in" or "into" ? CompanyAt(sentence, next + 2) : null;
        var subject = given || target is not null ? MoneyVerbSubject(sentence, first, last) : null;
        return subject is null || subject == target?.Text ? null : subject;
    }

    /// <summary>"Sequoia Capital China was the earliest investor in the company, providing a $3 million Series A round": the one providing it.</summary>
    private static string? RoundProvided(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (first < 3 || words[first - 1].Lower is not ("a" or "an") || words[first - 2].Lower is not ("providing" or "provided" or "provides" or "provide"))
        {
            return null;
        }

        next += next < words.Count && words[next].Lower == "series" ? 2 : next < words.Count && words[next].Lower is "seed" or "pre-seed" or "angel" ? 1 : 0;
        if (next >= words.Count || words[next].Lower is not ("round" or "funding"))
        {
            return null;
        }

        var verb = first - 2;
        if (!words[verb - 1].EndsPhrase)
        {
            return SubjectOfVerb(sentence, verb);
        }

        // The name opening the sentence, after a title ("Mr. Kalanick") or a place's possessive ("Saudi Arabia's Public Investment Fund").
        var opener = sentence.Names.FirstOrDefault(n => !n.Possessive && n.Kind is NameKind.Organisation or NameKind.Person);
        return opener is not null && PastPlaceOwner(sentence, PastTitle(words, opener.First - 1)) < 0 ? WithTitle(words, opener) : null;
    }

    /// <summary>
    /// "Ford tied up with Rivian to the tune of $500 million", "was made by Temasek to the tune of ₹185.7 crore", "Backed by Saudi Arabia’s
    /// Public Investment Fund to the tune of $38 billion": the one putting in the money "to the tune of" the figure.
    /// </summary>
    private static string? ToTheTuneOf(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        if (first < 6 || words[first - 1].Lower != "of" || words[first - 2].Lower != "tune" || words[first - 3].Lower != "the" || words[first - 4].Lower != "to")
        {
            return null;
        }

        var k = first - 5;
        if (sentence.NameAt[k] is { Possessive: false, Kind: NameKind.Organisation or NameKind.Person } agent && agent.Last == k && !words[k].EndsPhrase)
        {
            var by = PastPlaceOwner(sentence, PastTitle(words, agent.First - 1));
            if (by >= 1 && words[by].Lower == "by" && words[by - 1].Lower is "made" or "backed" or "funded" or "financed" or "supported")
            {
                return agent.Text;
            }
        }

        for (var v = k; v >= 1 && k - v <= 8 && !words[v].EndsPhrase; v--)
        {
            if (words[v].Lower is "tied" or "ties" or "teamed" or "partnered" or "backed" or "invested" or "funded" or "bet" && !words[v - 1].EndsPhrase)
            {
                var at = words[v + 1].Lower is "up" ? v + 2 : v + 1;
                at += at < words.Count && words[at].Lower is "with" or "in" or "on" ? 1 : 0;
                return CompanyAt(sentence, at) is { } target && (SubjectOfVerb(sentence, v) ?? OwnedSubject(sentence, v)) is { } subject && subject != target.Text ? subject : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Google's announcement of up to $40 billion in Anthropic", "... of up to $40 billion, with $10 billion deployed immediately at a
    /// valuation of ...": an owner's announced money in a named company, or at a valuation, is its investment.
    /// </summary>
    private static string? AnnouncedInACompany(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        var valued = words.Any(w => w.Lower is "valuation" or "valuing" or "valued" or "values");
        if (AnnouncedByAPossessive(sentence, first) is { } owner)
        {
            return valued || next + 1 < words.Count && !words[last].EndsPhrase && words[next].Lower is "in" or "into" && CompanyAt(sentence, next + 1) is not null ? owner : null;
        }

        // "with $10 billion deployed immediately": part of the money announced just before.
        if (!valued || words[first - 1].Lower != "with" || next >= words.Count || words[next].Lower is not ("deployed" or "invested" or "committed" or "paid" or "upfront"))
        {
            return null;
        }

        for (var j = first - 2; j >= 3 && first - j <= 12; j--)
        {
            if (AnnouncedByAPossessive(sentence, j) is { } announcer)
            {
                return announcer;
            }
        }

        return null;
    }
}
