// The layout of a European Parliament resolution, over the line tokens of LayoutLexer.
//
// A resolution is anchored by its author line ("The European Parliament,"): what stands before it
// is the front matter (page furniture, a motion's header), the title and the procedure lines; what
// follows it are the citations, the recitals and the paragraphs (with their headings, sub-points
// and hard-wrapped continuation lines), the footnote block, the amendments of a legislative text,
// the annex, the other parts of a committee report's page and the closing furniture.
// Which line plays which part is the token type, given from the layout and the language profile
// before parsing (see the tokens block of LayoutLexer.g4), so every decision here is made on the
// next token or, in the front matter, on the next few.
//
// The grammar accepts every sequence of lines the classifier gives, so error recovery never drops
// text: a text without an author line and a text without any block are alternatives of their own,
// and blocks out of order still parse (they are reported when the tree becomes the model).
parser grammar LayoutParser;

options { tokenVocab = LayoutLexer; }

document
    : looseLine* EOF                                          # notAResolution
    | frontMatter title? titleTrailer authorLine body EOF     # resolution
    | frontMatter title? titleTrailer body EOF                # withoutAuthorLine
    ;

// A text with no block at all: its lines as they are.
looseLine
    : TEXT_LINE | BLANK_LINE | POINT_ITEM | NOTE_ITEM
    ;

// Page furniture and a motion's header; TEXT_LINE here is a line too long to read. A report of
// the 1990s prints its amendments here, before its draft legislative resolution.
frontMatter
    : (FRONT_LINE | BLANK_LINE | TEXT_LINE | amendment)*
    ;

// "European Parliament resolution of 11 February 2021 on … (2021/2544(RSP))", possibly wrapped,
// possibly with the bracketed procedure on a line of its own; an act's title in the Official
// Journal in three parts, blank lines between them.
title
    : TITLE_LINE (BLANK_LINE* TITLE_CONTINUATION)* (BLANK_LINE* TITLE_PROCEDURE)?
    ;

// Between the title and the author line: "(Consultation)", "***I", and lines that are neither.
titleTrailer
    : (PROCEDURE_LINE | BLANK_LINE | TEXT_LINE)*
    ;

authorLine
    : AUTHOR_LINE gap*
    ;

// The blocks as the text gives them, then the parts that run to its end. Citations, recitals and
// paragraphs usually come in that order, with the paragraphs' headings, the "o o o" separator, the
// footnote block at their end (or, in some copies, among them) and the amendments after a
// legislative resolution; the order is the text's, not a condition of this grammar: a block out of
// it (a citation after the recitals) is still a block, and is reported when the tree becomes the
// model.
body
    : block* annex? reportParts? closing?
    ;

block
    : citation
    | recital
    | paragraph
    | heading
    | separator
    | footnote
    | amendment
    ;

// "– having regard to …", or printed without its dash: "having regard to …".
citation
    : (DASH_ITEM | OPENER_LINE) blockBody
    ;

// "A. whereas …", or numbered like a paragraph: "1. Whereas …".
recital
    : (LETTER_ITEM | NUMBERED_RECITAL) blockBody
    ;

// "1. Calls on …", "1a. …".
paragraph
    : NUMBER_ITEM blockBody
    ;

// The lines a block goes on with, its sub-points, then the blank or stray lines after it.
blockBody
    : CONTINUATION_LINE* point* gap*
    ;

// "(a) …", "a) …", "(i) …", or a "–" indent inside a recital or paragraph.
point
    : POINT_ITEM CONTINUATION_LINE*
    ;

heading
    : HEADING_LINE gap*
    ;

separator
    : SEPARATOR_LINE gap*
    ;

// "(1) OJ C 23, 21.1.2021, p. 23.", possibly wrapped onto further lines.
footnote
    : NOTE_ITEM CONTINUATION_LINE* gap*
    ;

// "Amendment 1", what it amends, the two columns ("Text proposed by the Commission", "Amendment")
// row by row, the justification. An "amendments adopted" text is nothing but these.
amendment
    : AMENDMENT_HEADING AMENDMENT_LINE*
    ;

// The annex heading and everything after it.
annex
    : ANNEX_HEADING ANNEX_LINE*
    ;

// A committee report page goes on after its motion for a resolution with parts that are not
// the resolution's: the explanatory statement, opinions, the committee's vote.
reportParts
    : (REPORT_SECTION REPORT_LINE*)+
    ;

// Page furniture after the final formula and the footnotes: "Last updated: …", "Legal notice".
closing
    : CLOSING_LINE (CLOSING_LINE | BLANK_LINE)*
    ;

gap
    : BLANK_LINE     # blankLine
    | TEXT_LINE      # strayLine
    ;
