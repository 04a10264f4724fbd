using System.Buffers;
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
public sealed class NlpStage : IBatchDocumentStage
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

    public void Process(Document document, CancellationToken cancellationToken)
    {
        Split(document);
        cancellationToken.ThrowIfCancellationRequested();
        var classes = TagPos(document);
        cancellationToken.ThrowIfCancellationRequested();
        Recognize(document, classes);
    }

    /// <summary>
    /// Tokenizes and splits every document, then tags them all, then recognizes entities in all: each model's tables
    /// stay in cache across documents instead of being evicted by the other model's after every document.
    /// </summary>
    public void Process(IReadOnlyList<Document> documents, Exception?[] errors, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(errors.Length, documents.Count);
        var classes = new int[documents.Count][];
        Each(documents, errors, d => Split(documents[d]));
        cancellationToken.ThrowIfCancellationRequested();
        Each(documents, errors, d => classes[d] = TagPos(documents[d]));
        cancellationToken.ThrowIfCancellationRequested();
        Each(documents, errors, d => Recognize(documents[d], classes[d]));
    }

    private static void Each(IReadOnlyList<Document> documents, Exception?[] errors, Action<int> layer)
    {
        for (var d = 0; d < documents.Count; d++)
        {
            if (errors[d] is not null)
                continue;
            try
            {
                layer(d);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors[d] = ex;
            }
        }
    }

    private static void Split(Document document)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        document.Tokens = tokens;
        document.Sentences = SentenceSplitter.Split(document.Text, tokens);
    }

    /// <summary>
    /// Fills UPOS and XPOS; returns the tagger's class per token, which the recognizer reads, in a pooled array that
    /// <see cref="Recognize"/> gives back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] TagPos(Document document)
    {
        var tokens = document.Tokens;
        var classes = ArrayPool<int>.Shared.Rent(tokens.Length);
        Pos.Tag(document.Text, tokens, document.Sentences, classes.AsSpan(0, tokens.Length));
        var upos = new string[tokens.Length];
        var xpos = new string[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            upos[t] = Pos.Upos[classes[t]];
            xpos[t] = Pos.Xpos[classes[t]];
        }

        document.Upos = upos;
        document.Xpos = xpos;
        return classes;
    }

    private void Recognize(Document document, int[] classes)
    {
        try
        {
            var labels = Ner.Tag(new NerDocument(document.Text, document.Tokens, document.Sentences, null), classes);
            document.Mentions = Mentions(document.Tokens, document.Sentences, labels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(classes);
        }
    }

    /// <summary>Entity mentions from BILOU labels (valid sequences from Viterbi), never crossing a sentence boundary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EntityMention[] Mentions(Token[] tokens, Sentence[] sentences, int[] labels)
    {
        // At most one mention per token: gathered in a pooled buffer, so only the result is allocated.
        var mentions = ArrayPool<EntityMention>.Shared.Rent(Math.Max(1, tokens.Length));
        var count = 0;
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

                mentions[count++] = new EntityMention(tokens[t].Start, tokens[last].End - tokens[t].Start, NerLabels.EntityTypes[type], t, last - t + 1);
                t = last + 1;
            }
        }

        var result = mentions.AsSpan(0, count).ToArray();
        ArrayPool<EntityMention>.Shared.Return(mentions);
        return result;
    }
}
