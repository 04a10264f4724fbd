namespace Parallax.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Fatal = 1;
    public const int Usage = 2;

    /// <summary>Some documents failed; the others were processed and kept.</summary>
    public const int Partial = 3;

    public static int ForErrors(int errorCount) => errorCount == 0 ? Ok : Partial;
}
