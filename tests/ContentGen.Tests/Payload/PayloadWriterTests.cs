using ContentGen.Payload;
using CsCheck;
using Xunit;

namespace ContentGen.Tests.Payload;

public class PayloadWriterTests
{
    [Fact]
    public void The_measured_length_of_a_number_is_what_writing_it_takes()
        => Gen.OneOf(Gen.Long[0, long.MaxValue], Gen.Long[0, 1 << 22], Gen.OneOfConst(0L, 127L, 128L, 16_383L, 16_384L, long.MaxValue)).Sample(
            value =>
            {
                var writer = new PayloadWriter();
                writer.WriteLong(value);
                Assert.Equal(writer.Length, PayloadWriter.VariableLength(value));
            },
            iter: 10_000);

    [Fact]
    public void What_was_written_is_the_writers_bytes_without_a_copy_and_as_ToArray_gives_them()
    {
        var writer = new PayloadWriter(4);
        writer.WriteString("sleeper agents");
        writer.WriteInt(300);

        var written = writer.Written;

        Assert.Equal(writer.ToArray(), written.ToArray());
        Assert.Same(written.Array, writer.Written.Array);
    }
}
