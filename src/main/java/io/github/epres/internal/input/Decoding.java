package io.github.epres.internal.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-16 (either byte order) when a byte-order mark says so,
 * otherwise UTF-8 (with or without its mark). A byte-order mark is kept as U+FEFF, which the model
 * records. Bytes that are not UTF-8 (a Windows-1257 Latvian file, say) are never turned silently
 * into other letters: the result says where the first one is, and carries U+FFFD in its place.
 */
public final class Decoding {
  private Decoding() {}

  /**
   * The decoded text.
   *
   * @param text the characters, with U+FFFD for undecodable bytes
   * @param charset the encoding used
   * @param badByte the offset of the first undecodable byte, or -1
   */
  public record Decoded(String text, Charset charset, long badByte) {}

  public static Decoded decode(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, StandardCharsets.UTF_16LE, 2);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, StandardCharsets.UTF_16BE, 2);
    }
    return strict(bytes, StandardCharsets.UTF_8, 0);
  }

  /** Decodes after the {@code skip} bytes of a UTF-16 mark, which is put back as U+FEFF. */
  private static Decoded strict(byte[] bytes, Charset charset, int skip) {
    String mark = skip > 0 ? "\uFEFF" : "";
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
      return new Decoded(mark + chars, charset, -1);
    } catch (CharacterCodingException e) {
      String replaced = new String(bytes, skip, bytes.length - skip, charset);
      return new Decoded(mark + replaced, charset, firstBadByte(bytes, skip, charset));
    }
  }

  private static long firstBadByte(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length + 2);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
