using System.Runtime.CompilerServices;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Ingest;

/// <summary>
/// Files and directories, walked lazily in a stable order (entries sorted by ordinal name
/// within each directory) so that a run over the same tree is reproducible.
/// </summary>
public sealed class FileSource : ISource
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    private readonly IReadOnlyList<string> _paths;
    private readonly long _maxBytes;
    private readonly string? _url;

    public FileSource(IReadOnlyList<string> paths, long maxBytes = DefaultMaxBytes, string? url = null)
    {
        _paths = paths;
        _maxBytes = maxBytes;
        _url = url;
    }

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in _paths)
        {
            foreach (var file in Enumerate(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return await ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Yields files under a path; a path that does not exist is yielded as-is so reading reports it.</summary>
    public static IEnumerable<string> Enumerate(string path)
    {
        if (!Directory.Exists(path))
        {
            yield return path;
            yield break;
        }

        var pending = new Stack<string>();
        pending.Push(path);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files;
            string[] dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var f in files)
            {
                if (!IsHidden(f))
                    yield return f;
            }

            for (var i = dirs.Length - 1; i >= 0; i--)
            {
                if (!IsHidden(dirs[i]))
                    pending.Push(dirs[i]);
            }
        }
    }

    private static bool IsHidden(string path) => System.IO.Path.GetFileName(path).StartsWith('.');

    private async Task<SourceItem> ReadFileAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
                return SourceItem.Fail(file, "no such file or directory");
            if (info.Length == 0)
                return SourceItem.Fail(file, "empty file (0 bytes)");
            if (info.Length > _maxBytes)
                return SourceItem.Fail(file, $"file is {info.Length:N0} bytes, over the {_maxBytes:N0}-byte limit");

            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            return SourceItem.Ok(new RawDocument(new SourceInfo(file, _url, null), bytes)
            {
                RetrievedAt = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero),
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourceItem.Fail(file, "cannot read: " + ex.Message);
        }
    }
}
