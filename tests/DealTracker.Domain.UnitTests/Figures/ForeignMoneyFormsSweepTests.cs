using System.Globalization;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;
using static DealTracker.Domain.UnitTests.Figures.FigureText;

namespace DealTracker.Domain.UnitTests.Figures;

/// <summary>
/// A generated sweep of issue 13's "money the ways other wires and other countries write it": for Spanish, Portuguese,
/// French, German, Italian and Dutch, the language's scale words (singular and plural, "mil millones"/"mil milhões") ×
/// its currency names after the scale with the language's linker ("de dólares", "d'euros", "di euro", none in German and
/// Dutch) or symbols and codes before the number × decimal comma, dotted thousands ("1.300 millones") and plain numbers ×
/// small numbers in the language's words ("dois mil milhões", "eine Milliarde") × the language's hedges, in frames its
/// press uses, asserting text span, amount, currency and hedge; and forms that are no money ("millones de personas").
/// Frames checked against real copy (the outside sentences below): Exame's "investirá 1,3 bilhão de dólares"
/// (https://exame.com/negocios/15-empresas-que-planejam-investimentos-bilionarios-no-brasi/amp), El Economista's
/// "invertir 1.300 millones de dólares (992,3 millones de euros)" (https://www.eleconomista.es/empresas-finanzas/noticias/172406/02/07/Economia-Motor-Toyota-invertira-9923-millones-en-la-construccion-de-una-nueva-planta-en-Tupelo-Estados-Unidos.html),
/// Option Finance's "de 200 millions d’euros" (https://optionfinance.fr/actualites/les-fonds-se-multiplient-en-france.html),
/// dpa's "knapp sechs Milliarden Dollar" (https://www.channelpartner.de/a/174-europaeische-start-ups-mit-milliarden-bewertung,3609833).
/// Expected figures are written "text|amount|currency|hedge", joined by " ; ".
/// </summary>
public sealed class ForeignMoneyFormsSweepTests
{
    private static readonly string[] _companies = ["Petrobras", "Iberdrola", "TotalEnergies", "Siemens", "Enel", "Philips", "Vale", "Telefónica"];

    /// <summary>One language's money: frames ("{C}" the company, "{M}" the money), scales, names after them, currencies before the number, hedges, words.</summary>
    private sealed record Language(
        string[] Frames,
        (string Text, decimal Factor)[] Plural,
        (string Text, decimal Factor)[] Singular,
        (string Text, string Code)[] After,
        (string Text, string Code)[] Before,
        (string Text, Hedge Hedge)[] Hedges,
        (string Text, decimal Value) Two,
        string One,
        string[] Numbers);

