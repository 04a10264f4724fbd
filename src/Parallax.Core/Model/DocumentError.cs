namespace Parallax.Model;

/// <summary>A failure confined to one document: the batch goes on without it.</summary>
public sealed record DocumentError(string Source, string Stage, string Message)
{
    public override string ToString() => $"{Source}: {Stage}: {Message}";
}

/// <summary>Thrown by a stage for input it cannot handle; the runner turns it into a DocumentError.</summary>
public sealed class DocumentException(string message, Exception? inner = null) : Exception(message, inner);
