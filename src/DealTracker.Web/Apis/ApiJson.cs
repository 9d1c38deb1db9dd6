using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DealTracker.Domain.Money;
using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.Apis;

/// <summary>
/// A value in a JSON body that reads but cannot be taken as it is written, with the message the client sees
/// (<see cref="Hosting.UnhandledExceptions"/> gives it, naming the field by its JSON path): never rounded, trimmed or guessed.
/// </summary>
public sealed class JsonValueException(string message) : JsonException(message);

/// <summary>
/// Enums as the API writes them (camel-case words, <see cref="JsonStringEnumConverter"/>), read strictly: a word padded with white
/// space (" investment"), a number or an unknown word is refused with a message listing the words the field takes.
/// </summary>
public sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _words = new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert), _words.CreateConverter(typeToConvert, options))!;

    private sealed class StrictEnumConverter<TEnum>(JsonConverter words) : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly string _allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName));

        private readonly JsonConverter<TEnum> _words = (JsonConverter<TEnum>)words;

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is null || text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains(',', StringComparison.Ordinal))
            {
                throw new JsonValueException(Refused(text));
            }

            try
            {
                return _words.Read(ref reader, typeToConvert, options);
            }
            catch (JsonException)
            {
                throw new JsonValueException(Refused(text));
            }
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => _words.Write(writer, value, options);

        private static string Refused(string? text) => text is null
            ? $"Give one of these words, in quotes: {_allowed}."
            : $"“{Limits.Clip(text, 40)}” is not one of the words this field takes: {_allowed} (exactly, without spaces).";
    }
}

/// <summary>
/// A claim's amount read from the number as written: more than <see cref="HedgedAmount.MaxDecimalPlaces"/> decimal places
/// (1.00000000000000000000000000001, 5e-30), which a decimal would round away silently, and a number no decimal holds, are
/// refused with their own message.
/// </summary>
public sealed class AmountJsonConverter : JsonConverter<decimal?>
{
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonValueException("An amount is a JSON number, such as 50000000000 (not in quotes).");
        }

        var text = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        if (DecimalPlaces(text) > HedgedAmount.MaxDecimalPlaces)
        {
            throw new JsonValueException(
                $"An amount can have at most {HedgedAmount.MaxDecimalPlaces} decimal places (finer than any currency's smallest unit); “{Limits.Clip(text, 40)}” has more. Write it rounded.");
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new JsonValueException("The amount must be at most 10^27 (1,000,000,000,000,000,000,000,000,000) in its currency's units.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } amount)
        {
            writer.WriteNumberValue(amount);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>The decimal places a JSON number needs as written: "1.50" 1, "5e-30" 30, "2.5e9" 0, "0.000" 0.</summary>
    internal static int DecimalPlaces(string number)
    {
        var e = number.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? number : number[..e];
        var exponent = e < 0 ? 0L : long.TryParse(number[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var x) ? x : (number[e + 1] == '-' ? long.MinValue / 2 : long.MaxValue / 2);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var fraction = point < 0 ? string.Empty : mantissa[(point + 1)..].TrimEnd('0');
        if (!mantissa.Any(c => c is >= '1' and <= '9'))
        {
            return 0; // zero, however written: "must be positive" says what is wrong with it
        }

        var places = fraction.Length - exponent;
        return places <= 0 ? 0 : places > int.MaxValue ? int.MaxValue : (int)places;
    }
}
