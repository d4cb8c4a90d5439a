using System;
using System.IO;
using System.Text;

namespace ContentGen.Payload;

/// <summary>
/// Writes the binary data the generated code reads back at run time: integers as 7-bit encoded values and strings as
/// a 7-bit byte length and UTF-8, the format of <c>System.IO.BinaryReader.Read7BitEncodedInt</c> and
/// <c>ReadString</c>. The generated code never parses text at run time, it only reads these numbers and strings back.
/// </summary>
internal sealed class PayloadWriter
{
    /// <summary>Strict UTF-8: a lone surrogate throws (and becomes CG0901) instead of silently turning into U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly MemoryStream _stream;
    private byte[] _buffer = new byte[256];

    public PayloadWriter(int capacity = 1024) => _stream = new MemoryStream(capacity);

    public long Length => _stream.Length;

    public void WriteInt(int value) => WriteLong(value);

    /// <summary>A signed number, zigzag-encoded (0, -1, 1, -2, ... → 0, 1, 2, 3, ...) so small negatives stay short.</summary>
    public void WriteSignedInt(int value) => WriteVariable((uint)((value << 1) ^ (value >> 31)));

    /// <summary>A non-negative 64-bit number, 7-bit encoded.</summary>
    public void WriteLong(long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Only non-negative numbers are written.");
        }

        WriteVariable((ulong)value);
    }

    public void WriteBool(bool value) => _stream.WriteByte(value ? (byte)1 : (byte)0);

    public void WriteString(string value)
    {
        var count = Encode(value);
        WriteInt(count);
        _stream.Write(_buffer, 0, count);
    }

    /// <summary>How many bytes a non-negative number takes, 7-bit encoded (<see cref="WriteLong"/>).</summary>
    public static int VariableLength(long value)
    {
        var length = 1;
        while ((ulong)value >= 0x80)
        {
            value = (long)((ulong)value >> 7);
            length++;
        }

        return length;
    }

    /// <summary>How many bytes <see cref="WriteUtf8"/> writes for <paramref name="value"/>.</summary>
    public static int Utf8Length(string value) => StrictUtf8.GetByteCount(value);

    /// <summary>The UTF-8 of <paramref name="value"/>, without its length.</summary>
    public void WriteUtf8(string value)
    {
        // Encoding first: it may replace the buffer with a larger one.
        var count = Encode(value);
        _stream.Write(_buffer, 0, count);
    }

    /// <summary>Encodes <paramref name="value"/> into the buffer once (no separate count) and returns how many bytes it took.</summary>
    private int Encode(string value)
    {
        var most = StrictUtf8.GetMaxByteCount(value.Length);
        if (_buffer.Length < most)
        {
            _buffer = new byte[Math.Max(most, _buffer.Length * 2)];
        }

        return StrictUtf8.GetBytes(value, 0, value.Length, _buffer, 0);
    }

    /// <summary>Seven bits a byte, low bits first, the high bit set on every byte but the last.</summary>
    private void WriteVariable(ulong value)
    {
        while (value >= 0x80)
        {
            _stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        _stream.WriteByte((byte)value);
    }

    /// <summary>Writes, as they are, the bytes written so far to <paramref name="other"/>.</summary>
    public void WriteBytes(PayloadWriter other) => other._stream.WriteTo(_stream);

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => _stream.ToArray();

    /// <summary>What has been written, in the writer's own buffer (not a copy): valid until the next write.</summary>
    public ArraySegment<byte> Written => new(_stream.GetBuffer(), 0, (int)_stream.Length);
}
