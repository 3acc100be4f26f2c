package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A hand-written equivalent of {@link LayoutLexer}: the same tokens, found by scanning each line
 * once instead of running ANTLR's lexer simulator, which caches DFA edges only for ASCII and so
 * crawls through Latvian, Greek or Bulgarian text. {@code LineTokenSourceTest} checks, over every
 * fixture and over generated documents, that both produce the same token stream.
 *
 * <p>Every LayoutLexer rule runs to the end of the line, so the longest match is always the whole
 * line and the first rule that accepts it wins: dash item, letter item, number item, point item,
 * note item, blank, text. Token offsets are in UTF-16 units of the source string; token text is cut
 * only when asked for. Token lines count {@code \n} only, as ANTLR's lexer does; the model numbers
 * lines itself.
 */
public final class LineTokenSource implements TokenSource {
  private final String text;
  private final Pair<TokenSource, CharStream> source = new Pair<>(this, null);
  private int position;
  private int line = 1;
  // Where the next \n and \r are, found with String.indexOf (vectorised by the JIT) and kept
  // until passed: lines are long, and a text rarely holds both terminators.
  private int nextNewline = -1;
  private int nextReturn = -1;

  public LineTokenSource(String text) {
    this.text = text;
  }

  @Override
  public Token nextToken() {
    int start = position;
    if (start >= text.length()) {
      return token(Token.EOF, start, start - 1);
    }
    if (nextNewline < start) {
      nextNewline = indexOf('\n', start);
    }
    if (nextReturn < start) {
      nextReturn = indexOf('\r', start);
    }
    int end = Math.min(nextNewline, nextReturn);
    int next = end;
    if (next < text.length()) {
      next +=
          text.charAt(next) == '\r' && next + 1 < text.length() && text.charAt(next + 1) == '\n'
              ? 2
              : 1;
    }
    position = next;
    Token token = token(classify(start, end), start, next - 1);
    if (text.charAt(next - 1) == '\n') {
      line++;
    }
    return token;
  }

  private int indexOf(char c, int from) {
    int index = text.indexOf(c, from);
    return index < 0 ? text.length() : index;
  }

  /** The token type of the line from {@code start} to {@code end} (its terminator excluded). */
  private int classify(int start, int end) {
    int i = start;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    if (i == end) {
      return LayoutLexer.BLANK_LINE;
    }
    char c = text.charAt(i);
    if (isDash(c)) {
      return spaceAt(i + 1, end) ? LayoutLexer.DASH_ITEM : LayoutLexer.TEXT_LINE;
    }
    if (isUpper(c)) {
      int j = i + 1;
      while (j < end && j - i < 4 && isUpper(text.charAt(j))) {
        j++;
      }
      return j - i <= 3 && labelEnd(j, end) ? LayoutLexer.LETTER_ITEM : LayoutLexer.TEXT_LINE;
    }
    if (isDigit(c)) {
      int j = digitsEnd(i, end);
      if (j < end && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
        j++;
      }
      return labelEnd(j, end) ? LayoutLexer.NUMBER_ITEM : LayoutLexer.TEXT_LINE;
    }
    if (c == '(' || c == '[') {
      return bracketed(i, end);
    }
    if (isLower(c)) {
      int j = lowersEnd(i, end);
      return j - i <= 4 && closedAt(j, ')', end) ? LayoutLexer.POINT_ITEM : LayoutLexer.TEXT_LINE;
    }
    return LayoutLexer.TEXT_LINE;
  }

  /** "(a) …" is a point, "(1) …" and "[1] …" are footnotes; anything else in brackets is text. */
  private int bracketed(int i, int end) {
    char closing = text.charAt(i) == '(' ? ')' : ']';
    int j = digitsEnd(i + 1, end);
    if (j > i + 1) {
      // "(1) OJ …", or "(1)EUVL …" with the number glued to the note's first letter.
      boolean glued =
          j + 1 < end && text.charAt(j) == closing && Character.isLetter(text.charAt(j + 1));
      return glued || closedAt(j, closing, end) ? LayoutLexer.NOTE_ITEM : LayoutLexer.TEXT_LINE;
    }
    j = lowersEnd(i + 1, end);
    boolean point = closing == ')' && j > i + 1 && j - i - 1 <= 4 && closedAt(j, ')', end);
    return point ? LayoutLexer.POINT_ITEM : LayoutLexer.TEXT_LINE;
  }

  private int digitsEnd(int i, int end) {
    int j = i;
    while (j < end && isDigit(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private int lowersEnd(int i, int end) {
    int j = i;
    while (j < end && j - i < 5 && isLower(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** A bracketed label ends with its closing bracket and at least one space. */
  private boolean closedAt(int i, char closing, int end) {
    return i < end && text.charAt(i) == closing && spaceAt(i + 1, end);
  }

  /** A label ends with a full stop and at least one space. */
  private boolean labelEnd(int i, int end) {
    return i < end && text.charAt(i) == '.' && spaceAt(i + 1, end);
  }

  private boolean spaceAt(int i, int end) {
    return i < end && isSpace(text.charAt(i));
  }

  private Token token(int type, int start, int stop) {
    LineToken token = new LineToken(source, type, start, stop, text);
    token.setLine(line);
    token.setCharPositionInLine(0);
    return token;
  }

  // The lexer's fragments SPACE, DASH, UPPER, LOWER and DIGIT.

  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /** A dash, or a bullet standing for one (the grammar's DASH and BULLET). */
  static boolean isDash(char c) {
    return c == '\u2013' || c == '\u2014' || c == '-' || c == '\uF02D' || isBullet(c);
  }

  static boolean isBullet(char c) {
    return c == '\u2022'
        || c == '\u25AA'
        || c == '\u25CF'
        || c == '\u25E6'
        || c == '\u25A0'
        || c == '\uF0B7'
        || c == '\uF0A7';
  }

  private static boolean isUpper(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= '\u0391' && c <= '\u03A9')
        || (c >= '\u0410' && c <= '\u042F');
  }

  private static boolean isLower(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= '\u03B1' && c <= '\u03C9')
        || (c >= '\u0430' && c <= '\u044F');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getCharPositionInLine() {
    return 0;
  }

  @Override
  public CharStream getInputStream() {
    return null;
  }

  @Override
  public String getSourceName() {
    return "<input>";
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    throw new UnsupportedOperationException("LineTokenSource makes its own tokens");
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    throw new UnsupportedOperationException("LineTokenSource makes its own tokens");
  }

  /** A token whose text is cut from the source only when someone asks for it. */
  private static final class LineToken extends CommonToken {
    private static final long serialVersionUID = 1L;
    private final transient String source;

    LineToken(Pair<TokenSource, CharStream> pair, int type, int start, int stop, String source) {
      super(pair, type, DEFAULT_CHANNEL, start, stop);
      this.source = source;
    }

    @Override
    public String getText() {
      return getType() == EOF ? "<EOF>" : source.substring(getStartIndex(), getStopIndex() + 1);
    }
  }
}
