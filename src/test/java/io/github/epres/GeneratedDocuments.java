package io.github.epres;

import java.util.List;
import java.util.Random;

/**
 * Random documents for property tests: real lines of the reference document, cut at random, mixed
 * with lines built from awkward pieces (every dash and label form, surrogates, control and
 * direction characters, byte-order marks) and every kind of line terminator.
 */
public final class GeneratedDocuments {
  private static final List<String> SEED_LINES = List.of(Seeds.reference().split("\n"));
  private static final String[] PIECES = {
    "",
    " ",
    "\t",
    "\u00A0",
    "– ",
    "- ",
    "— ",
    "\uF02D ",
    "A. ",
    "AB. ",
    "ABCD. ",
    "Α. ",
    "А. ",
    "1. ",
    "27. ",
    "2021. gada ",
    "tā kā ",
    "ņemot vērā ",
    "(1)",
    "[2]",
    "x(3)",
    "\uD83D\uDE00",
    "\uD800",
    "\u200B",
    "\u202E",
    "\u0000",
    "\u0007",
    "\uFEFF",
    "Eiropas Parlaments,",
    "word",
    "Ω",
    "ž",
    ".",
    "–",
    "\u2028",
    "\u0085",
    "(a) ",
    "b) ",
    "(iv) ",
    "α) ",
    "а) ",
    "(12) ",
    "[3] ",
    "1a. ",
    "I. ",
    "o o o",
    "PIELIKUMS",
    "Vispārīgas piezīmes",
    ":",
    ",",
    "; ",
    "un mudina ",
    "aicina Komisiju ",
    "Ceturtdiena, 2021. gada 11. februāris - Brisele",
    "P9_TA(2021)0056RC-B9-0144/2021",
    "KOPĪGS REZOLŪCIJAS PRIEKŠLIKUMS",
    "PPE grupas vārdā",
    "(2021/2544(RSP))",
    "Reglamenta 144. panta 5. punktu",
    "OV C 23, 21.1.2021., 23. lpp.",
    "Grozījums Nr. 1",
    "Grozījums 12a",
    "\t",
    " | ",
    "|",
    "Pamatojums",
    "Komisijas ierosinātais teksts\tGrozījums",
    "PASKAIDROJUMS"
  };
  private static final String[] EOLS = {"\n", "\n", "\n", "\r\n", "\r"};

  private GeneratedDocuments() {}

  public static String generate(Random random) {
    StringBuilder text = new StringBuilder();
    int lines = random.nextInt(40);
    for (int i = 0; i < lines; i++) {
      if (random.nextInt(3) == 0) {
        String line = SEED_LINES.get(random.nextInt(SEED_LINES.size()));
        int cut = random.nextInt(line.length() + 1);
        text.append(random.nextBoolean() ? line : line.substring(0, cut));
      } else {
        for (int p = random.nextInt(5); p >= 0; p--) {
          text.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      if (i < lines - 1 || random.nextBoolean()) {
        text.append(EOLS[random.nextInt(EOLS.length)]);
      }
    }
    return text.toString();
  }
}
