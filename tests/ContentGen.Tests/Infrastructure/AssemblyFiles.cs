using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ContentGen.Tests.Infrastructure;

/// <summary>What an assembly on disk holds, read without loading it.</summary>
internal static class AssemblyFiles
{
    /// <summary>The names of its manifest resources.</summary>
    public static string[] ManifestResources(string assemblyFile)
    {
        using var reader = new PEReader(File.OpenRead(assemblyFile));
        var metadata = reader.GetMetadataReader();
        return metadata.ManifestResources.Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name)).ToArray();
    }
}
