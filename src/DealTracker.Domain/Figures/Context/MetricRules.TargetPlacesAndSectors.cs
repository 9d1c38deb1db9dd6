namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// What a target is, past the words the target-kind reader already knows: places of more than one word and the states, provinces
/// and cities wires name as a destination ("in Southeast Asia", "into Tamil Nadu", "in West Java"); sectors and technologies written
/// with a lower-case head ("in green hydrogen", "into electric vehicles", "in quantum computing", "in climate tech"); a network that is
/// a build-out ("its 5G network", "its fibre network"); makers of things, one or many ("a Chinese carmaker", "Chinese chipmakers");
/// and a lower-case target after a commitment's "to" ("committed $2 billion to renewables", "to 40 companies", "to new data centers").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>States, provinces, regions and cities named as a destination, beside the countries and regions the aggregate rules know.</summary>
    private static readonly HashSet<string> _targetPlaces = new(StringComparer.Ordinal)
    {
        "Tamil Nadu", "Uttar Pradesh", "Andhra Pradesh", "Madhya Pradesh", "West Bengal", "Maharashtra", "Gujarat", "Karnataka", "Telangana",
        "Odisha", "Rajasthan", "Kerala", "Haryana", "Punjab", "Bihar", "Assam", "Noida", "Gurugram", "Kolkata", "Ahmedabad",
        "West Java", "East Java", "Central Java", "Java", "Bali", "Batam", "Johor", "Penang", "Sarawak", "Sabah", "Kuala Lumpur",
        "Ho Chi Minh City", "Hanoi", "Guangdong", "Jiangsu", "Zhejiang", "Sichuan", "Bavaria", "Saxony", "Catalonia", "Andalusia", "Aragon",
        "Scotland", "Wales", "Northern Ireland", "Queensland", "New South Wales", "Victoria", "New York", "New Jersey", "North Carolina",
        "South Carolina", "Kentucky", "Georgia", "Louisiana", "Idaho", "Utah", "Wisconsin", "Minnesota", "Kansas", "Mississippi", "Alabama",
        "Iowa", "Missouri", "Oklahoma", "Lagos", "Nairobi", "Cairo", "Istanbul", "Warsaw", "Prague", "Lisbon", "Dublin", "Mexico City",
        "São Paulo", "Sao Paulo", "Buenos Aires", "Santiago", "Bogotá", "Bogota", "Lima", "Abu Dhabi", "Hong Kong", "Saudi Arabia",
        "South Korea", "Sri Lanka", "New Zealand", "Latin America", "South America", "North America", "Southeast Asia", "South-east Asia",
        "South Asia", "East Africa", "West Africa", "Central Asia", "Eastern Europe", "Western Europe", "Central Europe", "Middle East",
        "Sub-Saharan Africa", "North Africa", "East Asia", "Asia-Pacific", "Asia Pacific", "the Middle East", "the Gulf",
    };

    /// <summary>Lower-case heads of a sector or technology the target-kind reader did not know: "green hydrogen", "electric vehicles".</summary>
    private static readonly HashSet<string> _sectorHeads = new(StringComparer.Ordinal)
    {
        "intelligence", "hydrogen", "vehicles", "computing", "tech", "biotech", "medtech", "agritech", "edtech", "proptech", "climate",
        "batteries", "defence", "defense", "aerospace", "fintechs", "gigafactory", "gigafactories", "stations", "storage", "solar", "wind",
        "nuclear", "fusion", "quantum", "telecoms", "telecommunications", "broadband", "fibre", "fiber", "networks", "ports", "airports",
        "railways", "railway", "hospitals", "schools", "tourism", "retailing", "e-commerce", "ecommerce", "payments", "metaverse", "cybersecurity",
    };

    /// <summary>Words before "network" that make it a build-out rather than a broadcaster or a company: "its 5G network", "a charging network".</summary>
    private static readonly HashSet<string> _networkBuildWords = new(StringComparer.Ordinal)
    {
        "5g", "4g", "6g", "lte", "fibre", "fiber", "fibre-optic", "fiber-optic", "broadband", "mobile", "charging", "rail", "telecom", "telecoms",
        "wireless", "distribution", "transmission", "pipeline", "cable", "power", "electricity", "grid", "logistics", "delivery", "store", "retail",
    };

    /// <summary>The length of a place of one to four words at <paramref name="j"/> named as a destination, or 0.</summary>
    private static int TargetPlaceLength(IReadOnlyList<Word> words, int j)
    {
        var phrase = words[j].Core;
        var best = _targetPlaces.Contains(phrase) || _countriesAndRegions.Contains(phrase) ? 1 : 0;
        for (var k = j + 1; k < words.Count && k - j < 4 && !words[k - 1].EndsPhrase && !words[k - 1].Possessive; k++)
        {
            phrase += " " + words[k].Core;
            best = _targetPlaces.Contains(phrase) || _countriesAndRegions.Contains(phrase) ? k - j + 1 : best;
        }

        return best;
    }

    /// <summary>Verbs that open a purpose after "to", not a target: "to advance its technology", "to co-develop models", "to acquire capacity".</summary>
    private static readonly HashSet<string> _toPurposeVerbs = new(StringComparer.Ordinal)
    {
        "advance", "develop", "build", "expand", "buy", "acquire", "fund", "finance", "support", "help", "create", "boost", "accelerate", "construct",
        "deploy", "scale", "grow", "train", "establish", "set", "launch", "open", "upgrade", "modernise", "modernize", "strengthen", "secure",
        "purchase", "lease", "rent", "power", "improve", "research", "design", "make", "produce", "bring", "hire", "invest", "spend", "pay", "cover",
    };

    /// <summary>A verb opening a purpose, its "co-" or "re-" form too ("co-develop", "re-launch").</summary>
    private static bool IsPurposeVerb(string lower) =>
        _toPurposeVerbs.Contains(lower) || (lower.Length > 3 && lower[2] == '-' && lower[..2] is "co" or "re" && _toPurposeVerbs.Contains(lower[3..]));

    /// <summary>A lower-case word of a target the older lists do not read: a sector head, a build-out network, or a maker of things.</summary>
    private static TargetKind SectorOrMakerKind(List<Word> words, int j, string lower)
    {
        if (_sectorHeads.Contains(lower))
        {
            return SectorModifiesACompany(words, j) ? TargetKind.Unknown : TargetKind.NotCompany;
        }

        if (lower is "network" or "networks" && j > 0 && _networkBuildWords.Contains(words[j - 1].Lower))
        {
            return TargetKind.NotCompany;
        }

        // "a Chinese carmaker", "the US chipmaker": one maker; "Chinese chipmakers": many.
        return lower.EndsWith("maker", StringComparison.Ordinal) && lower.Length > 6 ? TargetKind.Company
            : lower.EndsWith("makers", StringComparison.Ordinal) && lower.Length > 7 ? TargetKind.Crowd
            : TargetKind.Unknown;
    }

    /// <summary>A word opening a verb's object: a name (not a technology's acronym), a determiner or a pronoun.</summary>
    private static bool VerbsObject(Word word) =>
        (word.IsCapitalised && !_techAcronyms.Contains(word.Core)) || word.Lower is "its" or "their" or "the" or "a" or "an" or "his" or "her" or "our" or "it" or "them";

    /// <summary>"artificial intelligence and machine learning company Everseen": sectors joined by "and" before a company noun describe it.</summary>
    private static bool SectorModifiesACompany(List<Word> words, int j)
    {
        if (j + 2 >= words.Count || words[j].EndsPhrase || words[j + 1].Lower != "and")
        {
            return false;
        }

        for (var k = j + 2; k < words.Count && k - j <= 5 && !_targetStops.Contains(words[k].Lower); k++)
        {
            if (_companyNouns.Contains(words[k].Lower) || SingularOf(words[k].Lower) is { } one && _companyNouns.Contains(one))
            {
                return true;
            }

            if (words[k].EndsPhrase)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A lower-case opening of a target after a commitment's "to" ("to renewables", "to new data centers", "to early-stage startups"): a
    /// head of another kind than a verb's object within three words; "to build", "to acquire" open a purpose, not a target.
    /// </summary>
    private static bool OpensLowerCaseTarget(List<Word> words, int at)
    {
        // "to advance its technology", "to back Mistral": a verb and its object.
        if (at >= words.Count || IsPurposeVerb(words[at].Lower) || (at + 1 < words.Count && !words[at].EndsPhrase && VerbsObject(words[at + 1])))
        {
            return false;
        }

        for (var k = at; k < words.Count && k - at < 4; k++)
        {
            var lower = words[k].Lower;
            var single = SingularOf(lower);
            if (_notCompanyNouns.Contains(lower) || lower is "fund" or "funds" || _sectorHeads.Contains(lower) || _techAcronyms.Contains(words[k].Core)
                || (single is not null && (_companyNouns.Contains(single) || _notCompanyNouns.Contains(single))) || SectorOrMakerKind(words, k, lower) != TargetKind.Unknown)
            {
                return true;
            }

            if (words[k].EndsPhrase || _targetStops.Contains(lower) || Lexicon.Months.Contains(lower))
            {
                return false;
            }
        }

        return false;
    }
}
