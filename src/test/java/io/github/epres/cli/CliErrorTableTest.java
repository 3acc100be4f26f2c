package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.epres.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a user sees when something is wrong, as a table: the arguments, the exit code, the first
 * line on stderr (exactly) and how many lines there are. No row may print a stack trace. {X} in a
 * row stands for a file made in a temporary folder: {dir} the folder, {list} a voting list, {rcv} a
 * roll-call list, {text} the reference document, {page} an EP web page, {latin} a Latvian text in
 * Windows-1257, {empty} a folder without documents, {locked} a file nobody may read, {broken} a
 * voting list cut short.
 */
class CliErrorTableTest {
  @TempDir static Path dir;
  private static Map<String, Path> files;

  @BeforeAll
  static void files() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.txt"), Seeds.reference());
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    String list = Files.readString(Path.of("src/test/resources/cli/voting-list.xml"));
    files =
        Map.of(
            "list", Path.of("src/test/resources/cli/voting-list.xml"),
            "rcv", Path.of("src/test/resources/cli/roll-call-list.xml"),
            "text", Seeds.REFERENCE,
            "page", Path.of("src/test/resources/amendments/report-page-de.html"),
            "latin", latin(),
            "empty", Files.createDirectories(dir.resolve("empty")),
            "locked", locked,
            "broken", Files.writeString(dir.resolve("broken.xml"), list.substring(0, 600)),
            "dir", dir);
  }

  /** The reference with its first "ā" as Windows-1257 writes it: byte E2, which UTF-8 refuses. */
  private static Path latin() throws IOException {
    String text = Seeds.reference();
    int at = text.indexOf('ā');
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] letter = "ā".getBytes(Charset.forName("windows-1257"));
    byte[] tail = text.substring(at + 1).getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("latin.txt");
    Files.write(file, concat(head, letter, tail));
    return file;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  @ParameterizedTest(name = "epres {0} → {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
"""
# arguments                    | exit | first line on stderr                                                                              | lines
parse {dir}/none.txt           | 1    | epres: {dir}/none.txt: no such file                                                               | 1
parse {locked}                 | 1    | epres: {locked}: permission denied                                                                | 1
parse {latin}                  | 0    | {latin}:1:40: error: invalid UTF-8 at byte 39 (is the file in another encoding, such as Windows-1257?); read as U+FFFD | 1
parse --strict {latin}         | 1    | {latin}:1:40: invalid UTF-8 at byte 39 (is the file in another encoding, such as Windows-1257?); read as U+FFFD | 3
parse {list}                   | 1    | epres: {list}: this is a voting list: use `epres votes LIST [DOC...]`                           | 1
parse {rcv}                    | 1    | epres: {rcv}: this is a roll-call list (RCV): use `epres rollcall RCV...`, or `epres votes LIST --rollcall RCV...` with the sitting's voting list (VOT) | 1
parse {empty}                  | 1    | epres: no documents in {empty} (it holds no .txt, .html or .htm files)                           | 1
votes {text}                   | 1    | epres: {text}: this is a resolution's text, not a voting list: the list comes first, `epres votes LIST [DOC...]` | 1
votes {page} {list}            | 1    | epres: {page}: this is a web page, not a voting list: the list comes first, `epres votes LIST [DOC...]` | 1
votes {rcv}                    | 1    | epres: {rcv}: this is a roll-call list (RCV): use `epres rollcall RCV...`, or `epres votes LIST --rollcall RCV...` with the sitting's voting list (VOT) | 1
votes {list} {list}            | 1    | epres: {list}: this is a second voting list: give one list, then the texts it votes on          | 1
votes {list} {rcv}             | 1    | epres: {rcv}: this is a roll-call list (RCV): use `epres rollcall RCV...`, or `epres votes LIST --rollcall RCV...` with the sitting's voting list (VOT) | 1
votes {dir}/none.xml           | 1    | epres: {dir}/none.xml: no such file                                                               | 1
votes {list} {dir}/none.txt    | 1    | epres: {dir}/none.txt: no such file                                                               | 1
votes {broken}                 | 1    | epres: {broken}: not a voting list: line 5, column 316: XML document structures must start and end within the same entity. | 1
rollcall {list}                | 1    | epres: {list}: this is a voting list, not a roll-call list: use `epres votes LIST [DOC...]`      | 1
rollcall {text}                | 1    | epres: {text}: this is a resolution's text, not a roll-call list: use `epres parse FILE`          | 1
rollcall {dir}/none.xml        | 1    | epres: {dir}/none.xml: no such file                                                               | 1
votes {list} --rollcall {page} | 1    | epres: {page}: this is a web page, not a roll-call list: use `epres parse FILE`                   | 1
votes {list} {text} --rollcall {rcv} -f csv | 2 | epres votes: --rollcall with DOCs gives json only; without DOC, csv has a row per Member's vote | 2
rollcall                       | 2    | epres rollcall: missing required parameter: 'RCV'                                                 | 2
parse --format xml             | 2    | epres parse: --format xml: use one of json, jsonl, csv, akn, md, text                             | 2
parse --lang zz                | 2    | epres parse: --lang zz: there is no such language; use one of bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv | 2
parse --threads 0              | 2    | epres parse: --threads must be at least 1                                                         | 2
parse --strct                  | 2    | epres parse: unknown option '--strct' (did you mean --strict?)                                    | 2
parse {text} {text} -f akn     | 2    | epres parse: several documents need --format json, jsonl or csv, or --output DIR for a file each | 2
parse --output {text} {text}   | 2    | epres parse: --output {text} is a file; give a folder                                             | 2
pars                           | 2    | epres: unknown command 'pars' (did you mean parse?)                                               | 2
votes                          | 2    | epres votes: missing required parameter: 'LIST'                                                   | 2
votes -f xml {list}            | 2    | epres votes: --format xml: use one of json, csv                                                   | 2
serve --max-request-mb 0       | 2    | epres serve: --max-request-mb must be 1 to 1024                                                   | 2
--versio                       | 2    | epres: unknown option '--versio' (did you mean --version?)                                        | 2
""")
  void saysWhatIsWrongInALine(String arguments, int exit, String firstLine, int lines) {
    // Root reads any file whatever its mode; CliProcessIT runs this row without that power.
    assumeFalse(
        arguments.contains("{locked}") && Files.isReadable(files.get("locked")),
        "root reads a file of mode 000 (CliProcessIT drops that power)");
    CliRun run = CliRun.of(expand(arguments).split(" "));
    String[] printed = run.err().split("\n");
    assertThat(printed[0]).isEqualTo(expand(firstLine));
    assertThat(run.exitCode()).isEqualTo(exit);
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
    if (arguments.startsWith("parse {latin}")) {
      assertThat(printed).hasSizeGreaterThanOrEqualTo(lines);
    } else {
      assertThat(printed).hasSize(lines);
    }
    if (exit == 2) {
      String command = firstLine.substring(0, firstLine.indexOf(':'));
      assertThat(printed[1]).isEqualTo("try `" + command + " --help`");
    }
  }

  private static String expand(String text) {
    String expanded = text;
    for (Map.Entry<String, Path> file : files.entrySet()) {
      expanded = expanded.replace("{" + file.getKey() + "}", file.getValue().toString());
    }
    return expanded;
  }
}
