namespace Parallax.Cli;

public static class Output
{
    /// <summary>Writes to the file when one is given (through a temporary file, so a failed write leaves no half file), else stdout.</summary>
    public static async Task WriteAsync(FileInfo? file, string text, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await Console.Out.WriteAsync(text.AsMemory(), cancellationToken);
            await Console.Out.FlushAsync(cancellationToken);
            return;
        }

        try
        {
            var temp = file.FullName + ".tmp";
            await File.WriteAllTextAsync(temp, text, cancellationToken);
            File.Move(temp, file.FullName, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FatalException($"cannot write {file.FullName}: {ex.Message}", ex);
        }
    }
}
