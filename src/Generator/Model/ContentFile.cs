namespace ContentGen.Model;

/// <summary>One paper file as it enters the pipeline: its absolute path, its path relative to the content root and its text.</summary>
internal sealed record ContentFile(string FilePath, string SourcePath, string Text);
