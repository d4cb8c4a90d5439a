namespace ContentGen.Model;

/// <summary>
/// One content file as it enters the parse: its absolute path, its path relative to the content root and its text;
/// <paramref name="Condensed"/> when the text is the build step's condensed file (<see cref="Parsing.CondensedDocument"/>)
/// that stands for the Markdown file at <paramref name="FilePath"/>.
/// </summary>
internal sealed record ContentFile(string FilePath, string SourcePath, string Text, bool Condensed = false);
