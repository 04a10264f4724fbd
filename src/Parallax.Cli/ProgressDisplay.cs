using Parallax.Model;
using Parallax.Pipeline;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>
/// Reports per-document progress on stderr: a live Spectre.Console progress bar when stderr is a terminal,
/// nothing but error lines otherwise. Standard output stays clean for machine-readable results.
/// </summary>
public sealed class ProgressDisplay : IProgress<DocumentOutcome>
{
    private static readonly IAnsiConsole ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    private ProgressTask? _task;
    private int _done;
    private int _failed;

    public int Done => _done;
    public int Failed => _failed;

    public static bool Interactive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public void Report(DocumentOutcome value)
    {
        Interlocked.Increment(ref _done);
        if (value.Error is { } error)
        {
            Interlocked.Increment(ref _failed);
            WriteError(error);
        }

        if (_task is not null)
        {
            _task.Description = $"{_done:N0} documents, {_failed:N0} failed";
            _task.Increment(1);
        }
    }

    public static void WriteError(DocumentError error)
    {
        var line = $"parallax: error: {error.Source}: {error.Stage}: {error.Message}";
        if (Interactive)
            ErrorConsole.MarkupLine("[red]" + Markup.Escape(line) + "[/]");
        else
            Console.Error.WriteLine(line);
    }

    /// <summary>Runs the work with a live display when stderr is a terminal.</summary>
    public async Task<T> RunAsync<T>(string title, Func<ProgressDisplay, Task<T>> work)
    {
        if (!Interactive)
            return await work(this);

        return await ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                _task = ctx.AddTask(title).IsIndeterminate();
                try
                {
                    return await work(this);
                }
                finally
                {
                    _task.StopTask();
                    _task = null;
                }
            });
    }
}
