namespace ContentGen;

/// <summary>The name of every pipeline stage, for <c>WithTrackingName</c> and the step-tracking tests.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string TargetSupport = nameof(TargetSupport);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string Supported = nameof(Supported);
    public const string LineDirectives = nameof(LineDirectives);
    public const string Namespace = nameof(Namespace);
    public const string ConfigFiles = nameof(ConfigFiles);
    public const string ConfigFileFound = nameof(ConfigFileFound);
    public const string ConfigLimits = nameof(ConfigLimits);
    public const string ConfigFile = nameof(ConfigFile);
    public const string Config = nameof(Config);
    public const string Collections = nameof(Collections);
    public const string ContentRoot = nameof(ContentRoot);
    public const string Selection = nameof(Selection);
    public const string SelectFiles = nameof(SelectFiles);
    public const string ParseLimits = nameof(ParseLimits);
    public const string ParseSettings = nameof(ParseSettings);
    public const string Parse = nameof(Parse);
    public const string FileDiagnostics = nameof(FileDiagnostics);
    public const string AllFileDiagnostics = nameof(AllFileDiagnostics);
    public const string IndexEntry = nameof(IndexEntry);
    public const string GeneratedIndexEntry = nameof(GeneratedIndexEntry);
    public const string IndexEntries = nameof(IndexEntries);
    public const string ParseBib = nameof(ParseBib);
    public const string BibFileFound = nameof(BibFileFound);
    public const string BibFiles = nameof(BibFiles);
    public const string Bibliography = nameof(Bibliography);
    public const string BibDiagnostics = nameof(BibDiagnostics);
    public const string Citations = nameof(Citations);
    public const string CitationDiagnostics = nameof(CitationDiagnostics);
    public const string AllCitationDiagnostics = nameof(AllCitationDiagnostics);
    public const string BibSettings = nameof(BibSettings);
    public const string BibFill = nameof(BibFill);
    public const string Related = nameof(Related);
    public const string Catalog = nameof(Catalog);
    public const string Taxonomies = nameof(Taxonomies);
    public const string BodyKey = nameof(BodyKey);
    public const string RenderedBodyKey = nameof(RenderedBodyKey);
    public const string BodyKeys = nameof(BodyKeys);
    public const string BodyOptions = nameof(BodyOptions);
    public const string BodyManifest = nameof(BodyManifest);
    public const string LookupCatalogs = nameof(LookupCatalogs);
    public const string CitationLinks = nameof(CitationLinks);
}
