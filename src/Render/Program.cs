using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace ContentGen.Render;

/// <summary>
/// Runs the build step's renderer (<c>ContentGen.Build.RenderedBodies.RunInProcess</c>) in this process. The first
/// argument is the folder of the generator's assembly and its dependencies (Markdig and the rest), which are loaded
/// from there; the others go to the step as they are.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 1 || !File.Exists(Path.Combine(args[0], "ContentGen.Generator.dll")))
        {
            Console.Error.WriteLine("usage: ContentGen.Render <folder of ContentGen.Generator.dll> <response file>");
            return 2;
        }

        var folder = args[0];
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            File.Exists(Path.Combine(folder, name.Name + ".dll")) ? context.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        var generator = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(folder, "ContentGen.Generator.dll")));
        var run = generator.GetType("ContentGen.Build.RenderedBodies", throwOnError: true)!
            .GetMethod("RunInProcess", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new MissingMethodException("ContentGen.Build.RenderedBodies", "RunInProcess");
        return (int)run.Invoke(null, new object[] { args[1..] })!;
    }
}
