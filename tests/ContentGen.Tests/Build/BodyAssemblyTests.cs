using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ContentGen.Build;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ContentGen.Tests.Build;

/// <summary>
/// The assembly the build step writes around the bodies, and the generated code that reads them from it when the build
/// says it is referenced (<c>ContentGenBodiesAssembly</c>).
/// </summary>
public sealed class BodyAssemblyTests
{
    private const string Name = "Consumer.ContentGenBodies";

    private const string Probe = "internal static class Probe { public static string Html() => TestApp.Papers.A.Html; }";

    private static byte[] SomeBodies(int seed)
    {
        var bytes = new byte[3000];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public void The_assembly_carries_the_bodies_as_its_resource_and_the_public_static_type_the_generated_code_names()
    {
        var bodies = SomeBodies(1);
        var context = new AssemblyLoadContext("bodies", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(BodyAssembly.Write(bodies, Name)));

            Assert.Equal(Name, assembly.GetName().Name);
            Assert.Equal(new[] { ContentGen.Payload.BodyResource.Name }, assembly.GetManifestResourceNames());
            using var resource = assembly.GetManifestResourceStream(ContentGen.Payload.BodyResource.Name)!;
            using var copy = new MemoryStream();
            resource.CopyTo(copy);
            Assert.Equal(bodies, copy.ToArray());

            var marker = Assert.Single(assembly.GetExportedTypes());
            Assert.Equal(BodyAssembly.MarkerNamespace + "." + BodyAssembly.MarkerName, marker.FullName);
            Assert.True(marker.IsAbstract && marker.IsSealed && marker.IsPublic && marker.BaseType == typeof(object));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_same_bodies_give_the_same_bytes_and_other_bodies_other_bytes()
    {
        Assert.Equal(BodyAssembly.Write(SomeBodies(1), Name), BodyAssembly.Write(SomeBodies(1), Name));
        Assert.NotEqual(BodyAssembly.Write(SomeBodies(1), Name), BodyAssembly.Write(SomeBodies(2), Name));
    }

    /// <summary>Runs <paramref name="test"/> with a body file (its path and the assembly's, in a folder of its own) holding <c>SomeBodies(1)</c>.</summary>
    private static void WithBodyFile(Action<string, string> test)
    {
        var folder = Directory.CreateTempSubdirectory("contentgen-body-assembly").FullName;
        try
        {
            var bodiesFile = Path.Combine(folder, "contentgen.bodies");
            File.WriteAllBytes(bodiesFile, SomeBodies(1));
            test(bodiesFile, Path.Combine(folder, "contentgen", Name + ".dll"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_assembly_is_written_again_only_when_the_body_file_is_newer()
        => WithBodyFile((bodiesFile, assemblyFile) =>
        {
            File.SetLastWriteTimeUtc(bodiesFile, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

            Assert.True(BodyAssembly.WriteIfStale(bodiesFile, assemblyFile, Name));
            Assert.False(BodyAssembly.WriteIfStale(bodiesFile, assemblyFile, Name));

            File.WriteAllBytes(bodiesFile, SomeBodies(2));
            File.SetLastWriteTimeUtc(bodiesFile, DateTime.UtcNow.AddMinutes(1));
            Assert.True(BodyAssembly.WriteIfStale(bodiesFile, assemblyFile, Name));
            Assert.Equal(BodyAssembly.Write(SomeBodies(2), Name), File.ReadAllBytes(assemblyFile));
        });

    [Fact]
    public void A_placeholder_is_replaced_by_the_bodies_however_old_the_body_file_is()
        => WithBodyFile((bodiesFile, assemblyFile) =>
        {
            File.SetLastWriteTimeUtc(bodiesFile, new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc));

            BodyAssembly.WritePlaceholder(assemblyFile, Name);
            Assert.Equal(BodyAssembly.Write(null, Name), File.ReadAllBytes(assemblyFile));

            Assert.True(BodyAssembly.WriteIfStale(bodiesFile, assemblyFile, Name));
            Assert.Equal(BodyAssembly.Write(SomeBodies(1), Name), File.ReadAllBytes(assemblyFile));
        });

    [Fact]
    public void Generated_code_reads_a_body_from_the_assembly_the_build_names_and_references_it()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["ContentGenBodiesAssembly"] = Name;
        var output = GeneratorHarness.Run(new[] { GeneratorHarness.Paper("a.md", PaperText.Create(body: "## Summary\n\nRead from the bodies' assembly.\n")) }, properties, Probe);
        var bodies = BodyAssembly.Write(output.BodyResource(), Name);
        var compilation = output.Compilation.AddReferences(MetadataReference.CreateFromImage(bodies).WithAliases(new[] { BodyAssembly.Alias }));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            context.LoadFromStream(new MemoryStream(bodies));
            image.Position = 0;
            var consumer = context.LoadFromStream(image);

            // The project's own assembly holds no body, and names the bodies' assembly among its references.
            Assert.Empty(consumer.GetManifestResourceNames());
            Assert.Contains(consumer.GetReferencedAssemblies(), reference => reference.Name == Name);
            var html = (string)consumer.GetType("Probe", throwOnError: true)!.GetMethod("Html", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
            Assert.Contains("<p>Read from the bodies' assembly.</p>", html, StringComparison.Ordinal);
        }
        finally
        {
            context.Unload();
        }
    }
}
