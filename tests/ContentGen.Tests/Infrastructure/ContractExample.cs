namespace ContentGen.Tests.Infrastructure;

/// <summary>The contentgen.yaml of the collections issue, word for word: the contract the reader and the generated code are tested against.</summary>
internal static class ContractExample
{
    public const string Yaml = """
        collections:
          posts:
            folder: posts            # below the content root; a glob is allowed
            type: Post               # the record; the static class is the plural, Posts, unless `class:` says otherwise
            fields:
              title:     { type: string, required: true }
              published: { type: date, required: true }
              rating:    { type: int, min: 1, max: 5 }
              status:    { type: enum, values: [idea, review, final], default: idea }
              homepage:  { type: url }
              topics:    { type: list<string>, taxonomy: true }
              about:     { type: list<ref:papers> }
              isbn:      { type: string, pattern: '^97[89]\d{10}$', unique: true }
            body:
              required_sections: [Summary]
              sections: { "Key Points": list }   # the list under that heading becomes IReadOnlyList<string> KeyPoints
        """;
}
