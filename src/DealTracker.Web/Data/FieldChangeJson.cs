using System.Text.Json.Serialization;

namespace DealTracker.Web.Data;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<FieldChange>))]
internal sealed partial class FieldChangeJson : JsonSerializerContext;
