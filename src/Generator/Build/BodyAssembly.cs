// This is build-step code, not compiler code: it runs in MSBuild before the compiler, where writing under obj/ is its job.
#pragma warning disable RS1035

using System;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace ContentGen.Build;

/// <summary>
/// The assembly that carries the bodies: the build step's body file as its one manifest resource, and one empty type the
/// generated code names, so that the project references it as it would any library. The compiler reads a reference's
/// metadata only, where it would copy an embedded resource into the assembly it writes and hold it in memory meanwhile;
/// and because the generated code names its type, the assembly flows to publish, single-file bundles, trimming and
/// NativeAOT, and from a library that holds content to the app that references it, as any dependency does.
/// </summary>
/// <remarks>
/// Written with System.Reflection.Metadata, which MSBuild itself loads; it references <c>netstandard</c> only (for
/// the type's base, <c>System.Object</c>), which every .NET that runs ContentGen's code binds. Deterministic: its
/// module version id is derived from its content, so the same bodies give the same bytes on any host.
/// </remarks>
internal static class BodyAssembly
{
    /// <summary>The <c>extern alias</c> the project references the assembly under (ContentGen.targets says it too), so its type never meets the project's own names.</summary>
    public const string Alias = "ContentGenBodies";

    /// <summary>The namespace of the type the generated code names.</summary>
    public const string MarkerNamespace = "ContentGen";

    /// <summary>The type the generated code names, to find the assembly.</summary>
    public const string MarkerName = "BodiesAssembly";

    private static readonly byte[] NetStandardPublicKeyToken = { 0xcc, 0x7b, 0x13, 0xff, 0xcd, 0x2d, 0xdd, 0x51 };

    /// <summary>
    /// Writes the assembly named <paramref name="assemblyName"/> to <paramref name="assemblyFile"/> around the bytes of
    /// <paramref name="bodiesFile"/>, unless the assembly is already newer than the body file (the step rewrites that file
    /// only when its bytes change, so an unchanged assembly leaves the compiler's inputs unchanged). True when written.
    /// </summary>
    public static bool WriteIfStale(string bodiesFile, string assemblyFile, string assemblyName)
    {
        if (File.Exists(assemblyFile) && File.GetLastWriteTimeUtc(assemblyFile) >= File.GetLastWriteTimeUtc(bodiesFile))
        {
            return false;
        }

        RenderedBodies.Replace(assemblyFile, Write(File.ReadAllBytes(bodiesFile), assemblyName));
        return true;
    }

    /// <summary>
    /// Writes the reference assembly the compiler is given: the name and the type, no bodies. Its bytes depend on the
    /// name only, so it is written once and the compiler's inputs stay unchanged from build to build.
    /// </summary>
    public static void WriteReference(string referenceFile, string assemblyName)
    {
        var image = Write(null, assemblyName);
        if (!File.Exists(referenceFile) || !File.ReadAllBytes(referenceFile).AsSpan().SequenceEqual(image))
        {
            RenderedBodies.Replace(referenceFile, image);
        }
    }

    /// <summary>
    /// Writes the reference assembly in the assembly's place, for the reference to it to resolve before the bodies are
    /// written. It is dated long ago, so that <see cref="WriteIfStale"/> replaces it whatever the body file's date, even
    /// in a later build when this one stops before it gets there.
    /// </summary>
    public static void WritePlaceholder(string assemblyFile, string assemblyName)
    {
        RenderedBodies.Replace(assemblyFile, Write(null, assemblyName));
        File.SetLastWriteTimeUtc(assemblyFile, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    /// <summary>The assembly's bytes: <paramref name="resource"/> as the <c>ContentGen.Bodies</c> resource, or no resource for null (the reference assembly).</summary>
    public static byte[] Write(byte[]? resource, string assemblyName)
    {
        var metadata = new MetadataBuilder();
        var mvid = metadata.ReserveGuid();
        metadata.AddModule(0, metadata.GetOrAddString(assemblyName + ".dll"), mvid.Handle, default, default);
        metadata.AddAssembly(metadata.GetOrAddString(assemblyName), new Version(1, 0, 0, 0), default, default, default, AssemblyHashAlgorithm.Sha1);
        var netstandard = metadata.AddAssemblyReference(metadata.GetOrAddString("netstandard"), new Version(2, 0, 0, 0), default, metadata.GetOrAddBlob(NetStandardPublicKeyToken), default, default);
        var systemObject = metadata.AddTypeReference(netstandard, metadata.GetOrAddString("System"), metadata.GetOrAddString("Object"));

        // The <Module> type every module has, then the marker: a static class (abstract sealed) with no members.
        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default, MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        metadata.AddTypeDefinition(
            TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit,
            metadata.GetOrAddString(MarkerNamespace),
            metadata.GetOrAddString(MarkerName),
            systemObject,
            MetadataTokens.FieldDefinitionHandle(1),
            MetadataTokens.MethodDefinitionHandle(1));

        BlobBuilder? resources = null;
        if (resource is not null)
        {
            resources = new BlobBuilder();
            resources.WriteInt32(resource.Length);
            resources.WriteBytes(resource);
            metadata.AddManifestResource(ManifestResourceAttributes.Public, metadata.GetOrAddString(Payload.BodyResource.Name), default, 0);
        }

        var builder = new ManagedPEBuilder(
            PEHeaderBuilder.CreateLibraryHeader(),
            new MetadataRootBuilder(metadata),
            new BlobBuilder(),
            managedResources: resources,
            flags: CorFlags.ILOnly,
            deterministicIdProvider: ContentId);
        var image = new BlobBuilder();
        var id = builder.Serialize(image);
        new BlobWriter(mvid.Content).WriteGuid(id.Guid);
        return image.ToArray();
    }

    private static BlobContentId ContentId(System.Collections.Generic.IEnumerable<Blob> content)
    {
        using var sha = SHA256.Create();
        foreach (var blob in content)
        {
            var segment = blob.GetBytes();
            sha.TransformBlock(segment.Array!, segment.Offset, segment.Count, null, 0);
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return BlobContentId.FromHash(sha.Hash!);
    }
}
