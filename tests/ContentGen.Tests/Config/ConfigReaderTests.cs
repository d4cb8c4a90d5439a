using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContentGen.Config;
using ContentGen.Diagnostics;
using ContentGen.Model;
using ContentGen.Tests.Infrastructure;
using ContentGen.Schema;
using Xunit;

namespace ContentGen.Tests.Config;

/// <summary>
/// contentgen.yaml read into collections, and every problem of the file at its line and column. The places in these
/// tests (1-based, as <c>dotnet build</c> prints them) were counted by hand from the test input.
/// </summary>
public sealed class ConfigReaderTests
{
    private const string FilePath = "/project/contentgen.yaml";

    /// <summary>The example of the collections issue.</summary>
    private const string Contract = ContractExample.Yaml;

    // ---- No file, empty file ------------------------------------------------------------------------------

    [Fact]
    public void No_file_gives_the_built_in_papers_alone()
    {
        Assert.Same(ConfigReader.Default, ConfigReader.Read(null, null, GeneratorOptions.DefaultMaxNestingDepth));
        Assert.Same(ConfigReader.Default, ConfigReader.Read(FilePath, null, GeneratorOptions.DefaultMaxNestingDepth));
        Assert.Equal(new[] { PaperSchema.Collection }, ConfigReader.Default.Collections);
        Assert.Empty(ConfigReader.Default.Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("collections:\n")]
    [InlineData("\uFEFFcollections: {}\n")]
    public void An_empty_file_gives_the_built_in_papers_alone(string text)
    {
        var config = Read(text);

        Assert.Equal(ConfigReader.Default, config);
    }

    // ---- The issue's example ------------------------------------------------------------------------------

    [Fact]
    public void Contract_example_gives_papers_then_posts_without_diagnostics()
    {
        var config = Read(Contract);

        Assert.Empty(config.Diagnostics);
        Assert.Equal(new[] { "papers", "posts" }, config.Collections.Select(c => c.Name));
        Assert.Equal(PaperSchema.Collection, config.Collections[0]);
    }

    [Fact]
    public void Contract_example_names_the_record_class_and_folder()
    {
        var posts = Posts(Contract);

        Assert.Equal("Post", posts.TypeName);
        Assert.Equal("Posts", posts.ClassName);
        Assert.Equal("PostSection", posts.SectionTypeName);
        Assert.Equal("posts", posts.Folder);
        Assert.False(posts.IsPapers);
    }

    [Fact]
    public void Contract_example_declares_the_fields_in_order_then_the_implicit_draft()
    {
        var posts = Posts(Contract);

        Assert.Equal(new[] { "title", "published", "rating", "status", "homepage", "topics", "about", "isbn", "draft" }, posts.Fields.Select(f => f.Key));
        Assert.Equal(new[] { "Title", "Published", "Rating", "Status", "Homepage", "Topics", "About", "Isbn", "Draft" }, posts.Fields.Select(f => f.PropertyName));
        Assert.Equal(
            new[] { FieldType.String, FieldType.Date, FieldType.Int, FieldType.Enum, FieldType.Url, FieldType.String, FieldType.Ref, FieldType.String, FieldType.Bool },
            posts.Fields.Select(f => f.Type));
        Assert.Equal(new[] { "topics", "about" }, posts.Fields.Where(f => f.IsList).Select(f => f.Key));
        Assert.Equal(new[] { "title", "published" }, posts.Fields.Where(f => f.Required).Select(f => f.Key));
    }

    [Fact]
    public void Contract_example_types_each_rule()
    {
        var posts = Posts(Contract);

        var rating = posts.Find("rating")!;
        Assert.Equal(("1", "5"), (rating.Min, rating.Max));
        Assert.Equal("rating: 3", rating.Example);
        Assert.True(rating.IsNullable);

        var status = posts.Find("status")!;
        Assert.Equal(new[] { "idea", "review", "final" }, status.Values);
        Assert.Equal("idea", status.Default);
        Assert.Equal("PostStatus", status.EnumName);
        Assert.Equal("status: idea", status.Example);
        Assert.False(status.IsNullable);

        var isbn = posts.Find("isbn")!;
        Assert.Equal(@"^97[89]\d{10}$", isbn.Pattern);
        Assert.True(isbn.Unique);
        Assert.Equal("FindByIsbn", isbn.FindMethod);

        var about = posts.Find("about")!;
        Assert.Equal("papers", about.RefCollection);
        Assert.Null(posts.Find("title")!.RefCollection);

        Assert.Equal(new TaxonomySpec("Topics", "topic", "WithTopic"), posts.Find("topics")!.Taxonomy);
        Assert.Null(posts.Find("about")!.Taxonomy);

        Assert.Equal("published: 2024-01-10", posts.Find("published")!.Example);
        Assert.Equal("homepage: \"https://example.org/\"", posts.Find("homepage")!.Example);
        Assert.Equal("Front-matter <c>published</c>.", posts.Find("published")!.Description);
    }

    [Fact]
    public void Contract_example_reads_the_body_rules()
    {
        var body = Posts(Contract).Body;

        Assert.Equal(new[] { "Summary" }, body.RequiredSections);
        Assert.Equal(new[] { new ListSection("Key Points", "KeyPoints") }, body.ListSections);
    }

    [Fact]
    public void The_implicit_draft_is_a_bool_false_when_absent()
    {
        var draft = Posts(Contract).Find("draft")!;

        Assert.Equal(("Draft", FieldType.Bool, false, false, "false"), (draft.PropertyName, draft.Type, draft.IsList, draft.Required, draft.Default));
        Assert.Equal("draft: false", draft.Example);
        Assert.Contains("Whether the post is a draft", draft.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collection_with_nothing_declared_is_named_after_its_key()
    {
        var config = Read("collections:\n  blog_entries:\n");

        Assert.Empty(config.Diagnostics);
        var entries = config.Collections[1];
        Assert.Equal(("blog_entries", "BlogEntry", "BlogEntries", "blog_entries"), (entries.Name, entries.TypeName, entries.ClassName, entries.Folder));
        Assert.Equal(new[] { "draft" }, entries.Fields.Select(f => f.Key));
        Assert.Empty(entries.Body.RequiredSections);
        Assert.Empty(entries.Body.ListSections);
    }

    [Fact]
    public void Class_property_description_example_and_folder_can_be_set()
    {
        var config = Read("""
            collections:
              news:
                type: NewsItem
                class: News
                folder: ./site/News/
                fields:
                  paper_url: { type: url, property: Link, description: "The <b>source</b> & more", example: "https://example.org/a" }
                  draft: { type: bool, default: true }
            """);

        Assert.Empty(config.Diagnostics);
        var news = config.Collections[1];
        Assert.Equal(("NewsItem", "News", "site/News"), (news.TypeName, news.ClassName, news.Folder));
        var link = news.Find("paper_url")!;
        Assert.Equal("Link", link.PropertyName);
        Assert.Equal("The &lt;b&gt;source&lt;/b&gt; &amp; more", link.Description);
        Assert.Equal("paper_url: \"https://example.org/a\"", link.Example);
        Assert.Equal(new[] { "paper_url", "draft" }, news.Fields.Select(f => f.Key));
        Assert.Equal("true", news.Find("draft")!.Default);
    }

    [Fact]
    public void Keys_become_PascalCase_properties()
    {
        var posts = Posts("collections:\n  posts:\n    fields:\n      paper_url: { type: url }\n      reading-list: { type: list<ref:posts> }\n      2nd_author: { type: string }\n");

        Assert.Equal(new[] { "PaperUrl", "ReadingList", "_2ndAuthor", "Draft" }, posts.Fields.Select(f => f.PropertyName));
        Assert.Equal("posts", posts.Find("reading-list")!.RefCollection);
    }

    [Theory]
    [InlineData("text", "Text", false, null)]
    [InlineData("decimal", "Decimal", false, null)]
    [InlineData("bool", "Bool", false, null)]
    [InlineData("datetime", "DateTime", false, null)]
    [InlineData("doi", "Doi", false, null)]
    [InlineData("arxiv", "Arxiv", false, null)]
    [InlineData("email", "Email", false, null)]
    [InlineData("year", "Year", false, null)]
    [InlineData("ref:papers", "Ref", false, "papers")]
    [InlineData("list<int>", "Int", true, null)]
    [InlineData("list<date>", "Date", true, null)]
    [InlineData("list<url>", "Url", true, null)]
    [InlineData("'list< ref:posts >'", "Ref", true, "posts")]
    public void Each_type_maps_to_a_field_type(string written, string type, bool isList, string? refCollection)
    {
        var field = Posts("collections:\n  posts:\n    fields:\n      x: { type: " + written + " }\n").Find("x")!;

        Assert.Equal((Enum.Parse<FieldType>(type), isList, refCollection), (field.Type, field.IsList, field.RefCollection));
    }

    [Fact]
    public void List_of_enum_gets_an_enum()
    {
        var field = Posts("collections:\n  posts:\n    fields:\n      moods: { type: list<enum>, values: [happy, in-between] }\n").Find("moods")!;

        Assert.Equal((FieldType.Enum, true, "PostMoods"), (field.Type, field.IsList, field.EnumName));
        Assert.Equal("moods: [happy]", field.Example);
    }

    [Fact]
    public void Values_close_a_text_field_and_a_taxonomy()
    {
        var posts = Posts("collections:\n  posts:\n    fields:\n      tone: { type: string, values: [calm, loud] }\n      tags: { type: list<string>, taxonomy: true, values: [a, b] }\n");

        Assert.Equal(new[] { "calm", "loud" }, posts.Find("tone")!.Values);
        Assert.Null(posts.Find("tone")!.EnumName);
        Assert.Equal(new[] { "a", "b" }, posts.Find("tags")!.Values);
        Assert.Equal(new TaxonomySpec("Tags", "tag", "WithTag"), posts.Find("tags")!.Taxonomy);
    }

    [Theory]
    [InlineData("int", "-3", "-3")]
    [InlineData("int", "+7", "7")]
    [InlineData("decimal", "1.50", "1.50")]
    [InlineData("bool", "false", "false")]
    [InlineData("year", "2024", "2024")]
    [InlineData("date", "2024-02-29", "2024-02-29")]
    [InlineData("datetime", "2024-01-10T09:30:00+01:00", "2024-01-10T09:30:00.0000000+01:00")]
    [InlineData("string", "\"a b\"", "a b")]
    [InlineData("url", "https://example.org/", "https://example.org/")]
    [InlineData("doi", "https://doi.org/10.1073/pnas.2317967121", "10.1073/pnas.2317967121")]
    public void A_default_is_kept_in_canonical_form(string type, string written, string canonical)
    {
        var config = Read("collections:\n  posts:\n    fields:\n      x: { type: " + type + ", default: " + written + " }\n");

        Assert.DoesNotContain(config.Diagnostics, d => d.IsError);
        Assert.Equal(canonical, config.Collections[1].Find("x")!.Default);
    }

    [Fact]
    public void An_enum_default_takes_the_declared_spelling()
        => Assert.Equal("Final", Posts("collections:\n  posts:\n    fields:\n      s: { type: enum, values: [Idea, Final], default: final }\n").Find("s")!.Default);

    [Fact]
    public void Bounds_of_dates_and_years_are_canonical()
    {
        var posts = Posts("collections:\n  posts:\n    fields:\n      on: { type: date, min: 2020-01-01, max: 2030-12-31 }\n      at: { type: datetime, min: 2020-01-01T00:00:00Z }\n      y: { type: year, max: 2030 }\n");

        Assert.Equal(("2020-01-01", "2030-12-31"), (posts.Find("on")!.Min, posts.Find("on")!.Max));
        Assert.Equal("2020-01-01T00:00:00.0000000+00:00", posts.Find("at")!.Min);
        Assert.Equal("2030", posts.Find("y")!.Max);
        Assert.Equal("y: 2024", posts.Find("y")!.Example);
    }

    [Fact]
    public void The_same_taxonomy_key_in_two_collections_is_one_site_wide_taxonomy()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      tags: { type: list<string>, taxonomy: true }\n  notes:\n    fields:\n      tags: { type: list<string>, taxonomy: true }\n");

        Assert.Empty(config.Diagnostics);
        Assert.All(config.Collections, c => Assert.Equal(new TaxonomySpec("Tags", "tag", "WithTag"), c.Find("tags")!.Taxonomy));
    }

    [Fact]
    public void A_reference_may_name_a_collection_declared_later_or_itself()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      next: { type: ref:posts }\n      notes: { type: list<ref:notes> }\n  notes: {}\n");

        Assert.Empty(config.Diagnostics);
        Assert.Equal(new[] { "posts", "notes" }, config.Collections[1].Fields.Where(f => f.Type == FieldType.Ref).Select(f => f.RefCollection));
    }

    [Fact]
    public void Reading_is_deterministic()
        => Assert.Equal(Read(Contract + "\n  x: { feilds: 1 }\n"), Read(Contract + "\n  x: { feilds: 1 }\n"));

    [Fact]
    public void A_small_nesting_cap_still_reads_a_valid_file()
        => Assert.Empty(ConfigReader.Read(FilePath, Contract, maxNestingDepth: 1).Diagnostics);

    // ---- The papers entry ---------------------------------------------------------------------------------

    [Fact]
    public void Papers_entry_appends_new_fields_after_the_built_in_ones()
    {
        var config = Read("""
            collections:
              papers:
                fields:
                  related: { type: list<ref:papers> }
                  venue_type: { type: string }
            """);

        Assert.Empty(config.Diagnostics);
        var papers = Assert.Single(config.Collections);
        Assert.True(papers.IsPapers);
        Assert.Equal(PaperSchema.Collection.Fields.Select(f => f.Key).Concat(new[] { "related", "venue_type" }), papers.Fields.Select(f => f.Key));
        Assert.Equal(PaperSchema.Collection.Fields, papers.Fields.Take(PaperSchema.Collection.Fields.Count));
        Assert.Equal((FieldType.Ref, true, "papers", "Related"), (papers.Fields[^2].Type, papers.Fields[^2].IsList, papers.Fields[^2].RefCollection, papers.Fields[^2].PropertyName));
        Assert.Equal(("VenueType", FieldType.String), (papers.Fields[^1].PropertyName, papers.Fields[^1].Type));
        Assert.Equal(("Paper", "Papers", "**/papers"), (papers.TypeName, papers.ClassName, papers.Folder));
    }

    [Fact]
    public void Papers_entry_tightens_built_in_fields_in_place()
    {
        var config = Read("""
            collections:
              papers:
                type: Paper
                fields:
                  tags: { values: [ai, ml], description: Closed tags. }
                  summary: { required: true, pattern: '^\S' }
                  publication_year: { type: year, min: 1990, max: 2030 }
                  title: { unique: true }
                  doi: { unique: true, required: true }
            """);

        Assert.Empty(config.Diagnostics);
        var papers = Assert.Single(config.Collections);
        Assert.Equal(PaperSchema.Collection.Fields.Select(f => f.Key), papers.Fields.Select(f => f.Key));
        var tags = papers.Find("tags")!;
        Assert.Equal(new[] { "ai", "ml" }, tags.Values);
        Assert.Equal("Closed tags.", tags.Description);
        Assert.Equal(PaperSchema.Collection.Find("tags")!.Taxonomy, tags.Taxonomy);
        Assert.Equal((true, @"^\S"), (papers.Find("summary")!.Required, papers.Find("summary")!.Pattern));
        Assert.Equal(("1990", "2030"), (papers.Find("publication_year")!.Min, papers.Find("publication_year")!.Max));
        Assert.True(papers.Find("title")!.Unique);
        Assert.Equal((true, true), (papers.Find("doi")!.Unique, papers.Find("doi")!.Required));
        Assert.Equal(PaperSchema.Collection.Find("date"), papers.Find("date"));
    }

    [Fact]
    public void Papers_entry_sets_the_folder_and_adds_body_rules()
    {
        var papers = Read("""
            collections:
              papers:
                folder: research/papers
                body:
                  required_sections: [Method, Summary]
                  sections: { Limitations: list, Key Findings: list }
            """).Collections[0];

        Assert.Equal("research/papers", papers.Folder);
        Assert.Equal(new[] { "Summary", "Key Findings", "Method" }, papers.Body.RequiredSections);
        Assert.Equal(new[] { new ListSection("Key Findings", "KeyFindings"), new ListSection("Limitations", "Limitations") }, papers.Body.ListSections);
    }

    [Fact]
    public void A_year_bound_from_papers_is_checked_in_documents()
    {
        var papers = Read("collections:\n  papers:\n    fields:\n      publication_year: { min: 2000 }\n").Collections[0];
        var text = "---\ntitle: \"T\"\ndate: 2024-01-10\nauthors: [\"A, B.\"]\npublication_year: 1999\n---\n\n## Summary\n\nS.\n\n## Key Findings\n\n- K.\n";

        var parsed = ContentGen.Parsing.DocumentParser.Parse(new ContentFile("/project/content/papers/a.md", "papers/a.md", text), papers);

        var outOfRange = Assert.Single(parsed.Diagnostics, d => d.Descriptor.Id == "CG0117");
        Assert.Equal("1999", outOfRange.Arguments[0]);
        Assert.Equal(4, outOfRange.Location!.Value.LineSpan.Start.Line);
    }

    // ---- Problems of the file, at their places -------------------------------------------------------------

    [Fact]
    public void Invalid_YAML_reports_CG0501_and_keeps_the_papers()
    {
        var config = Read("collections:\n  posts:\n    folder: a: b\n");

        Assert.Equal(new[] { "CG0501(3,14)" }, Places(config));
        Assert.Equal(Message(config, 0), "contentgen.yaml is not valid YAML: " + MessageTail(config));
        Assert.Equal(ConfigReader.Default.Collections, config.Collections);
    }

    [Fact]
    public void Two_YAML_documents_report_CG0501_at_the_second()
        => Assert.Equal(new[] { "CG0501(2,1)" }, Places(Read("collections: {}\n---\nx: 1\n")));

    [Fact]
    public void An_anchor_reports_CG0502_at_the_anchor()
    {
        var config = Read("collections:\n  posts: &a\n    folder: x\n");

        Assert.Equal(new[] { "CG0502(2,10)" }, Places(config));
        Assert.Equal("Anchors such as '&a' are not supported in contentgen.yaml: write the value out in full", Message(config, 0));
    }

    [Fact]
    public void Nesting_past_the_cap_reports_CG0503_at_the_bracket()
        => Assert.Equal(new[] { "CG0503(1,43)" }, Places(ConfigReader.Read(FilePath, "collections: {a: {fields: {x: {values: [[[[1]]]]}}}}\n", maxNestingDepth: 1)));

    [Fact]
    public void A_file_over_the_size_cap_reports_CG0504_and_is_not_read()
    {
        var config = Read("#" + new string('x', GeneratorOptions.DefaultMaxFileSize) + "\ncollections: { posts: {} }\n");

        Assert.Equal(new[] { "CG0504(1,1)" }, Places(config));
        Assert.Equal(ConfigReader.Default.Collections, config.Collections);
    }

    [Theory]
    [InlineData("- a\n- b\n", "CG0505(1,1)")]
    [InlineData("collections: [posts]\n", "CG0505(1,14)")]
    [InlineData("collections:\n  posts: posts\n", "CG0505(2,10)")]
    [InlineData("collections:\n  posts:\n    fields:\n      title: string\n", "CG0505(4,14)")]
    [InlineData("collections:\n  posts:\n    fields:\n      s: { type: enum, values: idea }\n", "CG0505(4,32)")]
    [InlineData("collections:\n  posts:\n    body: { required_sections: Summary }\n", "CG0505(3,32)")]
    public void A_value_of_the_wrong_shape_reports_CG0505_at_the_value(string yaml, string place)
        => Assert.Equal(new[] { place }, Places(Read(yaml)));

    [Fact]
    public void A_duplicate_key_reports_CG0506_at_the_second_naming_the_line_of_the_first()
    {
        var config = Read("collections:\n  posts:\n    folder: a\n    folder: b\n");

        Assert.Equal(new[] { "CG0506(4,5)" }, Places(config));
        Assert.Equal("The key 'folder' is already set on line 3: keep one of them", Message(config, 0));
        Assert.Equal("a", config.Collections[1].Folder);
    }

    [Theory]
    [InlineData("collection: {}\n", "CG0507(1,1)", "'collection' is not a key at the top of contentgen.yaml: did you mean 'collections'? remove it, or use one of 'collections'")]
    [InlineData("collections:\n  posts:\n    feilds: {}\n", "CG0507(3,5)", "'feilds' is not a key of the collection 'posts': did you mean 'fields'? remove it, or use one of 'folder', 'type', 'class', 'fields', 'body'")]
    [InlineData("collections:\n  posts:\n    fields:\n      title: { type: string, requird: true }\n", "CG0507(4,30)", null)]
    [InlineData("collections:\n  posts:\n    body: { sections: {}, required: [] }\n", "CG0507(3,27)", null)]
    public void An_unknown_key_or_rule_reports_CG0507_at_the_key(string yaml, string place, string? message)
    {
        var config = Read(yaml);

        Assert.Equal(new[] { place }, Places(config));
        if (message is not null)
        {
            Assert.Equal(message, Message(config, 0));
        }
    }

    [Fact]
    public void An_unknown_type_reports_CG0508_at_the_type_and_leaves_the_field_out()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      title: { type: strng }\n");

        Assert.Equal(new[] { "CG0508(4,22)" }, Places(config));
        Assert.StartsWith("The field 'posts.fields.title' has the unknown type 'strng': did you mean 'string'? write type: followed by one of string, text,", Message(config, 0), StringComparison.Ordinal);
        Assert.Equal(new[] { "draft" }, config.Collections[1].Fields.Select(f => f.Key));
    }

