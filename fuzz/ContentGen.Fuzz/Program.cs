using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ContentGen.Bibliography;
using ContentGen.Model;
using ContentGen.Parsing;
using SharpFuzz;

namespace ContentGen.Fuzz;

/// <summary>
/// Under afl-fuzz: SharpFuzz's out-of-process fork server, which runs the target in a persistent loop in a child
/// process and restarts the child after a stack overflow or a time-out. Outside afl-fuzz it runs stdin once.
/// <c>--target paper</c> (the default) fuzzes <see cref="DocumentParser"/> with a paper, <c>--target config</c>
/// fuzzes <see cref="Config.ConfigReader"/> with a <c>contentgen.yaml</c>; the option comes first.
/// <c>--replay FILE...</c> runs files and prints, for each finding, the exception that Parse swallowed with its stack.
/// <c>--show FILE...</c> prints what Parse (or the config or BibTeX reader) returns for each file (diagnostics, and the
/// body with control characters escaped, the collections, or the entries). <c>--target condensed</c> fuzzes the build
/// step's condensed files (<see cref="CondensedFuzzTarget"/>); <c>--condense FOLDER FILE...</c> writes seeds for it.
/// <c>--target bib</c> before any of these runs
/// the BibTeX reader instead (<see cref="BibFuzzTarget"/>).
/// Run both on the uninstrumented build (bin/Release/net10.0), not on the instrumented copy that afl-fuzz runs.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var target = "paper";
        if (args.Length >= 2 && args[0] == "--target")
        {
            if (args[1] is not ("paper" or "config" or "bib" or "condensed"))
            {
                Console.Error.WriteLine("--target is paper, config, bib or condensed, not '" + args[1] + "'");
                return 2;
            }

            target = args[1];
            args = args.AsSpan(2).ToArray();
        }

        Action<byte[]> run = target switch
        {
            "config" => ConfigFuzzTarget.Run,
            "bib" => BibFuzzTarget.Run,
            "condensed" => CondensedFuzzTarget.Run,
            _ => FuzzTarget.Run,
        };
        if (args.Length > 0 && args[0] == "--replay")
        {
            return Replay(args.AsSpan(1).ToArray(), run);
        }

        if (args.Length > 1 && args[0] == "--condense")
        {
            // Seeds for the condensed target: each paper as the build step hands it to the compiler, into the folder given first.
            foreach (var file in args.AsSpan(2).ToArray())
            {
                if (CondensedDocument.Condense(FuzzTarget.FilePath, BodySource.WithoutByteOrderMark(FuzzTarget.Decode(File.ReadAllBytes(file)))) is { } condensed)
                {
                    File.WriteAllText(Path.Combine(args[1], Path.GetFileNameWithoutExtension(file) + ".cgdoc"), condensed);
                }
            }

            return 0;
        }

        if (args.Length > 0 && args[0] == "--show")
        {
            return target switch
            {
                "config" => ShowConfig(args.AsSpan(1).ToArray()),
                "bib" => ShowBib(args.AsSpan(1).ToArray()),
                _ => Show(args.AsSpan(1).ToArray()),
            };
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            run(buffer.ToArray());
        });
        return 0;
    }

    private static int ShowBib(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            var bib = BibReader.Read(BibFuzzTarget.FilePath, FuzzTarget.Decode(File.ReadAllBytes(file)));
            Console.WriteLine("== " + file);
            foreach (var diagnostic in bib.Diagnostics)
            {
                var start = diagnostic.Location?.LineSpan.Start;
                Console.WriteLine("diagnostic " + diagnostic.Descriptor.Id + " (" + (start?.Line + 1) + "," + (start?.Character + 1) + "): " + Escape(diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture)));
            }

            foreach (var preamble in bib.Preambles)
            {
                Console.WriteLine("preamble   " + Escape(preamble));
            }

            foreach (var entry in bib.Entries)
            {
                Console.WriteLine("entry      @" + entry.Type + " " + Escape(entry.Key) + (entry.HasErrors ? " (has errors)" : string.Empty));
                foreach (var field in entry.Fields)
                {
                    Console.WriteLine("  " + field.Name + " = " + Escape(field.Value) + "   raw " + Escape(field.Raw));
                    if (BibNames.IsNameField(field.Name))
                    {
                        foreach (var name in BibNames.Parse(field.Raw))
                        {
                            Console.WriteLine("    name   given " + Escape(name.Given) + " von " + Escape(name.Von) + " family " + Escape(name.Family) + " suffix " + Escape(name.Suffix) + (name.IsCorporate ? " corporate" : string.Empty) + " -> " + Escape(name.Display));
                        }
                    }
                }
            }
        }

        return 0;
    }

    private static int Replay(IReadOnlyList<string> files, Action<byte[]> run)
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
                run(File.ReadAllBytes(file));
                Console.WriteLine("ok       " + file);
            }
            catch (FuzzFindingException finding)
            {
                findings++;
                Console.WriteLine("FINDING  " + file + ": " + finding.Message);
                foreach (var exception in seen)
                {
                    // Parse throws and catches some exceptions by design (YAML errors become diagnostics): show only
                    // the one a CG0901 names.
                    if (exception is not FuzzFindingException && finding.Message.Contains(exception.GetType().FullName ?? "?", StringComparison.Ordinal))
                    {
                        Console.WriteLine("  thrown inside Parse: " + exception.GetType().FullName + ": " + exception.Message);
                        Console.WriteLine(Indent(exception.StackTrace ?? string.Empty));
                    }
                }
            }
            catch (Exception exception)
            {
                // The config reader has no catch-all of its own: what escapes it is the finding.
                findings++;
                Console.WriteLine("FINDING  " + file + ": " + exception.GetType().FullName + ": " + exception.Message);
                Console.WriteLine(Indent(exception.StackTrace ?? string.Empty));
            }
        }

        Console.WriteLine(findings + " finding(s) in " + files.Count + " file(s)");
        return findings == 0 ? 0 : 1;
    }

    private static int Show(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            var parsed = DocumentParser.Parse(new ContentFile(FuzzTarget.FilePath, FuzzTarget.SourcePath, FuzzTarget.Decode(File.ReadAllBytes(file))));
            Console.WriteLine("== " + file);
            foreach (var diagnostic in parsed.Diagnostics)
            {
                Console.WriteLine("diagnostic " + diagnostic.Descriptor.Id + ": " + string.Join(" | ", diagnostic.Arguments));
            }

            Console.WriteLine("metadata   " + (parsed.Metadata is null ? "null" : parsed.Metadata.Identifier));
            if (FuzzTarget.Render(FuzzTarget.Decode(File.ReadAllBytes(file)), allowRawHtml: false, "show") is { } body)
            {
                Console.WriteLine("markdown   " + Escape(body.Markdown));
                Console.WriteLine("html       " + Escape(body.Html));
                Console.WriteLine("plain text " + Escape(body.PlainText));
                foreach (var item in body.Sections.SelectMany(section => section.Items))
                {
                    Console.WriteLine("list item  " + Escape(item));
                }

                foreach (var section in body.Sections)
                {
                    Console.WriteLine("section    " + Escape(section.Title) + " [" + section.HtmlStart + ", +" + section.HtmlLength + "]");
                }
            }
            else
            {
                Console.WriteLine("body       null");
            }
        }

        return 0;
    }

    private static int ShowConfig(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            var config = Config.ConfigReader.Read(ConfigFuzzTarget.FilePath, FuzzTarget.Decode(File.ReadAllBytes(file)), GeneratorOptions.DefaultMaxNestingDepth);
            Console.WriteLine("== " + file);
            foreach (var diagnostic in config.Diagnostics)
            {
                var start = diagnostic.Location?.LineSpan.Start;
                Console.WriteLine("diagnostic " + diagnostic.Descriptor.Id + " (" + (start is { } s ? (s.Line + 1) + "," + (s.Character + 1) : "-") + "): " + Escape(diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture)));
            }

            foreach (var collection in config.Collections)
            {
                Console.WriteLine("collection " + collection.Name + ": " + collection.TypeName + " / " + collection.ClassName + " in '" + collection.Folder + "'"
                    + ", required sections [" + string.Join(", ", collection.Body.RequiredSections) + "], lists [" + string.Join(", ", collection.Body.ListSections.Select(l => l.Heading + " -> " + l.PropertyName)) + "]");
                foreach (var field in collection.Fields)
                {
                    Console.WriteLine("  " + field.Key + " -> " + field.PropertyName + ": " + field.Type + (field.IsList ? " list" : string.Empty)
                        + (field.RefCollection is { } target ? " of " + target : string.Empty) + (field.Required ? ", required" : string.Empty)
                        + (field.Default is { } value ? ", default " + value : string.Empty) + (field.Min is { } min ? ", min " + min : string.Empty)
                        + (field.Max is { } max ? ", max " + max : string.Empty) + (field.Pattern is { } pattern ? ", pattern " + pattern : string.Empty)
                        + (field.Unique ? ", unique" : string.Empty) + (field.Values.Count > 0 ? ", values [" + string.Join(", ", field.Values) + "]" : string.Empty)
                        + (field.EnumName is { } enumName ? ", enum " + enumName : string.Empty)
                        + (field.Taxonomy is { } taxonomy ? ", taxonomy " + taxonomy.ClassName + " (" + taxonomy.Noun + ", " + taxonomy.LookupMethod + ")" : string.Empty)
                        + ", example " + Escape(field.Example) + ", doc " + Escape(field.Description));
                }
            }
        }

        return 0;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }

    private static string Indent(string text) => "    " + text.Replace("\n", "\n    ", StringComparison.Ordinal);
}
