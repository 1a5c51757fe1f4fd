using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenAIStory.Core.Model;

/// <summary>Writes and reads a span in the flat shape <c>parse</c> prints (docs/cli.md): <c>start</c>, <c>length</c>,
/// <c>kind</c>, <c>value</c>, then <c>unit</c>, <c>approximate</c>, <c>origin</c>, <c>label</c>, <c>upper</c> and
/// <c>asOf</c> where the kind has them, in that order; an absent or false field is not written.</summary>
public sealed class SpanJsonConverter : JsonConverter<Span>
{
    public override void Write(Utf8JsonWriter writer, Span value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("length", value.Length);
        writer.WriteString("kind", JsonNamingPolicy.KebabCaseLower.ConvertName(value.Kind.ToString()));
        switch (value)
        {
            case ReferenceMarker r:
                writer.WriteString("value", r.Number.ToString(CultureInfo.InvariantCulture));
                break;
            case Mention m:
                writer.WriteString("value", m.EntityId);
                WriteIfPresent(writer, "origin", m.Origin);
                break;
            case DateSpan d:
                writer.WriteString("value", d.Iso);
                writer.WriteString("unit", d.Precision.ToString().ToLowerInvariant());
                WriteIfTrue(writer, "approximate", d.Approximate);
                writer.WriteString("label", d.Label);
                break;
            case AmountSpan a:
                writer.WriteString("value", a.Value.ToString(CultureInfo.InvariantCulture));
                writer.WriteString("unit", a.Unit);
                WriteIfTrue(writer, "approximate", a.Approximate);
                WriteIfPresent(writer, "origin", a.DatedBy);
                WriteIfPresent(writer, "upper", a.Upper?.ToString(CultureInfo.InvariantCulture));
                WriteIfPresent(writer, "asOf", a.AsOf);
                break;
            case EditorialMarker e:
                writer.WriteString("value", e.TargetId);
                WriteIfPresent(writer, "asOf", e.Date);
                break;
            default:
                throw new JsonException($"no JSON form for {value.GetType().Name}");
        }

        writer.WriteEndObject();
    }

    public override Span Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var json = document.RootElement;
        var start = json.GetProperty("start").GetInt32();
        var length = json.GetProperty("length").GetInt32();
        var value = json.GetProperty("value").GetString() ?? throw new JsonException("a span needs a value");
        string? Text(string name) => json.TryGetProperty(name, out var p) ? p.GetString() : null;
        var approximate = json.TryGetProperty("approximate", out var a) && a.GetBoolean();
        return Text("kind") switch
        {
            "reference-marker" => new ReferenceMarker(start, length, int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture)),
            "entity" => new Mention(start, length, value) { Origin = Text("origin") },
            "date" => new DateSpan(start, length, value, Enum.Parse<DatePrecision>(Text("unit") ?? "", ignoreCase: true), Text("label") ?? "")
            {
                Approximate = approximate,
            },
            "amount" => Amount(start, length, value, Text("unit") ?? "", Text("upper")) with
            {
                Approximate = approximate,
                DatedBy = Text("origin"),
                AsOf = Text("asOf"),
            },
            "note" => new NoteMarker(start, value) { Date = Text("asOf") },
            "claim" => new ClaimMarker(start, value) { Date = Text("asOf") },
            var kind => throw new JsonException($"unknown span kind '{kind}'"),
        };
    }

    private static AmountSpan Amount(int start, int length, string value, string unit, string? upper) =>
        new(start, length, decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture))
        {
            Upper = upper is null ? null : decimal.Parse(upper, NumberStyles.Number, CultureInfo.InvariantCulture),
            Currency = Currencies.ByCode(unit),
            Counter = Currencies.ByCode(unit) is null ? unit : "",
        };

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfTrue(Utf8JsonWriter writer, string name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, value);
        }
    }
}
