using System;
using System.Reflection;
using ContentGen.Tests.Infrastructure;
using Xunit;

namespace ContentGen.Tests.Runtime;

/// <summary>The generated run time reading bodies from the resource the build step wrote, and refusing the wrong one.</summary>
public class BodyStoreTests
{
    private const string Probe = "internal static class Probe { public static string Html() => TestApp.Papers.A.Html; }";

    private static GeneratorOutput Generate(string body)
        => GeneratorHarness.Run(new[] { GeneratorHarness.Paper("a.md", PaperText.Create(body: body)) }, null, Probe);

    [Fact]
    public void A_body_is_read_from_the_resource_the_build_step_writes()
        => Assert.Contains("<p>Read from the resource.</p>", Generate("## Summary\n\nRead from the resource.\n").Execute("Probe", "Html"), StringComparison.Ordinal);

    [Fact]
    public void A_resource_written_for_other_content_is_refused_with_an_exception_that_says_rebuild()
    {
        var built = Generate("## Summary\n\nThe body the code was generated with.\n");
        var stale = Generate("## Summary\n\nA body edited after that.\n").BodyResource();

        var exception = Assert.Throws<TargetInvocationException>(() => built.Execute<string>("Probe", "Html", stale)).InnerException;

        var refused = Assert.IsType<InvalidOperationException>(exception);
        Assert.Contains("are not the ones its generated code was compiled with", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Rebuild the project", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_built_without_the_build_step_says_so_when_a_body_is_read()
    {
        var built = Generate("## Summary\n\nBody.\n");

        var exception = Assert.Throws<TargetInvocationException>(() => built.Execute<string>("Probe", "Html", bodyResource: null)).InnerException;

        Assert.Contains("has no ContentGen.Bodies resource", Assert.IsType<InvalidOperationException>(exception).Message, StringComparison.Ordinal);
    }
}
