namespace DealTracker.Domain.Figures;

/// <summary>
/// One currency as news text writes it next to a number.
/// </summary>
/// <param name="Code">ISO 4217 code: "CHF".</param>
/// <param name="Prefixes">Written right before the number, case-sensitive: "€", "HK$", "Rs". The ISO code is added for every currency.</param>
/// <param name="Suffixes">Symbols written right after the number: "€" in "75 €", "元" in "300元".</param>
/// <param name="Names">Names after the number, lower case, singular and plural: "swiss franc", "swiss francs".</param>
/// <param name="WeakNames">Names that name money only with a scale ("4 billion pounds", not "lost 10 pounds").</param>
/// <param name="Countries">Words in the text that make this currency the one meant by a name several share ("pesos" in a text about Chile).</param>
public sealed record CurrencyInfo(
    string Code,
    string[] Prefixes,
    string[] Suffixes,
    string[] Names,
    string[] WeakNames,
    string[] Countries);

/// <summary>
/// The currencies <see cref="FigureExtractor"/> reads, as data: ISO codes, symbols, names and plurals.
/// A name several currencies share ("dollars", "pesos", "crowns") goes to the first one listed with it,
/// unless the text names the country of another (<see cref="CurrencyInfo.Countries"/>); "dollars" always
/// reads as US dollars unless qualified ("Canadian dollars").
/// </summary>
public static class Currencies
{
    /// <summary>Every currency read, in order of preference for shared names.</summary>
    public static IReadOnlyList<CurrencyInfo> All { get; } =
    [
        // Since the thirty-seventh session, "U$S", "u$s" and "U$D": the dollar as Argentine and Uruguayan papers write it ("U$S 1.500 millones").
        C("USD", ["$", "US$", "U.S.$", "$US", "USD$", "U$S", "u$s", "U$s", "U$D", "u$d", "U$d"], [], ["dollar", "dollars", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "us-dollar", "us-dollars", "american dollar", "american dollars", "united states dollar", "united states dollars",
            "dólar", "dólares", "dolar", "dolares", "dólares estadounidenses", "dólares americanos", "dólares norte-americanos", "dollars américains", "dollars us", "dollaro", "dollari", "dollari usa", "amerikaanse dollar"], countries: []),
        C("EUR", ["€", "EURO", "Euro", "euro", "euros", "E"], ["€"], ["euro", "euros"], countries: []),
        C("GBP", ["£", "GB£", "UK£", "Gbp"], ["£"], ["pounds sterling", "pound sterling", "sterling", "stg", "british pound", "british pounds", "uk pound", "uk pounds", "livres sterling", "sterline", "libras esterlinas", "pfund sterling", "britische pfund"], weak: ["pound", "pounds"]),
        C("JPY", ["¥", "JP¥", "JPY¥", "Y"], ["円", "¥"], ["yen", "japanese yen"]),
        C("CNY", ["CN¥", "RMB", "Rmb"], ["元"], ["yuan", "renminbi", "reminbi", "renmimbi", "chinese yuan", "chinese renminbi", "yuan renminbi", "rmb"]),
        C("INR", ["₹", "Rs", "Rs.", "INR", "INR.", "`"], ["₹"], ["rupee", "rupees", "indian rupee", "indian rupees", "\u0930\u0941\u092A\u092F\u0947", "\u0930\u0941\u092A\u090F", "\u0930\u0941\u092A\u092F\u093E"], countries: ["india", "indian"]),
        C("CHF", ["SFr", "SFr.", "Sfr", "Sfr.", "SFR", "Fr."], [], ["franc", "francs", "swiss franc", "swiss francs", "francs suisses", "franchi svizzeri", "franken", "schweizer franken", "francos suizos", "francos suíços", "zwitserse frank"], countries: ["switzerland", "swiss"]),
        C("CAD", ["C$", "CA$", "Can$", "CAN$", "Cdn$", "CDN$", "$C", "$CA", "$Can", "$CAN", "$Cdn", "$CDN"], [], ["canadian dollar", "canadian dollars"]),
        C("AUD", ["A$", "AU$", "AUD$", "$A", "$AU", "Aus$", "AUS$"], [], ["australian dollar", "australian dollars"]),
        C("NZD", ["NZ$", "$NZ"], [], ["new zealand dollar", "new zealand dollars"]),
        C("HKD", ["HK$", "$HK"], [], ["hong kong dollar", "hong kong dollars", "hk dollar", "hk dollars", "h.k. dollar", "h.k. dollars"]),
        C("SGD", ["S$", "SG$", "$S"], [], ["singapore dollar", "singapore dollars", "singaporean dollar", "singaporean dollars"]),
        C("TWD", ["NT$", "T$"], [], ["taiwan dollar", "taiwan dollars", "new taiwan dollar", "new taiwan dollars", "taiwanese dollar", "taiwanese dollars", "nt dollars"]),
        C("BRL", ["R$"], [], ["reais", "brazilian real", "brazilian reais", "brazilian reals", "reales brasileños"], weak: ["real", "reals"]),
        C("MXN", ["MX$", "Mex$"], [], ["peso", "pesos", "mexican peso", "mexican pesos"], countries: ["mexico", "mexican"]),
        C("PHP", ["₱", "P"], ["₱"], ["peso", "pesos", "philippine peso", "philippine pesos"], countries: ["philippines", "philippine", "manila", "filipino"]),
        C("ARS", ["AR$", "Ar$", "ARS$"], [], ["peso", "pesos", "argentine peso", "argentine pesos", "argentinian peso", "argentinian pesos"], countries: ["argentina", "argentine", "argentinian", "buenos aires"]),
        C("CLP", [], [], ["peso", "pesos", "chilean peso", "chilean pesos"], countries: ["chile", "chilean", "santiago"]),
        C("COP", [], [], ["peso", "pesos", "colombian peso", "colombian pesos"], countries: ["colombia", "colombian", "bogota"]),
        C("KRW", ["₩", "Won", "W", "Wn"], ["₩"], ["korean won", "south korean won"], weak: ["won"]),
        C("TRY", ["₺", "TL", "TRY"], ["₺", "TL"], ["lira", "liras", "lire", "turkish lira", "turkish liras", "turkish lire"]),
        C("RUB", ["₽", "Rbs", "Rbs."], ["₽"], ["rouble", "roubles", "ruble", "rubles", "russian rouble", "russian roubles", "russian ruble", "russian rubles"]),
        C("ZAR", ["R"], [], ["rand", "south african rand", "south african rands"]),
        C("NAD", ["N$"], [], ["namibian dollar", "namibian dollars"]),

        // Since the thirty-fifth session: the Deutsche Mark of older fund and deal news ("closed its first fund at DM130m").
        C("DEM", ["DM"], [], ["deutsche mark", "deutsche marks", "deutschmark", "deutschmarks", "d-mark", "d-marks"]),
        C("SEK", [], [], ["krona", "kronor", "crowns", "crown", "swedish krona", "swedish kronor", "swedish crown", "swedish crowns"], countries: ["sweden", "swedish", "stockholm"]),
        C("NOK", [], [], ["krone", "kroner", "crowns", "crown", "norwegian krone", "norwegian kroner", "norwegian crown", "norwegian crowns"], countries: ["norway", "norwegian", "oslo"]),
        C("DKK", [], [], ["krone", "kroner", "crowns", "crown", "danish krone", "danish kroner", "danish crown", "danish crowns"], countries: ["denmark", "danish", "copenhagen"]),
        C("CZK", ["Kč"], ["Kč"], ["koruna", "korunas", "koruny", "crowns", "czech koruna", "czech korunas", "czech crown", "czech crowns"], countries: ["czech", "prague"]),
        C("PLN", [], ["zł"], ["zloty", "zlotys", "zlotych", "polish zloty", "polish zlotys"]),
        C("HUF", [], ["Ft"], ["forint", "forints", "hungarian forint", "hungarian forints"]),
        C("RON", ["RON"], [], ["romanian leu", "romanian lei", "lei"]),
        C("ILS", ["₪", "NIS"], ["₪"], ["shekel", "shekels", "new shekel", "new shekels", "israeli shekel", "israeli shekels", "new israeli shekels"]),
        C("AED", ["Dh", "Dhs", "Dh.", "Dhs."], [], ["dirham", "dirhams", "uae dirham", "uae dirhams", "emirati dirham", "emirati dirhams"], countries: ["uae", "emirates", "dubai", "abu dhabi"]),
        C("MAD", ["MAD"], [], ["dirham", "dirhams", "moroccan dirham", "moroccan dirhams"], countries: ["morocco", "moroccan"]),
        C("SAR", ["SR"], [], ["riyal", "riyals", "saudi riyal", "saudi riyals"], countries: ["saudi"]),
        C("QAR", ["QR"], [], ["riyal", "riyals", "qatari riyal", "qatari riyals"], countries: ["qatar", "qatari", "doha"]),
        C("EGP", ["E£", "LE", "£E"], [], ["egyptian pound", "egyptian pounds"]),
        C("NGN", ["₦", "N"], ["₦"], ["naira", "nairas", "nigerian naira"]),
        C("KES", ["KSh", "Ksh", "KShs", "Kshs", "Kshs.", "Kes", "Sh"], [], ["shilling", "shillings", "kenyan shilling", "kenyan shillings"], countries: ["kenya", "kenyan", "nairobi"]),
        C("UGX", ["USh"], [], ["shilling", "shillings", "ugandan shilling", "ugandan shillings"], countries: ["uganda", "ugandan", "kampala"]),
        C("TZS", ["TSh"], [], ["shilling", "shillings", "tanzanian shilling", "tanzanian shillings"], countries: ["tanzania", "tanzanian"]),
        C("GHS", ["GH₵", "₵"], [], ["cedi", "cedis", "ghanaian cedi", "ghanaian cedis"]),
        C("PKR", [], [], ["rupee", "rupees", "pakistani rupee", "pakistani rupees"], countries: ["pakistan", "pakistani", "karachi"]),
        C("LKR", [], [], ["rupee", "rupees", "sri lankan rupee", "sri lankan rupees"], countries: ["sri lanka", "sri lankan", "colombo"]),
        C("NPR", [], [], ["rupee", "rupees", "nepalese rupee", "nepalese rupees"], countries: ["nepal", "nepalese", "kathmandu"]),
        C("BDT", ["Tk", "৳"], ["৳"], ["taka", "bangladeshi taka"]),
        C("IDR", ["Rp", "Rp."], [], ["rupiah", "rupiahs", "indonesian rupiah"]),
        C("MYR", ["RM"], [], ["ringgit", "ringgits", "malaysian ringgit"]),
        C("THB", ["฿"], ["฿"], ["baht", "thai baht"]),
        C("VND", ["₫"], ["₫"], ["vietnamese dong"], weak: ["dong"]),
        C("KZT", ["₸"], ["₸"], ["tenge", "kazakh tenge"]),
        C("UAH", ["₴"], ["₴"], ["hryvnia", "hryvnias", "hryvnas", "ukrainian hryvnia", "ukrainian hryvnias"]),
        C("KWD", ["KD"], [], ["dinar", "dinars", "kuwaiti dinar", "kuwaiti dinars"], countries: ["kuwait", "kuwaiti"]),
        C("BHD", ["BD"], [], ["dinar", "dinars", "bahraini dinar", "bahraini dinars"], countries: ["bahrain", "bahraini"]),
        C("JOD", ["JD"], [], ["dinar", "dinars", "jordanian dinar", "jordanian dinars"], countries: ["jordan", "jordanian", "amman"]),
        C("OMR", ["RO", "OR"], [], ["rial", "rials", "omani rial", "omani rials", "omani riyal", "omani riyals"], countries: ["oman", "omani", "muscat"]),
        C("IRR", ["Rls", "Rls."], [], ["rial", "rials", "iranian rial", "iranian rials"], countries: ["iran", "iranian", "tehran"]),
        C("PEN", ["S/", "PEN"], [], ["sol", "soles", "peruvian sol", "peruvian soles"], countries: []),
        C("ISK", [], [], ["icelandic krona", "icelandic kronur", "icelandic crowns"]),
        C("BGN", [], [], ["lev", "leva", "bulgarian lev", "bulgarian leva"]),
    ];