    private static readonly Language[] _languages =
    [
        // Spanish: "100 millones de dólares", "US$ 1,000 millones", "1,5 mil millones de euros", "dos mil millones de dólares"; since the
        // thirty-seventh session the Argentine and Uruguayan "U$S 1.500 millones", "u$s 300 millones".
        new(
            ["{C} invertirá {M} en la nueva planta.", "La compañía {C} recaudó {M} en su última ronda.", "{C} pagará {M} por la unidad, informó Reuters."],
            [("millones", 1e6m), ("mil millones", 1e9m), ("billones", 1e12m)],
            [("millón", 1e6m)],
            [(" de dólares", "USD"), (" de euros", "EUR"), (" de dólares estadounidenses", "USD"), (" de libras esterlinas", "GBP"), (" de francos suizos", "CHF"), (" de pesos", "MXN")],
            [("US$ ", "USD"), ("US$", "USD"), ("€", "EUR"), ("USD ", "USD"), ("EUR ", "EUR"), ("U$S ", "USD"), ("u$s ", "USD")],
            [("", Hedge.Exact), ("más de ", Hedge.AtLeast), ("cerca de ", Hedge.Approximately), ("hasta ", Hedge.UpTo), ("alrededor de ", Hedge.Approximately), ("casi ", Hedge.Approximately)],
            ("dos", 2m),
            "un",
            ["100", "1,5", "1.300", "2.5", "17,4", "1,000"]),

        // Portuguese: "US$ 25 milhões", "R$ 2 bilhões", "US$ 1,6 bilhão", "17,4 mil milhões de dólares", "dois mil milhões de dólares".
        new(
            ["A {C} vai investir {M} no projeto.", "O grupo {C} captou {M} na rodada.", "A {C} anunciou investimentos de {M} no Brasil."],
            [("milhões", 1e6m), ("bilhões", 1e9m), ("mil milhões", 1e9m)],
            [("milhão", 1e6m), ("bilhão", 1e9m)],
            [(" de dólares", "USD"), (" de euros", "EUR"), (" de reais", "BRL"), (" de libras esterlinas", "GBP")],
            [("US$ ", "USD"), ("R$ ", "BRL"), ("R$", "BRL"), ("€ ", "EUR"), ("US$", "USD")],
            [("", Hedge.Exact), ("mais de ", Hedge.AtLeast), ("cerca de ", Hedge.Approximately), ("até ", Hedge.UpTo), ("quase ", Hedge.Approximately)],
            ("dois", 2m),
            "um",
            ["25", "1,6", "14,8", "2", "1.300", "350"]),

        // French: "1,38 milliard de dollars", "10 milliards de dollars", "19,6 millions d'euros", "750 millions de francs suisses".
        new(
            ["{C} a levé {M} auprès de ses investisseurs.", "Le groupe {C} investira {M} dans l'usine.", "{C} a annoncé un rachat de {M}, selon Les Echos."],
            [("millions", 1e6m), ("milliards", 1e9m)],
            [("million", 1e6m), ("milliard", 1e9m)],
            [(" de dollars", "USD"), (" d'euros", "EUR"), (" d’euros", "EUR"), (" de francs suisses", "CHF"), (" de livres sterling", "GBP"), (" de dollars américains", "USD"), (" €", "EUR"), (" EUR", "EUR")],
            [("€", "EUR"), ("$", "USD"), ("EUR ", "EUR")],
            [("", Hedge.Exact), ("plus de ", Hedge.AtLeast), ("environ ", Hedge.Approximately), ("près de ", Hedge.Approximately), ("jusqu'à ", Hedge.UpTo)],
            ("deux", 2m),
            "un",
            ["19,6", "10", "1,38", "750", "2,25"]),

        // German: "800 Millionen US-Dollar", "2 Milliarden Euro", "1,5 Mrd. €", "eine Milliarde Euro".
        new(
            ["{C} investiert {M} in das neue Werk.", "Der Konzern {C} sammelte {M} bei Investoren ein.", "{C} zahlt {M} für die Sparte, wie Reuters berichtete."],
            [("Millionen", 1e6m), ("Milliarden", 1e9m), ("Mio.", 1e6m), ("Mrd.", 1e9m)],
            [("Million", 1e6m), ("Milliarde", 1e9m)],
            [(" Euro", "EUR"), (" US-Dollar", "USD"), (" Dollar", "USD"), (" Schweizer Franken", "CHF"), (" Franken", "CHF"), (" Pfund Sterling", "GBP"), (" €", "EUR"), (" EUR", "EUR")],
            [("€", "EUR"), ("EUR ", "EUR"), ("$", "USD")],
            [("", Hedge.Exact), ("über ", Hedge.AtLeast), ("rund ", Hedge.Approximately), ("knapp ", Hedge.Approximately), ("bis zu ", Hedge.UpTo), ("mehr als ", Hedge.AtLeast)],
            ("zwei", 2m),
            "eine",
            ["800", "1,5", "2", "12,75", "1.300"]),

        // Italian: "17,5 miliardi di euro", "300 milioni di euro".
        new(
            ["{C} investirà {M} nel nuovo impianto.", "Il gruppo {C} ha raccolto {M} dagli investitori.", "{C} pagherà {M} per la divisione, secondo Il Sole 24 Ore."],
            [("milioni", 1e6m), ("miliardi", 1e9m)],
            [("milione", 1e6m), ("miliardo", 1e9m)],
            [(" di euro", "EUR"), (" di dollari", "USD"), (" di franchi svizzeri", "CHF"), (" di sterline", "GBP")],
            [("€ ", "EUR"), ("€", "EUR"), ("$", "USD")],
            [("", Hedge.Exact), ("oltre ", Hedge.AtLeast), ("circa ", Hedge.Approximately), ("quasi ", Hedge.Approximately), ("fino a ", Hedge.UpTo)],
            ("due", 2m),
            "un",
            ["17,5", "300", "1,2", "1.300"]),

        // Dutch: "$600 miljoen", "2 miljard euro".
        new(
            ["{C} investeert {M} in de nieuwe fabriek.", "Het bedrijf {C} haalde {M} op bij investeerders.", "{C} betaalt {M} voor de divisie, meldt het FD."],
            [("miljoen", 1e6m), ("miljard", 1e9m)],
            [],
            [(" euro", "EUR"), (" dollar", "USD"), (" Amerikaanse dollar", "USD"), (" Zwitserse frank", "CHF")],
            [("$", "USD"), ("€", "EUR"), ("€ ", "EUR")],
            [("", Hedge.Exact), ("ruim ", Hedge.AtLeast), ("bijna ", Hedge.Approximately), ("ongeveer ", Hedge.Approximately), ("meer dan ", Hedge.AtLeast)],
            ("twee", 2m),
            "een",
            ["600", "1,7", "2", "25", "1.300"]),
    ];