    [Theory]
    [InlineData("      title: { required: true }\n", "CG0508(4,7)")]
    [InlineData("      title: { type: list<list<string>> }\n", "CG0508(4,22)")]
    [InlineData("      title: { type: String }\n", "CG0508(4,22)")]
    public void A_missing_or_unknown_type_reports_CG0508(string field, string place)
        => Assert.Equal(new[] { place }, Places(Read("collections:\n  posts:\n    fields:\n" + field)));

    [Theory]
    [InlineData("      title: { type: string, min: 1 }\n", "CG0509(4,30)")]
    [InlineData("      tags: { type: list<string>, unique: true }\n", "CG0509(4,35)")]
    [InlineData("      on: { type: date, unique: true }\n", "CG0509(4,25)")]
    [InlineData("      url: { type: url, unique: true }\n", "CG0509(4,25)")]
    [InlineData("      name: { type: string, taxonomy: true }\n", "CG0509(4,29)")]
    [InlineData("      n: { type: int, values: [1, 2] }\n", "CG0509(4,23)")]
    [InlineData("      n: { type: int, pattern: '^1' }\n", "CG0509(4,23)")]
    [InlineData("      l: { type: list<int>, default: 1 }\n", "CG0509(4,29)")]
    [InlineData("      r: { type: ref:papers, default: x }\n", "CG0509(4,30)")]
    [InlineData("      n: { type: list<int>, min: 1 }\n", "CG0509(4,29)")]
    [InlineData("      t: { type: string, required: true, default: x }\n", "CG0509(4,42)")]
    [InlineData("      t: { type: string, unique: true, default: x }\n", "CG0509(4,40)")]
    public void A_rule_that_does_not_fit_the_type_reports_CG0509_at_the_rule(string field, string place)
        => Assert.Equal(new[] { place }, Places(Read("collections:\n  posts:\n    fields:\n" + field)));

