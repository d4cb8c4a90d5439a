namespace ContentGen.Model;

/// <summary>A heading of the body and where its section's HTML lies inside the body's HTML.</summary>
internal sealed record SectionInfo(string Title, int Level, string Anchor, int HtmlStart, int HtmlLength);

/// <summary>The body of one document, rendered at compile time.</summary>
/// <param name="Markdown">The body as written, with <c>\n</c> line breaks.</param>
/// <param name="Html">The body rendered to HTML.</param>
/// <param name="PlainText">The body as plain text.</param>
/// <param name="Sections">The headings and where their sections' HTML lies.</param>
/// <param name="WordCount">The number of words.</param>
/// <param name="Lists">Per list section of the collection (<see cref="BodySpec.ListSections"/>, in order), its items.</param>
internal sealed record DocumentBody(
    string Markdown,
    string Html,
    string PlainText,
    EquatableArray<SectionInfo> Sections,
    EquatableArray<EquatableArray<string>> Lists,
    int WordCount);

/// <summary>What the generator emits for one document's body: its collection, its name in code, the bucket file it goes to
/// and the body, encoded by <c>Payload.BodyPayload</c>.</summary>
internal sealed record BodyEntry(string Collection, string Identifier, int Bucket, string Payload);