    /// <summary>A dollar sign qualified by letters before it, with or without a space: "C$", "hk $", "U.S. $".</summary>
    public static IReadOnlyDictionary<string, string> DollarQualifiers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["us"] = "USD", ["u.s."] = "USD", ["usd"] = "USD",
        // Scraped and Latin American pages: "U$ 10 milhões", "U$$ 774mn", and the sign's letters doubled or swapped ("SUS$193.6 million", "SU$9.54 billion").
        ["u"] = "USD", ["sus"] = "USD", ["su"] = "USD",
        ["c"] = "CAD", ["ca"] = "CAD", ["can"] = "CAD", ["cdn"] = "CAD", ["cad"] = "CAD",
        ["a"] = "AUD", ["au"] = "AUD", ["aud"] = "AUD",
        ["nz"] = "NZD",
        ["hk"] = "HKD",
        ["s"] = "SGD", ["sg"] = "SGD",
        ["nt"] = "TWD",
        ["r"] = "BRL",
        ["mx"] = "MXN", ["mex"] = "MXN",
        ["ar"] = "ARS",

        // Since the thirty-fourth session: the country word before the sign, with a space, as some wires write it ("a Canadian $7 per share
        // offer", "Singapore $1.2 billion"); "Hong Kong $" and "New Zealand $" are read by CurrencyReader.QualifiedDollar.
        ["canadian"] = "CAD", ["australian"] = "AUD", ["singapore"] = "SGD", ["singaporean"] = "SGD", ["taiwan"] = "TWD", ["taiwanese"] = "TWD",
        ["namibian"] = "NAD",
    };

    /// <summary>
    /// Prefixes that are money only before a scale: "Euro 6.92 million" in Italian issuers' releases, not "Euro 2024" (and, since the
    /// thirty-fourth session, the AP's glued "euro29.3 million" and "euros 2.3 billion", not "the euro 2 per cent");
    /// the Korean wires' glued "Won1,000 billion", not "Won 3 games".
    /// "SFR" (Swiss francs in upper case) is also the French telecom's name, and the ISO codes that are English words ("MAD 319 bn",
    /// "TRY 5 billion", "RON", "PEN") are read as prefixes only before a scale too; "Fr." (Swiss
    /// papers' "Fr. 300 million") is also Friday and Father, so it is read before a scale, a grouped number or a price ("Fr. 18.50").
    /// Since the thirty-fifth session the Deutsche Mark's "DM" (also a direct message: "send a DM 5 times") is read before a scale only.
    /// Since the forty-fifth session the back-quote an Indian paper's rupee sign becomes in a font without it ("the $10-billion
    /// (`75,000-crore) fund"), before a scale only.
    /// (One-letter prefixes such as the rand's "R", the naira's "N" and the won's "W" need a scale too, or thousands grouping:
    /// see <see cref="GluedLetterPrefixes"/>.)
    /// </summary>
    public static IReadOnlySet<string> PrefixesNeedingScale { get; } = new HashSet<string>(StringComparer.Ordinal) { "Euro", "euro", "euros", "Won", "SFR", "TRY", "RON", "MAD", "PEN", "DM", "`" };

    /// <summary>
    /// One-letter prefixes read only glued to the number, as Nigerian, Korean and Philippine business papers write them ("N40 billion",
    /// "W1.2 trillion", "W37,550", "P2.5 billion", "P6.24 apiece"): "N 5 billion" and "W 3 million" are left alone. With the rand's "R", each is read before a
    /// scale, before a number grouped in thousands ("N2,500", "R36,301") or, but for the won, before a price with two decimals
    /// ("R109.86 per share");
    /// "N95", "N1", "W3" and "R845" stay names.
    /// </summary>
    /// Since the thirty-fourth session, "E" too: the euro sign a page lost in an old encoding ("a second close of E43 million", "fell to
    /// E2.4bn"), read glued and only before a scale, never as a price or a grouped number ("E3", "E1,000"). Since the forty-fifth
    /// session, "Y" the same way: the yen as the Financial Times and Nikkei's English pages write it ("will reach Y19 trillion"), not "Y2K"
    /// or "Y3".
    public static IReadOnlySet<string> GluedLetterPrefixes { get; } = new HashSet<string>(StringComparer.Ordinal) { "N", "W", "P", "E", "Y" };

    private static readonly Dictionary<string, CurrencyInfo> _byCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The currency with this ISO code, or null when it is not in the table.</summary>
    public static CurrencyInfo? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>True for an ISO code the table knows.</summary>
    public static bool IsKnown(string code) => _byCode.ContainsKey(code);

    private static CurrencyInfo C(string code, string[] prefixes, string[] suffixes, string[] names, string[]? weak = null, string[]? countries = null) =>
        new(code, prefixes, suffixes, names, weak ?? [], countries ?? []);
}
