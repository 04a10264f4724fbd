using Parallax.Model;
using Parallax.Stories.Clustering;
using Parallax.Stories.Text;

namespace Parallax.Stories.Brief;

/// <summary>
/// An extractive multi-document brief: sentences are chosen by maximal marginal relevance, trading relevance to the
/// whole story (cosine to the centroid of all sentences, plus a small bonus for leads) against similarity to the
/// sentences already chosen, with a light penalty for drawing again from the same article so every outlet is heard.
/// Each sentence is cited with its article id and offsets into that article's Text. Sentences come from
/// Document.Sentences when an NLP stage filled them, else from <see cref="SentenceSplitter"/>.
/// </summary>
public static class BriefBuilder
{
    public const int DefaultSentences = 7;

    private const double Lambda = 0.7;
    private const double LeadBonus = 0.15;
    private const double SameArticlePenalty = 0.04;
    private const int MinContentWords = 5;
    private const int MaxChars = 500;

    public static List<Citation> Build(IReadOnlyList<Document> documents, int count = DefaultSentences)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var candidates = Candidates(documents);
        if (candidates.Count == 0 || count <= 0)
            return [];
        Weigh(candidates);
        var centroid = SparseVector.EmptyVector;
        foreach (var c in candidates)
            centroid = SparseVector.Add(centroid, c.Vector, 1, int.MaxValue);

        var chosen = new List<Candidate>();
        var fromArticle = new int[documents.Count];
        var used = new bool[candidates.Count];
        while (chosen.Count < count)
        {
            var best = -1;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (used[i])
                    continue;
                var c = candidates[i];
                var redundancy = 0.0;
                foreach (var s in chosen)
                    redundancy = Math.Max(redundancy, SparseVector.Cosine(c.Vector, s.Vector));
                var relevance = SparseVector.Cosine(c.Vector, centroid) + LeadBonus / (1 + c.Position);
                var score = Lambda * relevance - (1 - Lambda) * redundancy - SameArticlePenalty * fromArticle[c.Document];
                if (score > bestScore)
                    (best, bestScore) = (i, score);
            }

            if (best < 0)
                break;
            used[best] = true;
            chosen.Add(candidates[best]);
            fromArticle[candidates[best].Document]++;
        }

        chosen.Sort((x, y) => x.Document != y.Document ? x.Document.CompareTo(y.Document) : x.Start.CompareTo(y.Start));
        var brief = new List<Citation>(chosen.Count);
        foreach (var c in chosen)
        {
            var d = documents[c.Document];
            brief.Add(new Citation(d.Article.Id, c.Start, c.Length, d.Text.Substring(c.Start, c.Length)));
        }

        return brief;
    }

    private static List<Candidate> Candidates(IReadOnlyList<Document> documents)
    {
        var result = new List<Candidate>();
        var seen = new HashSet<ulong>();
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            var title = doc.Article.Metadata.Title;
            var position = 0;
            foreach (var (start, length) in Ranges(doc))
            {
                var span = doc.Text.AsSpan(start, length);
                if (length > MaxChars || span[0] == '(' || (title is not null && span.SequenceEqual(title)))
                    continue;
                var counts = new Dictionary<ulong, int>();
                ulong exact = 17;
                var content = 0;
                foreach (var w in new WordEnumerator(span))
                {
                    exact = Dedupe.MinHash.Mix(exact ^ w.Hash);
                    if (!w.IsContent)
                        continue;
                    content++;
                    counts[w.Hash] = counts.GetValueOrDefault(w.Hash) + 1;
                }

                // A repeated sentence (a caption printed twice, a copy in another article) is one candidate.
                if (content < MinContentWords || !seen.Add(exact))
                    continue;
                result.Add(new Candidate(d, start, length, position++, counts));
            }
        }

        return result;
    }

    private static IEnumerable<(int Start, int Length)> Ranges(Document doc)
    {
        if (doc.Sentences.Length == 0)
            return SentenceSplitter.Split(doc.Text);
        var ranges = new List<(int, int)>(doc.Sentences.Length);
        foreach (var s in doc.Sentences)
        {
            if (s.Start >= 0 && s.Length > 0 && s.End <= doc.Text.Length)
                ranges.Add((s.Start, s.Length));
        }

        return ranges;
    }

    /// <summary>TF-IDF over the story's own sentences: a term in every sentence says nothing about any one of them.</summary>
    private static void Weigh(List<Candidate> candidates)
    {
        var df = new Dictionary<ulong, int>();
        foreach (var c in candidates)
        {
            foreach (var t in c.Counts.Keys)
                df[t] = df.GetValueOrDefault(t) + 1;
        }

        foreach (var c in candidates)
        {
            var keys = new ulong[c.Counts.Count];
            var weights = new float[keys.Length];
            var n = 0;
            foreach (var (t, tf) in c.Counts)
            {
                keys[n] = t;
                weights[n++] = (float)((1 + Math.Log(tf)) * Math.Log(1.0 + (double)candidates.Count / df[t]));
            }

            Array.Sort(keys, weights);
            c.Vector = new SparseVector(keys, weights);
        }
    }

    private sealed class Candidate(int document, int start, int length, int position, Dictionary<ulong, int> counts)
    {
        public int Document { get; } = document;
        public int Start { get; } = start;
        public int Length { get; } = length;
        public int Position { get; } = position;
        public Dictionary<ulong, int> Counts { get; } = counts;
        public SparseVector Vector { get; set; } = SparseVector.EmptyVector;
    }
}
