using System.Text.Json;

namespace Pulumi
{
    /// <summary>An input holding arbitrary JSON.</summary>
    public sealed class InputJson : Input<JsonElement>
    {
        private InputJson(Output<JsonElement> value)
            : base(value)
        {
        }

        public static implicit operator InputJson(string json)
        {
            using var document = JsonDocument.Parse(json);
            return new InputJson(Output.Create(document.RootElement.Clone()));
        }

        public static implicit operator InputJson(JsonElement value) => new(Output.Create(value));

        public static implicit operator InputJson(Output<JsonElement> value) => new(value);
    }
}