    [Fact]
    public void A_rule_that_does_not_fit_says_why()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      title: { type: string, min: 1 }\n");

        Assert.Equal("The rule 'min' does not apply to 'posts.fields.title', a field of type string: min and max apply to single int, decimal, year, date and datetime fields; remove it", Message(config, 0));
        Assert.Null(config.Collections[1].Find("title")!.Min);
    }

    [Theory]
    [InlineData("      score: { type: int, default: abc }\n", "CG0510(4,36)", "The value of 'posts.fields.score.default' is not valid: 'abc' is not a valid value for 'score': write a whole number, unquoted, e.g. score: 3")]
    [InlineData("      score: { type: int, max: 5, default: 9 }\n", "CG0510(4,44)", "The value of 'posts.fields.score.default' is not valid: '9' is out of range for 'score': it must be at most 5")]
    [InlineData("      on: { type: date, default: 2024-02-30 }\n", "CG0510(4,34)", null)]
    [InlineData("      ok: { type: bool, default: yes }\n", "CG0510(4,34)", null)]
    [InlineData("      s: { type: enum, values: [a, b], default: c }\n", "CG0510(4,49)", null)]
    [InlineData("      s: { type: string, values: [a, b], default: c }\n", "CG0510(4,51)", null)]
    [InlineData("      s: { type: string, pattern: '^a', default: b }\n", "CG0510(4,50)", "The value of 'posts.fields.s.default' is not valid: 'b' does not match the field's pattern ^a; write a default that does")]
    [InlineData("      n: { type: int, min: x }\n", "CG0510(4,28)", null)]
    [InlineData("      t: { type: string, required: yes }\n", "CG0510(4,36)", "The value of 'posts.fields.t.required' is not valid: write true or false, unquoted (yes, no, on and off are not read as true or false)")]
    [InlineData("      s: { type: string, values: [a, A] }\n", "CG0510(4,38)", "The value of 'posts.fields.s.values' is not valid: 'A' is listed twice (items are compared ignoring case); remove one")]
    [InlineData("      s: { type: string, values: [] }\n", "CG0510(4,34)", null)]
    [InlineData("      draft: { type: string }\n", "CG0510(4,22)", null)]
    public void An_invalid_value_reports_CG0510_at_the_value(string field, string place, string? message)
    {
        var config = Read("collections:\n  posts:\n    fields:\n" + field);

        Assert.Equal(new[] { place }, Places(config));
        if (message is not null)
        {
            Assert.Equal(message, Message(config, 0));
        }
    }

    [Theory]
    [InlineData("collections:\n  posts:\n    folder: /abs\n", "CG0510(3,13)")]
    [InlineData("collections:\n  posts:\n    folder: ../outside\n", "CG0510(3,13)")]
    [InlineData("collections:\n  posts:\n    folder: '**/a/**/b/**'\n", "CG0510(3,13)")]
    [InlineData("collections:\n  posts:\n    body: { sections: { Notes: table } }\n", "CG0510(3,32)")]
    public void An_invalid_folder_or_section_kind_reports_CG0510(string yaml, string place)
        => Assert.Equal(new[] { place }, Places(Read(yaml)));

    [Fact]
    public void A_pattern_that_does_not_compile_reports_CG0511_at_the_pattern()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      isbn: { type: string, pattern: '(' }\n");

        Assert.Equal(new[] { "CG0511(4,38)" }, Places(config));
        Assert.StartsWith("The pattern of 'posts.fields.isbn.pattern' is not a valid .NET regular expression (", Message(config, 0), StringComparison.Ordinal);
        Assert.Null(config.Collections[1].Find("isbn")!.Pattern);
    }

    [Fact]
    public void A_reference_to_an_unknown_collection_reports_CG0512_with_did_you_mean()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      about: { type: list<ref:paprs> }\n");

        Assert.Equal(new[] { "CG0512(4,22)" }, Places(config));
        Assert.Equal("'paprs' in 'posts.fields.about.type' names no collection: did you mean 'papers'? the collections are 'papers', 'posts'", Message(config, 0));
        Assert.Null(config.Collections[1].Find("about"));
    }

    [Fact]
    public void A_reference_to_a_collection_left_out_for_its_errors_is_left_out_too()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      note: { type: ref:notes }\n  notes:\n    type: post\n");

        Assert.Equal(new[] { "CG0517(6,11)" }, Places(config));
        Assert.Equal(new[] { "papers", "posts" }, config.Collections.Select(c => c.Name));
        Assert.Null(config.Collections[1].Find("note"));
    }

    [Theory]
    [InlineData("      status: { type: enum }\n", "CG0513(4,7)")]
    [InlineData("      status: { type: enum, values: [] }\n", "CG0513(4,37)")]
    public void An_enum_without_values_reports_CG0513(string field, string place)
    {
        var config = Read("collections:\n  posts:\n    fields:\n" + field);

        Assert.Equal(new[] { place }, Places(config));
        Assert.Null(config.Collections[1].Find("status"));
    }

    [Theory]
    [InlineData("      status: { type: enum, values: [ok, \"!!\"] }\n", "CG0514(4,42)")]
    [InlineData("      status: { type: enum, values: [ok, post status] }\n", "CG0514(4,42)")]
    public void An_enum_value_that_gives_no_member_reports_CG0514_at_the_value(string field, string place)
        => Assert.Equal(new[] { place }, Places(Read("collections:\n  posts:\n    fields:\n" + field)));

    [Fact]
    public void Two_enum_values_giving_one_member_report_CG0515_at_the_second()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      status: { type: enum, values: [in review, in-review] }\n");

        Assert.Equal(new[] { "CG0515(4,49)" }, Places(config));
        Assert.Equal("The values 'in review' and 'in-review' of 'posts.fields.status' both become the enum member 'InReview': keep one of them, or spell them so that they differ in a letter or digit", Message(config, 0));
    }

    [Theory]
    [InlineData("collections:\n  posts: {}\n  notes:\n    folder: posts\n", "CG0516(4,13)", "notes")]
    [InlineData("collections:\n  posts: {}\n  notes:\n    folder: ./Posts/\n", "CG0516(4,13)", "notes")]
    [InlineData("collections:\n  posts:\n    folder: a/*\n  notes:\n    folder: A/*\n", "CG0516(5,13)", "notes")]
    [InlineData("collections:\n  drafts:\n    folder: '**/papers'\n", "CG0516(3,13)", "drafts")]
    public void Two_collections_in_one_folder_report_CG0516_and_the_second_is_left_out(string yaml, string place, string leftOut)
    {
        var config = Read(yaml);

        Assert.Equal(new[] { place }, Places(config));
        Assert.DoesNotContain(leftOut, config.Collections.Select(c => c.Name));
        Assert.Equal("papers", config.Collections[0].Name);
    }

    [Theory]
    [InlineData("collections:\n  \"my posts\": {}\n", "CG0517(2,3)")]
    [InlineData("collections:\n  2024: {}\n", "CG0517(2,3)")]
    [InlineData("collections:\n  posts:\n    type: post\n", "CG0517(3,11)")]
    [InlineData("collections:\n  posts:\n    class: My Posts\n", "CG0517(3,12)")]
    [InlineData("collections:\n  posts:\n    fields:\n      kind: { type: string, property: class }\n", "CG0517(4,39)")]
    [InlineData("collections:\n  posts:\n    fields:\n      \"!!\": { type: string }\n", "CG0517(4,7)")]
    [InlineData("collections:\n  posts:\n    fields:\n      taxonomies: { type: list<string>, taxonomy: true }\n", "CG0517(4,7)")]
    [InlineData("collections:\n  posts:\n    body: { sections: { \"???\": list } }\n", "CG0517(3,25)")]
    public void An_invalid_name_reports_CG0517(string yaml, string place)
        => Assert.Equal(new[] { place }, Places(Read(yaml)));

    [Theory]
    [InlineData("collections:\n  posts: {}\n  articles:\n    type: Post\n", "CG0518(4,11)")]
    [InlineData("collections:\n  posts: {}\n  articles:\n    class: PostSection\n", "CG0518(4,12)")]
    [InlineData("collections:\n  posts: {}\n  articles:\n    class: POSTS\n", "CG0518(4,12)")]
    [InlineData("collections:\n  paper_sections: {}\n", "CG0518(2,3)")]
    [InlineData("collections:\n  taxonomy: {}\n", "CG0518(2,3)")]
    [InlineData("collections:\n  runtime:\n    type: ContentGenRuntime\n", "CG0518(3,11)")]
    [InlineData("collections:\n  news:\n    type: News\n    class: News\n", "CG0518(4,12)")]
    [InlineData("collections:\n  items:\n    class: All\n", "CG0518(3,12)")]
    [InlineData("collections:\n  posts:\n    fields:\n      status: { type: enum, values: [a] }\n  statuses:\n    type: PostStatus\n", "CG0518(4,7)")]
    public void A_generated_type_name_that_is_taken_reports_CG0518(string yaml, string place)
        => Assert.Equal(new[] { place }, Places(Read(yaml)));

    [Fact]
    public void An_enum_may_differ_from_a_class_by_case_alone()
    {
        // PostS (the enum of posts.s) and Posts (the class): distinct C# names, and an enum has no file of its own.
        var field = Posts("collections:\n  posts:\n    fields:\n      s: { type: enum, values: [a] }\n").Find("s")!;

        Assert.Equal("PostS", field.EnumName);
    }

    [Fact]
    public void A_taken_record_name_says_whose_it_is_and_leaves_the_collection_out()
    {
        var config = Read("collections:\n  posts: {}\n  articles:\n    type: Post\n");

        Assert.Equal("The record 'Post' of 'articles' is already the record of 'posts': name the record with type:", Message(config, 0));
        Assert.Equal(new[] { "papers", "posts" }, config.Collections.Select(c => c.Name));
    }

    [Theory]
    [InlineData("      html: { type: string }\n", "CG0519(5,7)")]
    [InlineData("      slug: { type: string }\n", "CG0519(5,7)")]
    [InlineData("      body: { type: text }\n", "CG0519(5,7)")]
    [InlineData("      to_string: { type: string }\n", "CG0519(5,7)")]
    [InlineData("      post: { type: string }\n", "CG0519(5,7)")]
    [InlineData("      a: { type: string, property: Title }\n      title: { type: string }\n", "CG0519(6,7)")]
    [InlineData("      x: { type: string, property: Draft }\n", "CG0519(5,36)")]
    [InlineData("      key-points: { type: string }\n", "CG0519(5,7)")]
    [InlineData("      topics: { type: list<string>, taxonomy: true }\n      topic: { type: list<string>, taxonomy: true, property: Topic2 }\n", "CG0519(6,36)")]
    public void A_property_or_lookup_that_is_taken_reports_CG0519(string fields, string place)
        => Assert.Equal(new[] { place }, Places(Read("collections:\n  posts:\n    body: { sections: { Key Points: list } }\n    fields:\n" + fields)));

    [Fact]
    public void A_taken_property_says_whose_it_is_and_leaves_the_field_out()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      html: { type: string }\n");

        Assert.Equal("The property 'Html' of 'posts.fields.html' is already a member of every record (the body: Markdown, Html, PlainText, Sections, WordCount, ReadingTime): name the property with property:, e.g. property: HtmlValue", Message(config, 0));
        Assert.Null(config.Collections[1].Find("html"));
    }

    [Fact]
    public void Two_taxonomies_with_one_class_from_different_keys_report_CG0520_at_the_second()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      deception-types: { type: list<string>, taxonomy: true }\n");

        Assert.Equal(new[] { "CG0520(4,46)" }, Places(config));
        Assert.Equal("The taxonomy 'posts.fields.deception-types' maps to the class Taxonomies.DeceptionTypes, which is already the class of the taxonomy 'papers.fields.deception_types': use the same key for both, so they are one taxonomy, or rename one", Message(config, 0));
        Assert.Null(config.Collections[1].Find("deception-types")!.Taxonomy);
    }

    [Fact]
    public void Min_above_max_reports_CG0521_at_the_min()
    {
        var config = Read("collections:\n  posts:\n    fields:\n      rating: { type: int, min: 5, max: 1 }\n");

        Assert.Equal(new[] { "CG0521(4,33)" }, Places(config));
        Assert.Equal("The min of 'posts.fields.rating' (5) is greater than its max (1): swap them", Message(config, 0));
        Assert.Equal((null, null), (config.Collections[1].Find("rating")!.Min, config.Collections[1].Find("rating")!.Max));
    }

    [Fact]
    public void Min_above_max_compares_dates_as_dates()
        => Assert.Equal(new[] { "CG0521(4,30)" }, Places(Read("collections:\n  posts:\n    fields:\n      on: { type: date, min: 2024-02-01, max: 2024-01-31 }\n")));

    [Theory]
    [InlineData("    type: Article\n", "CG0522(3,11)")]
    [InlineData("    class: Articles\n", "CG0522(3,12)")]
    [InlineData("    fields:\n      title: { type: text }\n", "CG0522(4,22)")]
    [InlineData("    fields:\n      title: { required: false }\n", "CG0522(4,26)")]
    [InlineData("    fields:\n      doi: { unique: false }\n", "CG0522(4,22)")]
    [InlineData("    fields:\n      authors: { taxonomy: true }\n", "CG0522(4,18)")]
    [InlineData("    fields:\n      summary: { default: x }\n", "CG0522(4,18)")]
    [InlineData("    fields:\n      title: { property: Name }\n", "CG0522(4,16)")]
    public void Renaming_or_loosening_the_built_in_papers_reports_CG0522(string entry, string place)
    {
        var config = Read("collections:\n  papers:\n" + entry);

        Assert.Equal(new[] { place }, Places(config));
        Assert.Equal(PaperSchema.Collection, config.Collections[0]);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once_and_the_rest_is_read()
    {
        var config = Read("""
            collections:
              posts:
                fields:
                  title: { type: strng }
                  rating: { type: int, min: 5, max: 1 }
                  ok: { type: string }
              notes:
                feilds: {}
            """);

        Assert.Equal(new[] { "CG0508(4,22)", "CG0521(5,33)", "CG0507(8,5)" }, Places(config));
        Assert.Equal(new[] { "papers", "posts", "notes" }, config.Collections.Select(c => c.Name));
        Assert.Equal(new[] { "rating", "ok", "draft" }, config.Collections[1].Fields.Select(f => f.Key));
    }

    [Theory]
    [InlineData("collections: !!map {}\n")]
    [InlineData("collections:\n  posts: *x\n")]
    [InlineData("collections:\n  ? [a]\n  : b\n")]
    [InlineData("\0\u0001collections:\t{\n")]
    [InlineData("collections:\n  posts:\n    fields:\n      x: { type: \"list<ref:>\" }\n")]
    [InlineData("collections:\n  posts:\n    fields:\n      x: { type: string, pattern: '(a+)+$', default: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! }\n")]
    public void Hostile_input_never_throws_and_keeps_the_papers(string yaml)
    {
        var config = Read(yaml);

        Assert.Equal(PaperSchema.Collection, config.Collections[0]);
        Assert.NotEmpty(config.Diagnostics);
        Assert.All(config.Diagnostics, d => Assert.Equal(FilePath, d.Location!.Value.FilePath));
    }

    private static ContentConfig Read(string yaml) => ConfigReader.Read(FilePath, yaml.Replace("\r\n", "\n", StringComparison.Ordinal), GeneratorOptions.DefaultMaxNestingDepth);

    private static CollectionSpec Posts(string yaml)
    {
        var config = Read(yaml);
        Assert.Empty(config.Diagnostics);
        return config.Collections.Single(c => c.Name == "posts");
    }

    /// <summary>Each diagnostic as <c>ID(line,column)</c>, 1-based as printed by the build, in the order reported.</summary>
    private static IEnumerable<string> Places(ContentConfig config)
        => config.Diagnostics.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Descriptor.Id}({d.Location!.Value.LineSpan.Start.Line + 1},{d.Location.Value.LineSpan.Start.Character + 1})"));

    private static string Message(ContentConfig config, int index) => config.Diagnostics[index].ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);

    private static string MessageTail(ContentConfig config) => Message(config, 0)["contentgen.yaml is not valid YAML: ".Length..];
}
