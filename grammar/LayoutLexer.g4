// The lines of a European Parliament resolution, one token per source line.
//
// Each token is a whole line, including its line terminator, so that every character of the input
// lies in exactly one token. The token type says what kind of line it is, judged by layout alone:
// a dash item, a letter label, a number label, a sub-point label "(a)", a footnote number "(1)", a
// blank line or any other text. No natural-language word appears here; openers, author lines and
// titles are language data (src/main/resources/.../lang).
//
// Rules are ordered: where two rules match the same length, the first one wins, so a line such as
// "A. whereas" is a LETTER_ITEM rather than a TEXT_LINE. There are no actions or predicates, which
// keeps ANTLR's DFA cache effective.
lexer grammar LayoutLexer;

// The role of a line in its document, given by a second pass over these tokens with the language
// profile (io.github.epres.internal.lines.LineClassifier): layout alone cannot tell the author line
// from a title, a heading from a hard-wrapped line, or page furniture from a paragraph. The lexer
// rules below never produce these types; LayoutParser.g4 reads both kinds.
tokens {
    FRONT_LINE,         // front matter before the title: page furniture, a motion's header
    TITLE_LINE,         // the first line of the title
    TITLE_CONTINUATION, // a further line of a wrapped title
    TITLE_PROCEDURE,    // the title's "(2021/2544(RSP))" on a line of its own
    PROCEDURE_LINE,     // "(Consultation)", "***I" between the title and the author line
    AUTHOR_LINE,        // "The European Parliament,": the anchor of a resolution
    OPENER_LINE,        // a citation printed without its dash, known by its opener
    NUMBERED_RECITAL,   // a recital numbered like a paragraph, known by its opener
    CONTINUATION_LINE,  // a line that goes on with the block or point above (hard-wrapped text)
    HEADING_LINE,       // a heading between paragraphs, "I. General remarks" too
    SEPARATOR_LINE,     // "o o o" before the final paragraphs
    AMENDMENT_HEADING,  // "Amendment 1": an amendment after a legislative resolution's paragraphs
    AMENDMENT_LINE,     // any line of it: what it amends, its two columns, its justification
    ANNEX_HEADING,      // the heading of the annex after the last paragraph
    ANNEX_LINE,         // any line after it
    REPORT_SECTION,     // a committee report page's part after the resolution: "EXPLANATORY STATEMENT"
    REPORT_LINE,        // any line of such parts
    CLOSING_LINE        // page furniture after the final paragraph and the footnotes
}

// "– having regard to …", "- …", "— …", the Symbol-font glyph U+F02D seen in EP motions, and the
// bullets that stand for the dash in some copies ("• having regard to …").
DASH_ITEM
    : INDENT? DASH SPACE+ REST
    ;

// "A. …" … "Z. …", "AA. …"; Greek "Α. …" and Cyrillic "А. …" labels alike.
LETTER_ITEM
    : INDENT? UPPER UPPER? UPPER? '.' SPACE+ REST
    ;

// "1. …", "27. …", and "1a. …" for a paragraph inserted after 1.
NUMBER_ITEM
    : INDENT? DIGIT+ LATIN_LOWER? '.' SPACE+ REST
    ;

// A sub-point inside a recital or paragraph: "(a) …", "a) …", "(iv) …", Greek "α) …", Cyrillic "а) …".
POINT_ITEM
    : INDENT? ( '(' LOWER LOWER? LOWER? LOWER? ')' | LOWER LOWER? LOWER? LOWER? ')' ) SPACE+ REST
    ;

// A footnote in the block at the end of the text: "(1) OJ C 23, 21.1.2021, p. 23.", "[1] …", and
// "(1)EUVL L 179I, …" where a page glues the number to the note's first letter.
NOTE_ITEM
    : INDENT? ( '(' DIGIT+ ')' | '[' DIGIT+ ']' ) ( SPACE+ | LETTER ) REST
    ;

// A line holding nothing but white space (or nothing at all).
BLANK_LINE
    : SPACE* EOL
    | SPACE+
    ;

// Any other line: titles, author lines, headings, page furniture, stray text.
TEXT_LINE
    : ~[\r\n]+ EOL?
    ;

fragment REST   : ~[\r\n]* EOL? ;
fragment EOL    : '\r\n' | '\r' | '\n' ;
fragment INDENT : SPACE+ ;
fragment SPACE  : [ \t\u00A0] ;
fragment DASH   : [\u2013\u2014\-\uF02D] | BULLET ;
// Bullets: U+2022 •, U+25AA ▪, U+25CF ●, U+25E6 ◦, U+25A0 ■ and the Symbol-font bullets U+F0B7, U+F0A7.
fragment BULLET : [\u2022\u25AA\u25CF\u25E6\u25A0\uF0B7\uF0A7] ;
fragment LETTER : [\p{L}] ;
fragment DIGIT  : [0-9] ;
fragment UPPER  : [A-Z\u0391-\u03A9\u0410-\u042F] ;
fragment LOWER  : [a-z\u03B1-\u03C9\u0430-\u044F] ;
fragment LATIN_LOWER : [a-z] ;
