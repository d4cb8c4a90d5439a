namespace ContentGen.Model;

/// <summary>The MSBuild settings the generator reads, as one equatable value.</summary>
/// <param name="Namespace">The namespace of the generated types (<c>ContentGenNamespace</c>, else the project's <c>RootNamespace</c>).</param>
/// <param name="ContentRoot">The content root, <c>/</c>-separated; absolute when the project directory is known.</param>
/// <param name="IncludeDrafts">Whether drafts appear in the generated API (<c>ContentGenIncludeDrafts</c>).</param>
/// <param name="MaxFileSize">The largest file, in characters, that is parsed (<c>ContentGenMaxFileSize</c>).</param>
/// <param name="MaxNestingDepth">The deepest front-matter nesting that is read (<c>ContentGenMaxNestingDepth</c>).</param>
/// <param name="TargetFramework">The project's target framework, for messages.</param>
/// <param name="AllowRawHtml">Whether raw HTML in bodies is kept (<c>ContentGenAllowRawHtml</c>); it is escaped by default.</param>
/// <param name="PaperProperties">Whether each collection's class has a property per document (<c>ContentGenPaperProperties</c>): true or false as set; null, by default, for up to <see cref="Indexing.CatalogBuilder.AutomaticDocumentProperties"/> documents.</param>
/// <param name="ProjectDirectory">The project directory, <c>/</c>-separated, where <c>contentgen.yaml</c> is; empty when unknown.</param>
/// <param name="BodiesAssembly">The assembly the build step wrote the bodies into and the project references (<c>ContentGenBodiesAssembly</c>), or empty: the bodies are then read from the project's own assembly.</param>
internal sealed record GeneratorOptions(string Namespace, string ContentRoot, bool IncludeDrafts, int MaxFileSize, int MaxNestingDepth, string TargetFramework, bool AllowRawHtml = false, bool? PaperProperties = null, string ProjectDirectory = "", string BodiesAssembly = "")
{
    public const int DefaultMaxFileSize = 256 * 1024;

    public const int DefaultMaxNestingDepth = 16;
}
