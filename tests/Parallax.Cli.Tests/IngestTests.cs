using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parallax.Testing;

namespace Parallax.Cli.Tests;

public sealed class IngestTests
{
    private static long Count(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Ingesting_the_samples_twice_stores_each_article_once()
    {
        using var tmp = new TempDir();
        var db = Path.Combine(tmp.Path, "p.db");
        var first = Repo.Run(Repo.Root, "ingest", "samples", "--db", db);
        Assert.True(first.ExitCode == 0, first.ToString());
        var files = Directory.GetFiles(Repo.Samples, "*", SearchOption.AllDirectories).Length;
        Assert.Equal(files, Count(db, "SELECT count(*) FROM articles"));

        var second = Repo.Run(Repo.Root, "ingest", "samples", "--db", db);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"0 stored, {files} already stored", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(files, Count(db, "SELECT count(*) FROM articles"));
        Assert.Equal(Count(db, "SELECT count(DISTINCT story_id) FROM articles"), Count(db, "SELECT count(*) FROM stories"));
    }

    [Fact]
    public void Stories_and_show_read_back_from_the_store()
    {
        using var tmp = new TempDir();
        var db = Path.Combine(tmp.Path, "p.db");
        Assert.Equal(0, Repo.Run(Repo.Root, "ingest", "samples", "--db", db).ExitCode);

        var list = Repo.Run(Repo.Root, "stories", "--db", db, "--format", "json");
        Assert.True(list.ExitCode == 0, list.ToString());
        using var stories = JsonDocument.Parse(list.Stdout);
        var flood = stories.RootElement.EnumerateArray().Single(s => s.GetProperty("articles").GetInt32() >= 4);
        var id = flood.GetProperty("id").GetString()!;

        var show = Repo.Run(Repo.Root, "show", id, "--db", db);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Empty(SchemaCheck.Errors(show.Stdout));
        using var report = JsonDocument.Parse(show.Stdout);
        Assert.Equal(id, report.RootElement.GetProperty("stories")[0].GetProperty("id").GetString());
        Assert.Equal(flood.GetProperty("articles").GetInt32(), report.RootElement.GetProperty("articles").GetArrayLength());

        var table = Repo.Run(Repo.Root, "stories", "--db", db);
        Assert.Contains(id, table.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Repo.Run(Repo.Root, "show", "s000000000000", "--db", db).ExitCode);
    }

    [Fact]
    public void Reading_commands_refuse_a_missing_database()
    {
        using var tmp = new TempDir();
        var r = Repo.Run(tmp.Path, "stories", "--db", "nothing.db");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no database", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(tmp.Path, "nothing.db")));
    }

    [Fact]
    public async Task Killing_ingest_mid_batch_loses_nothing_already_committed()
    {
        using var tmp = new TempDir();
        const int n = 4000;
        for (var i = 0; i < n; i++)
        {
            tmp.File($"in/{i:D5}.txt", $"Report number {i} on the harbor\n\nDock {i} reopened on Tuesday after {i % 17} days of repairs, officials said. " +
                $"Crews replaced {i * 3} meters of rail and tested crane {i % 5}.\n");
        }

        var db = Path.Combine(tmp.Path, "p.db");
        using (var p = Repo.Start(tmp.Path, "ingest", "in", "--db", db))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (DateTime.UtcNow < deadline && !p.HasExited)
            {
                await Task.Delay(200);
                if (File.Exists(db) && SafeCount(db) >= 100)
                    break;
            }

            Assert.False(p.HasExited, "ingest finished before it could be killed; make the input larger");
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }

        var stored = Count(db, "SELECT count(*) FROM articles");
        Assert.InRange(stored, 100, n - 1);
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(stored, Count(db, "SELECT sum(article_count) FROM stories"));

        var again = await Repo.RunAsync(tmp.Path, "ingest", "in", "--db", db);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(n, Count(db, "SELECT count(*) FROM articles"));
        Assert.Contains($"{n - stored} stored, {stored} already stored", again.Stdout, StringComparison.Ordinal);
    }

    private static long SafeCount(string db)
    {
        try
        {
            return Count(db, "SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static string? Scalar(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar()?.ToString();
    }
}
