using System.Collections.Concurrent;
using Parallax.Store;

namespace Parallax.Web;

/// <summary>
/// SQLite connections for the server. Reads share a small pool of connections (WAL lets them run beside a write),
/// and at most a few run at once, so hundreds of clients queue instead of opening hundreds of connections.
/// Writes go through one connection, one at a time.
/// </summary>
public sealed class StoreService : IDisposable
{
    private readonly string _path;
    private readonly ConcurrentBag<SqliteStore> _idle = [];
    private readonly SemaphoreSlim _readers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteStore _writer;
    private long _lastIndexCheck;

    public StoreService(string path, int? readers = null)
    {
        _path = path;
        _writer = SqliteStore.Open(path);
        _readers = new SemaphoreSlim(readers ?? Math.Max(4, Environment.ProcessorCount * 2));
    }

    public string Path => _path;

    public async Task<T> ReadAsync<T>(Func<SqliteStore, T> query, CancellationToken cancellationToken)
    {
        await _readers.WaitAsync(cancellationToken).ConfigureAwait(false);
        var store = _idle.TryTake(out var s) ? s : OpenReader();
        try
        {
            return query(store);
        }
        finally
        {
            _idle.Add(store);
            _readers.Release();
        }
    }

    private SqliteStore OpenReader()
    {
        var store = SqliteStore.Open(_path);
        store.TuneForReads();
        return store;
    }

    public async Task<T> WriteAsync<T>(Func<SqliteStore, T> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return write(_writer);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Brings the entity index up to date with articles stored by anyone (this server or `parallax ingest`).</summary>
    public Task<int> SyncEntityIndexAsync(CancellationToken cancellationToken) =>
        WriteAsync(s => s.EntityIndexBehind() ? s.SyncEntityIndex() : 0, cancellationToken);

    /// <summary>Checks at most every few seconds, so reads that depend on the index stay cheap.</summary>
    public async Task EnsureEntityIndexAsync(CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastIndexCheck);
        if (now - last < 3000 || Interlocked.CompareExchange(ref _lastIndexCheck, now, last) != last)
            return;
        await SyncEntityIndexAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _writer.Dispose();
        while (_idle.TryTake(out var s))
            s.Dispose();
        _readers.Dispose();
        _writeGate.Dispose();
    }
}
