using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ContentGen.Input;
using ContentGen.Model;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ContentGen.Tests.Generator;

public sealed class OptionsTests
{
    [Fact]
    public void Every_property_the_generator_reads_is_made_visible_to_the_compiler_by_the_package()
    {
        var recorder = new RecordingProvider();
        OptionsReader.Read(recorder);
        var props = XDocument.Load(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "Generator", "build", "ContentGen.props"));
        var visible = props.Descendants("CompilerVisibleProperty").Select(e => "build_property." + (string)e.Attribute("Include")!).ToHashSet();

        Assert.Contains("build_property.ContentGenPaperProperties", recorder.Keys);
        Assert.DoesNotContain(recorder.Keys, key => !visible.Contains(key));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("yes", null)]
    [InlineData("true", true)]
    [InlineData(" TRUE", true)]
    [InlineData("FALSE", false)]
    [InlineData(" false ", false)]
    public void ContentGenPaperProperties_is_true_or_false_as_set_and_automatic_otherwise(string? value, bool? expected)
    {
        var properties = new Dictionary<string, string>();
        if (value is not null)
        {
            properties["ContentGenPaperProperties"] = value;
        }

        Assert.Equal(expected, OptionsReader.Read(new TestOptionsProvider(properties)).PaperProperties);
    }

    private sealed class RecordingProvider : AnalyzerConfigOptionsProvider
    {
        private readonly RecordingOptions _options = new();

        public IReadOnlyCollection<string> Keys => _options.Asked;

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class RecordingOptions : AnalyzerConfigOptions
        {
            public HashSet<string> Asked { get; } = new();

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                Asked.Add(key);
                value = null;
                return false;
            }
        }
    }
}
