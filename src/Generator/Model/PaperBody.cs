namespace ContentGen.Model;

/// <summary>A heading of the body and where its section's HTML lies inside the body's HTML.</summary>
internal sealed record SectionInfo(string Title, int Level, string Anchor, int HtmlStart, int HtmlLength);

/// <summary>The body of one paper, rendered at compile time.</summary>
internal sealed record PaperBody(
    string Markdown,
    string Html,
    string PlainText,
    EquatableArray<SectionInfo> Sections,
    EquatableArray<string> KeyFindings,
    int WordCount);

/// <summary>What the generator emits for one paper's body: its name in code, the bucket file it goes to and the body,
/// encoded by <see cref="Emit.BodyPayload"/>.</summary>
internal sealed record BodyEntry(string Identifier, int Bucket, string Payload);
