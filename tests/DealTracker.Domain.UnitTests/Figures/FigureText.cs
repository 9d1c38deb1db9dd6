using System.Globalization;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;

namespace DealTracker.Domain.UnitTests.Figures;

/// <summary>How the money-form tests write the figures they expect: "text|amount|currency|hedge" (a range's amount "low..high"), joined by " ; ".</summary>
internal static class FigureText
{
    public static string Describe(IEnumerable<ExtractedFigure> figures) => string.Join(" ; ", figures.Select(f =>
        $"{f.Text}|{(f.Money.Hedge == Hedge.Range ? $"{Plain(f.Money.Low)}..{Plain(f.Money.High)}" : Plain(f.Money.Amount))}|{f.Money.Currency}|{EnumNames.Token(f.Money.Hedge)}"));

    public static string Plain(decimal? value) => value!.Value.ToString("0.######", CultureInfo.InvariantCulture);
}
