namespace Parallax.Cli;

/// <summary>An error that stops the whole command (a bad database file, an unwritable output), as opposed to one document.</summary>
public sealed class FatalException(string message, Exception? inner = null) : Exception(message, inner);