    public static TheoryData<string, string> Scaled()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var language in _languages)
        {
            foreach (var (scaleText, factor) in language.Plural)
            {
                var forms = language.After.Select(a => (Before: "", After: a.Text, a.Code)).Concat(language.Before.Select(b => (Before: b.Text, After: "", b.Code)));
                foreach (var (before, after, code) in forms)
                {
                    for (var twice = 0; twice < 2; twice++)
                    {
                        var number = language.Numbers[k % language.Numbers.Length];
                        if (number == "1,000" && before.Length == 0)
                        {
                            // "1,000 millones de dólares" is Latin American copy only with "US$" before it; Spain writes "1.000".
                            number = "1.300";
                        }

                        Add(data, language, k, $"{before}{number} {scaleText}{after}", Value(number) * factor, code);
                        k++;
                    }
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> SingularAndWords()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var language in _languages)
        {
            foreach (var (after, code) in language.After.Where(a => a.Text.Trim()[0] != '€' && a.Text.Trim() != "EUR"))
            {
                foreach (var (scaleText, factor) in language.Singular)
                {
                    Add(data, language, k++, $"1 {scaleText}{after}", factor, code);
                    Add(data, language, k++, $"{language.One} {scaleText}{after}", factor, code);
                }

                foreach (var (scaleText, factor) in language.Plural.Where(p => !p.Text.EndsWith('.')))
                {
                    Add(data, language, k++, $"{language.Two.Text} {scaleText}{after}", language.Two.Value * factor, code);
                }
            }
        }

        return data;
    }

    private static void Add(TheoryData<string, string> data, Language language, int k, string money, decimal amount, string code)
    {
        var (hedgeText, hedge) = language.Hedges[k % language.Hedges.Length];
        var written = hedgeText + money;
        var sentence = language.Frames[k % language.Frames.Length]
            .Replace("{C}", _companies[k % _companies.Length], StringComparison.Ordinal)
            .Replace("{M}", written, StringComparison.Ordinal);
        data.Add(sentence, $"{written}|{Plain(amount)}|{code}|{EnumNames.Token(hedge)}");
    }

    /// <summary>"1,5" is 1.5, "1.300" before these scales 1300, "1,000" ("US$ 1,000 millones") 1000, "2.5" 2.5.</summary>
    private static decimal Value(string number) => number switch
    {
        "1.300" => 1300m,
        "1,000" => 1000m,
        _ => decimal.Parse(number.Replace(',', '.'), CultureInfo.InvariantCulture),
    };

    [Theory]
    [MemberData(nameof(Scaled))]
    public void Extract_ForeignScaleWithCurrency_ReadsAmountCurrencySpanAndHedge(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    [MemberData(nameof(SingularAndWords))]
    public void Extract_ForeignSingularAndNumberWords_ReadsAmountCurrencySpanAndHedge(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    [InlineData("La empresa invertirá US$ 1,000 millones en la planta.", "US$ 1,000 millones|1000000000|USD|exact")]
    [InlineData("Recaudó 100 millones de dólares en la ronda.", "100 millones de dólares|100000000|USD|exact")]
    [InlineData("A empresa captou US$ 25 milhões na rodada.", "US$ 25 milhões|25000000|USD|exact")]
    [InlineData("O banco vai investir R$ 2 bilhões no projeto.", "R$ 2 bilhões|2000000000|BRL|exact")]
    [InlineData("A Petrobras vai investir US$ 1,6 bilhão em 2025.", "US$ 1,6 bilhão|1600000000|USD|exact")]
    [InlineData("O fundo levantou 1 bilhão de dólares.", "1 bilhão de dólares|1000000000|USD|exact")]
    [InlineData("O grupo investiu 17,4 mil milhões de dólares.", "17,4 mil milhões de dólares|17400000000|USD|exact")]
    [InlineData("O Estado vai receber dois mil milhões de dólares.", "dois mil milhões de dólares|2000000000|USD|exact")]
    [InlineData("A EDP investe 14,8 mil milhões de euros.", "14,8 mil milhões de euros|14800000000|EUR|exact")]
    [InlineData("Nestlé anunció una inversión de mil millones de dólares en México.", "mil millones de dólares|1000000000|USD|exact")]
    [InlineData("Le groupe a levé 1,38 milliard de dollars.", "1,38 milliard de dollars|1380000000|USD|exact")]
    [InlineData("Il investira 10 milliards de dollars.", "10 milliards de dollars|10000000000|USD|exact")]
    [InlineData("La société a levé 19,6 millions d'euros.", "19,6 millions d'euros|19600000|EUR|exact")]
    [InlineData("Le rachat s'élève à 750 millions de francs suisses.", "750 millions de francs suisses|750000000|CHF|exact")]
    [InlineData("Das Unternehmen investiert 800 Millionen US-Dollar.", "800 Millionen US-Dollar|800000000|USD|exact")]
    [InlineData("Siemens zahlt 2 Milliarden Euro.", "2 Milliarden Euro|2000000000|EUR|exact")]
    [InlineData("Die Firma sammelte 1,5 Mrd. € ein.", "1,5 Mrd. €|1500000000|EUR|exact")]
    [InlineData("Il gruppo investirà 17,5 miliardi di euro.", "17,5 miliardi di euro|17500000000|EUR|exact")]
    [InlineData("L'azienda ha raccolto 300 milioni di euro.", "300 milioni di euro|300000000|EUR|exact")]
    [InlineData("Het bedrijf haalde $600 miljoen op.", "$600 miljoen|600000000|USD|exact")]
    [InlineData("De overheid trekt 2 miljard euro uit.", "2 miljard euro|2000000000|EUR|exact")]
    [InlineData("Samsung will invest Won1,000 billion in the plant.", "Won1,000 billion|1000000000000|KRW|exact")]
    [InlineData("The firm raised 1 bln usd and 2 bln usd last year.", "1 bln usd|1000000000|USD|exact ; 2 bln usd|2000000000|USD|exact")]
    [InlineData("It sold usd 5m of notes and eur 2.5 bln of bonds.", "usd 5m|5000000|USD|exact ; eur 2.5 bln|2500000000|EUR|exact")]
    [InlineData("Net sales were EUR 23.9 (22.0) million in the quarter.", "EUR 23.9 (22.0) million|23900000|EUR|exact")]
    [InlineData("Operating profit rose to EUR 4.1 (-0.3) million.", "EUR 4.1 (-0.3) million|4100000|EUR|exact")]
    [InlineData("It raised 12,7-billion rand.", "12,7-billion rand|12700000000|ZAR|exact")]
    public void Extract_FormsFoundFailing_ReadRight(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    // https://focus.jor.br/empresas-estrangeiras-retomam-investimentos-e-elevam-entrada-de-capital-no-brasil/
    [InlineData("A montadora Renault pretende investir R$ 1,1 bilhão em sua linha de produção neste e no próximo ano.", "R$ 1,1 bilhão|1100000000|BRL|exact")]
    // https://exame.com/negocios/15-empresas-que-planejam-investimentos-bilionarios-no-brasi/amp
    [InlineData("A Anglo American, uma das maiores mineradoras do mundo, investirá 1,3 bilhão de dólares na produção de nióbio e fosfato nas unidades industriais que possui em Goiás.", "1,3 bilhão de dólares|1300000000|USD|exact")]
    [InlineData("O Brasil já dado como certo para receber um investimento de 2,5 bilhões de reais da General Motors.", "2,5 bilhões de reais|2500000000|BRL|exact")]
    // https://tecmundo.com.br/mercado/144298-elon-musk-capta-us-120-milhoes-boring-company.htm
    [InlineData("Cavar túneis é literalmente o objetivo de uma empresa que é chata até no nome, mas, mesmo assim, o dinheiro aparece: a Boring Company, de Elon Musk, acaba de receber um investimento de US$ 120 milhões.", "US$ 120 milhões|120000000|USD|exact")]
    // https://www.eleconomista.es/empresas-finanzas/noticias/172406/02/07/Economia-Motor-Toyota-invertira-9923-millones-en-la-construccion-de-una-nueva-planta-en-Tupelo-Estados-Unidos.html
    [InlineData("El fabricante japonés de automóviles Toyota tiene la intención de invertir 1.300 millones de dólares (992,3 millones de euros) en la construcción de una nueva planta de producción en la ciudad estadounidense de Tupelo, en el Estado de Mississippi, informó hoy la compañía en un comunicado.", "1.300 millones de dólares|1300000000|USD|exact ; 992,3 millones de euros|992300000|EUR|exact")]
    // https://eluniversal.com.mx/articulo/cartera/negocios/2015/06/10/femsa-invierte-mas-de-250-mdd-en-brasil
    [InlineData("Coca Cola Femsa anunciará entre hoy y mañana una inversión de 250 millones de dólares que destinó para la inauguración de una planta en el distrito industrial de Itabirito, Brasil, dijo la empresa a EL UNIVERSAL.", "250 millones de dólares|250000000|USD|exact")]
    // https://optionfinance.fr/actualites/les-fonds-se-multiplient-en-france.html
    [InlineData("A l’automne dernier, Capza a bouclé pour sa part le premier closing de son fonds Growth Tech, de 200 millions d’euros.", "200 millions d’euros|200000000|EUR|exact")]
    [InlineData("Au premier semestre 2021, Eurazeo a franchi pour la première fois la barre du 1,5 milliard d’euros de collecte au sein de ses véhicules dédiés.", "1,5 milliard d’euros|1500000000|EUR|exact")]
    // https://maddyness.com/2022/02/09/afp-paris-berlin-financer-scaleups-europe
    [InlineData("Paris et Berlin vont verser 1 milliard d'euros chacun à un nouveau fonds européen, rattaché au Fonds d'investissement européen (FEI), a indiqué le secrétariat d'Etat au numérique, à l'issue de deux journées de conférence européenne sur la souveraineté technologique.", "1 milliard d'euros|1000000000|EUR|exact")]
    // https://www.staffettaonline.com/articolo.aspx?id=352838
    [InlineData("Il programma di investimenti dispone di 26 miliardi di euro accantonati come garanzia nel bilancio UE e dovrebbe mobilitare 400 miliardi di euro da investire in tutta l'Unione nel periodo dal 2021 al 2027.", "26 miliardi di euro|26000000000|EUR|exact ; 400 miliardi di euro|400000000000|EUR|exact")]
    // https://aerobuzz.de/general-aviation/lilium-erhaelt-weitere-investitionen-in-hoehe-von-240-mio-us-dollar
    [InlineData("Die Investmentrunde hat nach Unternehmensangaben über 240 Millionen US-Dollar (224 Millionen Euro) eingebracht.", "über 240 Millionen US-Dollar|240000000|USD|atLeast ; 224 Millionen Euro|224000000|EUR|atLeast")]
    // https://www.channelpartner.de/a/174-europaeische-start-ups-mit-milliarden-bewertung,3609833
    [InlineData("Für Deutschland sei es ein Rekordjahr mit einem Investitionsvolumen von knapp sechs Milliarden Dollar gewesen.", "knapp sechs Milliarden Dollar|6000000000|USD|approximately")]
    // https://rp-online.de/wirtschaft/unternehmen/startup-foerderung-habeck-und-lindner-machen-eine-milliarde-euro-locker_aid-66080497
    [InlineData("Deutschland und Frankreich haben je eine Milliarde Euro für die Förderung von Technologie-Startups zugesagt.", "eine Milliarde Euro|1000000000|EUR|exact")]
    // https://nos.nl/artikel/2383133-investeringsfonds-overheid-keerde-in-eerste-jaar-aan-vier-bedrijven-uit
    [InlineData("Er is inmiddels 241 miljoen euro toegezegd, van de 1,7 miljard euro die het fonds via het rijk beschikbaar heeft.", "241 miljoen euro|241000000|EUR|exact ; 1,7 miljard euro|1700000000|EUR|exact")]
    // https://www.rd.nl/vandaag/politiek/brexit-levert-nederland-al-honderden-banen-op-1.1462733
    [InlineData("Zo investeerde het Canadese Northland Power ruim 1,6 miljard euro in een windpark op zee, en pompte Google 600 miljoen euro in een datacentrum in de Groningse Eemshaven.", "ruim 1,6 miljard euro|1600000000|EUR|atLeast ; 600 miljoen euro|600000000|EUR|exact")]
    public void Extract_OutsideSentences_ReadEveryForm(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    [InlineData("Hay 100 millones de personas en la región.")]
    [InlineData("Il y a 2 milliards d'habitants en Asie.")]
    [InlineData("Die App hat 300 Millionen Nutzer.")]
    [InlineData("A cidade tem 5 mil pessoas e mil casas.")]
    [InlineData("O país tem 17,4 mil milhões de habitantes.")]
    [InlineData("Dos millones de personas votaron y tres mil millones miraron.")]
    [InlineData("L'app ha 300 milioni di utenti e tre volte più clienti.")]
    [InlineData("Het land telt 17 miljoen inwoners en twee miljard kippen.")]
    [InlineData("La empresa vendió 1.300 millones de unidades.")]
    [InlineData("Deux journées de conférence et un million de visiteurs.")]
    [InlineData("Le rapport de 2021 et les 3D de Dagoma.")]
    [InlineData("The firm has 5 bln users and the usd index rose.")]
    [InlineData("Sales rose 23.9 (22.0) percent.")]
    [InlineData("The UN billion-dollar fund and the DOS million-euro grant.")]
    [InlineData("The fund has 5 mil million users.")]
    public void Extract_NotMoney_ReturnsNothing(string sentence) => Assert.Empty(FigureExtractor.Extract(sentence));

    [Theory]
    [InlineData("1,5 mil milhões de ")]
    [InlineData("dois mil ")]
    [InlineData("EUR 1 (2) ")]
    [InlineData("1 millones de d")]
    [InlineData("usd 5 ")]
    public void Extract_PathologicalRepetitionOfForeignForms_ReturnsOnlyFiguresWrittenInTheText(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (FigureExtractor.MaxTextLength / unit.Length) + 1))[..FigureExtractor.MaxTextLength];

        var found = FigureExtractor.Extract(text);

        Assert.All(found, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }
}
