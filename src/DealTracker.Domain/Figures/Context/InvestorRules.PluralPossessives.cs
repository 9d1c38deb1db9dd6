namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// An owner written with a bare apostrophe (the clause-reading sweep, branch inv73): "Naspers' investment of $500 million in Swiggy",
/// "Tata Sons' investment of …", "Symbiotics' investment of …". The word reader peels the lone apostrophe off as punctuation, so the name
/// is not marked possessive; a name ending in "s" with an apostrophe after it owns the noun after it as "SoftBank's" does.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>The organisation whose name ends at word <paramref name="k"/> as a possessive ("SoftBank's", "Naspers'"), or null.</summary>
    private static Name? PossessiveOrganisationEndingAt(SentenceWords sentence, int k) =>
        sentence.NameAt[k] is { Kind: NameKind.Organisation } owner && owner.Last == k
        && (owner.Possessive || (sentence.Words[k].After is '\'' or '’' && sentence.Words[k].Core.EndsWith('s'))) ? owner : null;
}
