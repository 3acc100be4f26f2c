package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The physical lines made logical lines, by layout alone, so that every source's variants of a
 * block's first line reach the classifier in one form. A label printed on a line of its own — "A."
 * then the recital on the next line (EUR-Lex's plain and Official Journal views), "— |" then the
 * citation (its table view), "1." with trailing spaces, a lone "–" — is one logical line with the
 * text it labels: its marker runs from the label through the line break and any blank lines to the
 * text, so that marker and text still render the source exactly.
 *
 * <p>A logical line is one token of the layout grammar, spanning the physical lines it joins; a
 * line that joins nothing keeps its physical token.
 */
public final class LogicalLines {
  /** The most blank lines between a label on its own and its text. */
  private static final int MAX_BLANKS = 2;

  /** The longest text a line holding a label alone can have (indentation, label, bar). */
  private static final int MAX_LONE = 24;

  /** Opening quotes and brackets a labelled text may start with. */
  private static final String OPENINGS = "(«„“‘'\"[";

  /** The logical lines and their tokens (EOF last), index for index. */
  public record Lines(List<SourceLine> lines, List<Token> tokens) {}

  private LogicalLines() {}

  /** The logical lines of {@code text}, from its physical line tokens (EOF last). */
  public static Lines of(String text, List<Token> physical) {
    int count = physical.size() - 1;
    List<SourceLine> lines = new ArrayList<>(count);
    List<Token> tokens = new ArrayList<>(count + 1);
    int lineNumber = 1;
    for (int i = 0; i < count; ) {
      Token token = physical.get(i);
      SourceLine line = line(text, token, lineNumber);
      int type = loneLabelType(text, line);
      int next = type < 0 ? -1 : labelledText(text, physical, i + 1, type);
      if (next < 0) {
        if (type >= 0 && type != line.type() && onlyBlanksAfter(physical, i + 1)) {
          // The text ends on a label ("1." cut before its paragraph): the item, without text.
          line = SourceLine.of(text, type, lineNumber, start(token), end(token));
          CommonToken item = new CommonToken(token);
          item.setType(type);
          token = item;
        }
        lines.add(line);
        tokens.add(token);
        lineNumber++;
        i++;
        continue;
      }
      SourceLine label =
          type == line.type()
              ? line
              : SourceLine.of(text, type, lineNumber, start(token), end(token));
      Token last = physical.get(next);
      SourceLine labelled = line(text, last, lineNumber + next - i);
      lines.add(SourceLine.labelled(text, label, labelled));
      CommonToken joined = new CommonToken(token);
      joined.setType(type);
      joined.setStopIndex(last.getStopIndex());
      tokens.add(joined);
      lineNumber += next - i + 1;
      i = next + 1;
    }
    tokens.add(physical.get(count));
    // Most texts join nothing: their physical tokens are their logical ones.
    return new Lines(lines, tokens.size() == physical.size() ? physical : tokens);
  }

  /** Whether nothing but blank lines stands from {@code from} to the end (EOF last). */
  private static boolean onlyBlanksAfter(List<Token> physical, int from) {
    for (int j = from; j < physical.size() - 1; j++) {
      if (physical.get(j).getType() != LayoutLexer.BLANK_LINE) {
        return false;
      }
    }
    return true;
  }

  private static SourceLine line(String text, Token token, int lineNumber) {
    return SourceLine.of(text, token.getType(), lineNumber, start(token), end(token));
  }

  private static int start(Token token) {
    return token.getStartIndex();
  }

  private static int end(Token token) {
    return token.getStopIndex() + 1;
  }

  /**
   * The item type of a line that holds a label and nothing else (but spaces and a table cell's
   * bar): "A.", "12.", "1a.", "–", "•", "(a)", "a)", "(1)", "[1]", "— |"; -1 for any other line.
   */
  static int loneLabelType(String text, SourceLine line) {
    int type = line.type();
    if (type == LayoutLexer.BLANK_LINE || line.text().length() > MAX_LONE) {
      // Most lines: a lone label is a few characters, its indentation and a bar.
      return -1;
    }
    if (type != LayoutLexer.TEXT_LINE) {
      String rest = layoutStrip(line.text());
      boolean item =
          HeadClassifier.isItem(type)
              || type == LayoutLexer.POINT_ITEM
              || type == LayoutLexer.NOTE_ITEM;
      return item && (rest.isEmpty() || rest.equals("|")) ? type : -1;
    }
    String t = withoutBar(layoutStrip(line.text()));
    int n = t.length();
    if (n == 0 || n > 6) {
      return -1;
    }
    char first = t.charAt(0);
    if (n == 1) {
      return LineTokenSource.isDash(first) ? LayoutLexer.DASH_ITEM : -1;
    }
    char last = t.charAt(n - 1);
    String inner = t.substring(0, n - 1);
    if (last == '.') {
      return letters(inner)
          ? LayoutLexer.LETTER_ITEM
          : isNumberLabel(inner) ? LayoutLexer.NUMBER_ITEM : -1;
    }
    if (last == ')' && first == '(' && n > 2) {
      String label = t.substring(1, n - 1);
      return digits(label) ? LayoutLexer.NOTE_ITEM : lowers(label) ? LayoutLexer.POINT_ITEM : -1;
    }
    if (last == ']' && first == '[' && n > 2) {
      return digits(t.substring(1, n - 1)) ? LayoutLexer.NOTE_ITEM : -1;
    }
    return last == ')' && lowers(inner) ? LayoutLexer.POINT_ITEM : -1;
  }

  /**
   * The index of the line a lone label labels: the next line that is not blank, after at most
   * {@value #MAX_BLANKS} blank ones, if it is plain text opening with a letter, a quote or a
   * bracket, or under a letter or number label with a figure (not another label, not a table's
   * figure under a dash); else -1.
   */
  private static int labelledText(String text, List<Token> physical, int from, int type) {
    int last = Math.min(physical.size() - 1, from + MAX_BLANKS + 1);
    for (int j = from; j < last; j++) {
      Token token = physical.get(j);
      if (token.getType() == LayoutLexer.BLANK_LINE) {
        continue;
      }
      if (token.getType() != LayoutLexer.TEXT_LINE) {
        return -1;
      }
      int start = start(token);
      int end = end(token);
      int i = start;
      while (i < end && LineTokenSource.isSpace(text.charAt(i))) {
        i++;
      }
      char c = i < end ? text.charAt(i) : '\n';
      // A paragraph may open with a figure ("24 hours …"); under a lone dash a figure is a
      // table's, not a citation's.
      boolean figure = Character.isDigit(c) && type != LayoutLexer.DASH_ITEM;
      boolean opens = Character.isLetter(c) || OPENINGS.indexOf(c) >= 0 || figure;
      boolean lone =
          opens
              && loneLabelType(text, SourceLine.of(text, LayoutLexer.TEXT_LINE, 1, start, end))
                  >= 0;
      return opens && !lone ? j : -1;
    }
    return -1;
  }

  /** The text without a table cell's closing bar: "A. |" is "A.". */
  private static String withoutBar(String text) {
    return text.endsWith("|") ? layoutStrip(text.substring(0, text.length() - 1)) : text;
  }

  /** The text without the spaces the layout knows (space, tab, no-break space) at either end. */
  private static String layoutStrip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && LineTokenSource.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && LineTokenSource.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean letters(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean upper =
          (c >= 'A' && c <= 'Z')
              || (c >= '\u0391' && c <= '\u03A9')
              || (c >= '\u0410' && c <= '\u042F');
      if (!upper) {
        return false;
      }
    }
    return true;
  }

  /** "12", "1a": digits and at most one Latin small letter after them. */
  private static boolean isNumberLabel(String s) {
    int n = s.length();
    boolean letter = n > 1 && s.charAt(n - 1) >= 'a' && s.charAt(n - 1) <= 'z';
    return digits(letter ? s.substring(0, n - 1) : s);
  }

  private static boolean digits(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean lowers(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lower =
          (c >= 'a' && c <= 'z')
              || (c >= '\u03B1' && c <= '\u03C9')
              || (c >= '\u0430' && c <= '\u044F');
      if (!lower) {
        return false;
      }
    }
    return true;
  }
}
