namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the fit-mi-deals sweep, two corrections of an investor the rules chose, each for its whole frame:
/// <list type="bullet">
/// <item>A named unit after its parent: "sold a 5.72 percent stake … to a CIC subsidiary, Stable Investment Corp., for 257.4 million
/// pounds": when the chosen investor is the parent in "to a/an/the PARENT subsidiary|unit|affiliate|arm|vehicle, NAME,", the unit NAME
/// buys, not its parent.</item>
/// <item>The signer, not the counterparty: "TII has signed an agreement with AEPL to purchase 4,151 equity shares … for a sum of ₹3.46
/// crore": when the chosen investor is the party after "agreement|pact|deal|contract|MoU with" and "to purchase|buy|acquire|subscribe"
/// follows it with shares, a stake or equity before the figure, the organisation that signed, entered into, inked or struck the agreement
/// buys. Compute or services bought under a contract ("signed a contract with Oracle to purchase computing power") name no shares and
/// are left alone.</item>
/// </list>
/// </summary>
internal static partial class InvestorRules
{
    private static readonly HashSet<string> _namedUnitNouns = new(StringComparer.Ordinal)
    {
        "subsidiary", "unit", "affiliate", "arm", "vehicle", "entity", "fund",
    };

    private static readonly HashSet<string> _agreementNouns = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "pact", "deal", "contract", "mou", "memorandum",
    };

    private static readonly HashSet<string> _signingVerbs = new(StringComparer.Ordinal)
    {
        "signed", "signs", "sign", "signing", "entered", "enters", "entering", "inked", "inks", "struck", "strikes", "executed", "executes",
    };

    /// <summary>Words between a signing verb and its agreement noun: "entered into a definitive share purchase agreement".</summary>
    private static readonly HashSet<string> _agreementModifiers = new(StringComparer.Ordinal)
    {
        "into", "a", "an", "the", "definitive", "binding", "share", "shares", "purchase", "subscription", "investment", "formal", "final",
    };

    /// <summary>
    /// The named unit or the agreement's signer that buys instead of <paramref name="investor"/>, the investor the rules chose for the
    /// figure at word <paramref name="first"/>; <paramref name="investor"/> itself when neither frame applies.
    /// </summary>
    internal static string? UnitOrAgreementSigner(SentenceWords sentence, int first, string? investor)
    {
        if (investor is not { Length: > 0 } || first <= 0)
        {
            return investor;
        }

        var words = sentence.Words;
        foreach (var name in sentence.Names)
        {
            if (name.Text != investor || name.Last >= first || name.First < 2)
            {
                continue;
            }

            if (NamedUnitAfter(sentence, name, first) is { } unit)
            {
                return unit;
            }

            if (AgreementSigner(sentence, name, first) is { } signer)
            {
                return signer;
            }
        }

        return investor;
    }

    /// <summary>"to a CIC subsidiary, Stable Investment Corp.,": the unit named after its parent, or null.</summary>
    private static string? NamedUnitAfter(SentenceWords sentence, Name parent, int first)
    {
        var words = sentence.Words;
        var u = parent.Last + 1;
        if (!(words[parent.First - 1].Lower is "a" or "an" or "the" && words[parent.First - 2].Lower == "to") || u + 1 >= first
            || !_namedUnitNouns.Contains(words[u].Lower) || words[u].After != ',')
        {
            return null;
        }

        return sentence.NameAt[u + 1] is { Kind: NameKind.Organisation } unit && unit.First == u + 1 && unit.Last < first && words[unit.Last].After == ','
            ? unit.Text
            : null;
    }

    /// <summary>"TII has signed an agreement with AEPL to purchase 4,151 equity shares": the signer before the counterparty, or null.</summary>
    private static string? AgreementSigner(SentenceWords sentence, Name counterparty, int first)
    {
        var words = sentence.Words;
        var noun = counterparty.First - 2;
        if (words[counterparty.First - 1].Lower != "with" || !_agreementNouns.Contains(words[noun].Lower) || counterparty.Last + 3 >= first
            || words[counterparty.Last + 1].Lower != "to" || words[counterparty.Last + 2].Lower is not ("purchase" or "buy" or "acquire" or "subscribe"))
        {
            return null;
        }

        var bought = Enumerable.Range(counterparty.Last + 3, first - counterparty.Last - 3)
            .Any(i => words[i].Lower is "shares" or "share" or "stake" or "equity" or "stakes" or "units");
        if (!bought)
        {
            return null;
        }

        var v = noun - 1;
        while (v >= 0 && noun - v <= 5 && _agreementModifiers.Contains(words[v].Lower) && !words[v].EndsPhrase)
        {
            v--;
        }

        if (v < 1 || !_signingVerbs.Contains(words[v].Lower))
        {
            return null;
        }

        var s = v - 1;
        while (s > 0 && words[s].Lower is "has" or "have" or "had" or "also" or "recently" or "today" or "reportedly" or "will" or "would" && !words[s].EndsPhrase)
        {
            s--;
        }

        return sentence.NameAt[s] is { Kind: NameKind.Organisation, Possessive: false } signer && signer.Last == s && signer.Text != counterparty.Text
            ? signer.Text
            : null;
    }
}
