using System.Runtime.CompilerServices;
using Parallax.Annotations;
using Parallax.Model;
using Parallax.Nlp.Model;
using Parallax.Nlp.Ner;
using Parallax.Nlp.Pos;
using Parallax.Nlp.Text;
using Parallax.Stages;

namespace Parallax.Nlp;

/// <summary>
/// Tokens, sentences, UPOS/XPOS and entity mentions for one document. Holds only immutable models,
/// so one instance serves all pipeline threads.
/// </summary>
public sealed class NlpStage : IDocumentStage
{
    public NlpStage(PosTagger pos, NerModel ner)
    {
        Pos = pos;
        Ner = ner;
    }

    public string Name => "nlp";
    public PosTagger Pos { get; }
    public NerModel Ner { get; }

    /// <summary>Loads both models from <see cref="ModelLocator.Directory"/>; a missing or corrupt file throws <see cref="ModelException"/>.</summary>
    public static NlpStage LoadDefault() =>
        new(PosTagger.Load(ModelLocator.PathOf(ModelLocator.PosFile)), NerModel.Load(ModelLocator.PathOf(ModelLocator.NerFile)));

    /// <summary>
    /// Empties this thread's caches of words outside the models' training vocabularies, so the next text costs what a
    /// text never seen before costs. Benchmarks that run one text many times call it before each run.
    /// </summary>
    public void ForgetUnknownWords()
    {
        Pos.ForgetUnknownWords();
        Ner.ForgetUnknownWords();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        document.Tokens = tokens;
        document.Sentences = sentences;
        cancellationToken.ThrowIfCancellationRequested();

        var classes = new int[tokens.Length];
        Pos.Tag(text, tokens, sentences, classes);
        var upos = new string[tokens.Length];
        var xpos = new string[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            upos[t] = Pos.Upos[classes[t]];
            xpos[t] = Pos.Xpos[classes[t]];
        }

        document.Upos = upos;
        document.Xpos = xpos;
        cancellationToken.ThrowIfCancellationRequested();

        var labels = Ner.Tag(new NerDocument(text, tokens, sentences, null), classes);
        document.Mentions = Mentions(tokens, sentences, labels);
    }

    /// <summary>Entity mentions from BILOU labels (valid sequences from Viterbi), never crossing a sentence boundary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EntityMention[] Mentions(Token[] tokens, Sentence[] sentences, int[] labels)
    {
        var mentions = new List<EntityMention>();
        foreach (var s in sentences)
        {
            var end = s.FirstToken + s.TokenCount;
            var t = s.FirstToken;
            while (t < end)
            {
                if (labels[t] == NerLabels.O)
                {
                    t++;
                    continue;
                }

                var type = NerLabels.TypeOf(labels[t]);
                var last = t;
                if (NerLabels.PositionOf(labels[t]) == NerLabels.B)
                {
                    while (last + 1 < end && labels[last + 1] != NerLabels.O && NerLabels.TypeOf(labels[last + 1]) == type
                           && NerLabels.PositionOf(labels[last + 1]) is NerLabels.I or NerLabels.L)
                    {
                        last++;
                        if (NerLabels.PositionOf(labels[last]) == NerLabels.L)
                            break;
                    }
                }

                mentions.Add(new EntityMention(tokens[t].Start, tokens[last].End - tokens[t].Start, NerLabels.EntityTypes[type], t, last - t + 1));
                t = last + 1;
            }
        }

        return [.. mentions];
    }
}
