using System.Text;
using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-seventh session: the text the rules read, the article with two things that say nothing about a figure blanked out
/// (each character replaced by a space, so every offset, figure and name keeps its place):
/// <list type="bullet">
/// <item>a wire's dateline at the start of a paragraph: "LONDON, May 3 (Reuters) - ", "NEW YORK (AP) — ", "DUBAI - ", "BEIJING (Jan 23):
/// ", "[JAKARTA] ", "(Reuters) - ". It is the outlet itself, no source (the issue), and its place is no investor;</item>
/// <item>a conversion in brackets right after a figure: "$1 million (€0.9 million) pre-seed investment", "106.4 trillion won ($77
/// billion)", "(about $4.9 billion; £3.8 billion)". The conversion takes the reading of the figure it converts (the issue), so the
/// words around that figure are read as if the brackets were not there. A comma or other mark right after the bracket moves up to the
/// figure ("the 2 billion euro ($2.1 billion), 10-month-old business" reads "the 2 billion euro, …").</item>
/// </list>
/// Found by a metamorphic check (the same corpus sentences with a dateline put before them, or a conversion after a figure, must read
/// the same): before, 30 readings differed in 2,926 sentences behind a dateline and 89 in 2,163 with a conversion added.
/// </summary>
internal static partial class ReadingText
{
    /// <summary>The text with datelines and bracketed conversions blanked; the text itself when it has neither.</summary>
    public static string Of(string text, IReadOnlyList<ExtractedFigure> figures)
    {
        char[]? blanked = null;
        foreach (Match dateline in DatelinePattern().Matches(text))
        {
            Blank(ref blanked, text, dateline.Index, dateline.Length);
        }

        for (var f = 0; f < figures.Count; f++)
        {
            if (ConversionBracket(text, figures, f) is var (start, length) && length > 0)
            {
                Blank(ref blanked, text, start, length);

                // "the 2 billion euro ($2.1 billion), 10-month-old business": the mark after the bracket stays with the figure.
                var after = start + length;
                if (after < text.Length && text[after] is ',' or ';' or ':' or '.' && start > 0 && text[start - 1] == ' ')
                {
                    blanked![start - 1] = text[after];
                    blanked[after] = ' ';
                }
            }
        }

        return blanked is null ? text : new string(blanked);
    }

    /// <summary>
    /// The bracket right after figure <paramref name="f"/> that holds only figures in other currencies and words of conversion
    /// ("about", "or", "US", ";"), from its "(" to its ")"; (0, 0) when there is none.
    /// </summary>
    private static (int Start, int Length) ConversionBracket(string text, IReadOnlyList<ExtractedFigure> figures, int f)
    {
        var figure = figures[f];
        var open = figure.End;
        while (open < text.Length && open < figure.End + 2 && text[open] == ' ')
        {
            open++;
        }

        if (open >= text.Length || text[open] is not ('(' or '['))
        {
            return (0, 0);
        }

        var close = text.IndexOf(text[open] == '(' ? ')' : ']', open + 1);
        if (close < 0 || close - open > 80)
        {
            return (0, 0);
        }

        // What the bracket holds once its figures are taken out: only words of conversion may remain, and at least one figure, in
        // another currency than the one it converts.
        var inside = new StringBuilder();
        var at = open + 1;
        var held = 0;
        for (var g = f + 1; g < figures.Count && figures[g].Start < close; g++)
        {
            if (figures[g].Start < at || figures[g].End > close)
            {
                return (0, 0);
            }

            held += figures[g].Money.Currency == figure.Money.Currency ? 0 : 1;
            inside.Append(text, at, figures[g].Start - at).Append(' ');
            at = figures[g].End;
        }

        inside.Append(text, at, close - at);
        return held > 0 && ConversionWordsPattern().IsMatch(inside.ToString()) ? (open, close - open + 1) : (0, 0);
    }

    private static void Blank(ref char[]? blanked, string text, int start, int length)
    {
        blanked ??= text.ToCharArray();
        for (var i = start; i < start + length && i < blanked.Length; i++)
        {
            blanked[i] = ' ';
        }
    }

    /// <summary>
    /// A dateline at the start of the text or of a line: a place in capitals, an optional date, an optional agency or date in brackets,
    /// then a dash or a colon ("LONDON, May 3 (Reuters) - ", "SAN FRANCISCO, Calif. — ", "BEIJING (Jan 23): "); or the agency alone in
    /// brackets ("(Reuters) - "); or a place in square brackets ("[JAKARTA] "). Both patterns run without backtracking, as the
    /// reader's others do, so a hostile text costs linear time.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?:, (?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|[A-Z]{2,}))?(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?(?: ?\([^()\n]{1,40}\))? ?[-–—:]+ |\((?:Reuters|AP|AFP|Bloomberg|Reuters Breakingviews)\) ?[-–—]+ |\[[A-Z][A-Z .]{1,30}\] )", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex DatelinePattern();

    /// <summary>Words a conversion bracket may hold besides its figures: "about", "or", "US", "approximately", ";".</summary>
    [GeneratedRegex(@"^[\s;,/~≈.]*(?:(?:about|around|roughly|approximately|approx|nearly|almost|some|over|more than|or|c|ca|circa|US|U\.S\.|equivalent to|equal to|at (?:the )?current (?:exchange )?rates?|at today['’]s (?:exchange )?rates?|at current prices)[\s;,/~≈.]*)*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ConversionWordsPattern();
}
