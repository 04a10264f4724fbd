using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>
/// The story's actor network. Nodes are actors; an edge is an event from source to target (counted per CAMEO quad
/// class), or a quote whose speaker talks about an actor named inside the quote. Actors without an entity id are keyed
/// by their words. Negated events draw no edge.
/// </summary>
public static class ActorNetwork
{
    public static (List<ActorNode> Nodes, List<ActorEdge> Edges) Build(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var names = new Dictionary<string, (string Name, string? Type, int Weight)>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string, string), (int Count, int[] Quads)>();

        void Node(string id, string name, string? type)
        {
            if (!names.TryGetValue(id, out var n))
                n = (name, type, 0);
            names[id] = (name.Length > n.Name.Length ? name : n.Name, n.Type ?? type, n.Weight + 1);
        }

        void Edge(string s, string t, string kind, int quad)
        {
            if (!edges.TryGetValue((s, t, kind), out var e))
                e = (0, new int[4]);
            if (quad is >= 1 and <= 4)
                e.Quads[quad - 1]++;
            edges[(s, t, kind)] = (e.Count + 1, e.Quads);
        }

        foreach (var d in documents)
        {
            foreach (var ev in d.Events)
            {
                var (s, sName) = EventComparer.Key(d, ev.Source);
                var (t, tName) = EventComparer.Key(d, ev.Target);
                if (s is null || t is null || ev.Negated)
                    continue;
                Node(s, sName, null);
                Node(t, tName, null);
                Edge(s, t, "event", ev.QuadClass);
            }

            foreach (var q in d.Quotes)
            {
                if (q.Speaker.IsNone)
                    continue;
                var speakerName = StoryView.Slice(d.Text, q.Speaker);
                var speaker = q.SpeakerEntity ?? "~" + speakerName.ToLowerInvariant();
                for (var i = 0; i < d.Mentions.Length && i < d.MentionEntities.Length; i++)
                {
                    var m = d.Mentions[i];
                    if (d.MentionEntities[i] is not { } target || m.Start < q.Start || m.End > q.Start + q.Length || target == speaker)
                        continue;
                    Node(speaker, q.SpeakerName ?? speakerName, "PER");
                    Node(target, d.Text.Substring(m.Start, m.Length), m.Type.ToString());
                    Edge(speaker, target, "quote", 0);
                }
            }
        }

        return (
            names.Select(kv => new ActorNode(kv.Key, kv.Value.Name, kv.Value.Type, kv.Value.Weight)).OrderByDescending(n => n.Weight).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(),
            edges.Select(kv => new ActorEdge(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value.Count, kv.Value.Quads)).OrderByDescending(e => e.Count).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList());
    }
}
