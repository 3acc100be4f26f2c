// The structure of a resolution over the line tokens of LayoutLexer.
//
// A document is a preamble (title, author line and anything else before the first item) followed by
// sections, each an item (citation, recital or paragraph) with the loose lines that follow it. The
// grammar accepts every sequence of lines, so nothing is ever dropped by error recovery: what is out
// of place (a label out of sequence, a stray text line) is judged when the tree becomes the model,
// and reported as a diagnostic with its position.
parser grammar LayoutParser;

options { tokenVocab = LayoutLexer; }

document
    : preamble section* EOF
    ;

preamble
    : looseLine*
    ;

section
    : item looseLine*
    ;

item
    : DASH_ITEM      # dashItem
    | LETTER_ITEM    # letterItem
    | NUMBER_ITEM    # numberItem
    ;

// Lines that belong to the item above (or to the preamble): text, blanks, sub-points, footnotes.
looseLine
    : TEXT_LINE      # textLine
    | BLANK_LINE     # blankLine
    | POINT_ITEM     # pointLine
    | NOTE_ITEM      # noteLine
    ;
