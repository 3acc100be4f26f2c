package io.github.epres.cli;

import io.github.epres.ResolutionParser;
import io.github.epres.internal.votes.ListRoots;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file holds, told from its first bytes, so that a command given the wrong kind of file can
 * say which one it is and which command reads it: a resolution's text, an EP web page, the
 * sitting's voting list ({@code <file>}), its roll-call results ({@code <PV.RollCallVoteResults>}),
 * or some other XML document (one that starts with an XML declaration). A text that starts with a
 * tag-like marker, as copies of older doceo pages do ({@code <NoDocSe>}), is still a text.
 */
enum InputKind {
  TEXT("a resolution's text"),
  HTML("a web page"),
  VOTING_LIST("a voting list"),
  ROLL_CALL_LIST("a roll-call list"),
  OTHER_XML("an XML document");

  /** How much of a file is looked at: declarations, comments and a doctype fit easily. */
  private static final int HEAD_BYTES = 4096;

  /** What it is, as a message says it: "this is a voting list". */
  final String description;

  InputKind(String description) {
    this.description = description;
  }

  static InputKind of(byte[] bytes) {
    String head = head(bytes);
    if (ResolutionParser.looksLikeHtml(head)) {
      return HTML;
    }
    String start = head.stripLeading();
    boolean declared = start.startsWith("<?xml");
    int at = 0;
    while (at < start.length() && start.charAt(at) == '<') {
      if (start.startsWith("<?", at) || start.startsWith("<!", at)) {
        int end = start.indexOf('>', at);
        if (end < 0) {
          return declared ? OTHER_XML : TEXT;
        }
        if (start.regionMatches(true, at, "<!doctype html", 0, 14)) {
          return HTML;
        }
        at = skipSpace(start, end + 1);
      } else {
        return root(rootName(start, at + 1), declared);
      }
    }
    return TEXT;
  }

  private static InputKind root(String name, boolean declared) {
    String local = name.substring(name.indexOf(':') + 1);
    return switch (local) {
      case ListRoots.VOTING_LIST -> VOTING_LIST;
      case ListRoots.ROLL_CALL_LIST -> ROLL_CALL_LIST;
      default -> local.toLowerCase(Locale.ROOT).equals("html") ? HTML : declared ? OTHER_XML : TEXT;
    };
  }

  private static String rootName(String text, int from) {
    int end = from;
    while (end < text.length() && isNameChar(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':';
  }

  private static int skipSpace(String text, int from) {
    int at = from;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** The first bytes as text, in the encoding a byte-order mark names (UTF-8 without one). */
  private static String head(byte[] bytes) {
    int length = Math.min(bytes.length, HEAD_BYTES);
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    }
    return new String(bytes, skip, length - skip, charset);
  }
}
