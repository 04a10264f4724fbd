using System.CommandLine;
using Parallax.Annotations;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax claims PATH...</c>: one object per numeric claim, with its value, unit, what is counted and who asserts it.</summary>
public static class ClaimsCommand
{
    public static Command Create() => FactsCommand.Create(
        "claims",
        "Print every numeric claim with its normalized value, unit, what is counted, frame and who asserts it.",
        static doc => doc.Claims.Length,
        static (w, path, doc, i) =>
        {
            var c = doc.Claims[i];
            w.WriteStartObject();
            w.WriteString("path", path);
            FactsCommand.Span(w, doc.Text, new TextRange(c.Start, c.Length));
            w.WriteNumber("value", c.Value);
            if (c.ValueHigh is { } high)
                w.WriteNumber("valueHigh", high);
            else
                w.WriteNull("valueHigh");
            w.WriteString("unit", c.Unit);
            w.WriteString("counted", c.Counted);
            w.WriteString("frame", c.Frame);
            w.WriteString("assertedBy", c.AssertedBy);
            w.WriteEndObject();
        });
}
