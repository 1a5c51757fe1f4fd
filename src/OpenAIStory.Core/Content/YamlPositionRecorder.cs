using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenAIStory.Core.Content;

/// <summary>Passes a YAML parser's events on to the deserialiser unchanged while recording where every mapping,
/// sequence and value of the first document starts and ends (<see cref="YamlNodePosition"/>).</summary>
internal sealed class YamlPositionRecorder(IParser inner, string source, int lineOffset) : IParser
{
    private readonly Stack<Container> open = new();

    /// <summary>The document's top node, once the parser has reached it.</summary>
    public YamlNodePosition? Root { get; private set; }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                var container = new Container(Node(inner.Current), inner.Current is MappingStart);
                Attach(container.Node, key: null);
                open.Push(container);
                break;
            case MappingEnd or SequenceEnd when open.Count > 0:
                open.Pop().Node.Close(inner.Current.End);
                break;
            case Scalar scalar:
                Attach(Node(scalar), scalar.Value);
                break;
            case AnchorAlias alias:
                Attach(Node(alias), key: null);
                break;
        }

        return true;
    }

    private YamlNodePosition Node(ParsingEvent e) => new(source, lineOffset, e.Start, e.End);

    /// <summary>Hangs a node under the open container: an item of a sequence, or a key or value of a mapping.</summary>
    private void Attach(YamlNodePosition node, string? key)
    {
        if (open.Count == 0)
        {
            Root ??= node;
            return;
        }

        var parent = open.Peek();
        if (!parent.IsMapping)
        {
            parent.Node.AddItem(node);
        }
        else if (parent.PendingKey is null)
        {
            parent.PendingKey = key ?? ""; // a complex key is recorded under no name
        }
        else
        {
            parent.Node.AddValue(parent.PendingKey, node);
            parent.PendingKey = null;
        }
    }

    private sealed class Container(YamlNodePosition node, bool isMapping)
    {
        public YamlNodePosition Node { get; } = node;

        public bool IsMapping { get; } = isMapping;

        /// <summary>The key read, waiting for its value; null when the next node is a key.</summary>
        public string? PendingKey { get; set; }
    }
}
