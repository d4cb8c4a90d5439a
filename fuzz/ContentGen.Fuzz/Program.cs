using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using SharpFuzz;

namespace ContentGen.Fuzz;

/// <summary>
/// Under afl-fuzz: SharpFuzz's out-of-process fork server, which runs the target in a persistent loop in a child
/// process and restarts the child after a stack overflow or a time-out. Outside afl-fuzz it runs stdin once.
/// <c>--replay FILE...</c> runs files and prints, for each finding, the exception that Parse swallowed with its stack.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--replay")
        {
            return Replay(args.AsSpan(1).ToArray());
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.ToArray());
        });
        return 0;
    }

    private static int Replay(IReadOnlyList<string> files)
    {
        // Parse catches every exception; a first-chance handler still sees each one with its stack trace.
        var seen = new List<Exception>();
        AppDomain.CurrentDomain.FirstChanceException += (_, e) => seen.Add(e.Exception);

        var findings = 0;
        foreach (var file in files)
        {
            seen.Clear();
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
                Console.WriteLine("ok       " + file);
            }
            catch (FuzzFindingException finding)
            {
                findings++;
                Console.WriteLine("FINDING  " + file + ": " + finding.Message);
                foreach (var exception in seen)
                {
                    if (exception is not FuzzFindingException)
                    {
                        Console.WriteLine("  thrown inside Parse: " + exception.GetType().FullName + ": " + exception.Message);
                        Console.WriteLine(Indent(exception.StackTrace ?? string.Empty));
                    }
                }
            }
        }

        Console.WriteLine(findings + " finding(s) in " + files.Count + " file(s)");
        return findings == 0 ? 0 : 1;
    }

    private static string Indent(string text) => "    " + text.Replace("\n", "\n    ", StringComparison.Ordinal);
}
