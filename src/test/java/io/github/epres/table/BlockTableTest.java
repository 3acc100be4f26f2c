package io.github.epres.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.GeneratedDocuments;
import io.github.epres.ResolutionParser;
import io.github.epres.Seeds;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class BlockTableTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  @Test
  void csvReadsBackToTheSameRows() throws Exception {
    List<BlockRow> rows =
        new ArrayList<>(BlockTable.rows(PARSER.parse(Seeds.reference()), "lv.txt"));
    rows.add(
        new BlockRow(
            "a \"quoted\", file",
            "",
            "",
            "",
            "und",
            "paragraph",
            "para_1",
            "1",
            "§ 1",
            "§ 1",
            1,
            "",
            "UNKNOWN",
            "",
            "x\r\ny ]]> \u0007 \"q\""));
    for (int i = 0; i < 50; i++) {
      rows.addAll(
          BlockTable.rows(PARSER.parse(GeneratedDocuments.generate(new Random(i))), "g" + i));
    }
    StringBuilder csv = new StringBuilder();
    BlockTable.writeCsvHeader(csv);
    BlockTable.writeCsv(rows, csv);

    List<BlockRow> read = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv.toString()),
            BlockTable.CSV.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord r : parser) {
        read.add(
            new BlockRow(
                r.get("source"),
                r.get("documentNumber"),
                r.get("procedure"),
                r.get("legislativeOutcome"),
                r.get("language"),
                r.get("kind"),
                r.get("id"),
                r.get("label"),
                r.get("voteLabel"),
                r.get("voteLabelEn"),
                Integer.parseInt(r.get("number")),
                r.get("opener"),
                r.get("actions"),
                r.get("dates"),
                r.get("text")));
      }
    }
    assertThat(read).isEqualTo(rows);
  }

  @Test
  void rowsOfTheReferenceDocument() {
    List<BlockRow> rows = BlockTable.rows(PARSER.parse(Seeds.reference()), "");
    assertThat(rows).hasSize(61);
    assertThat(rows.get(11))
        .extracting(BlockRow::kind, BlockRow::id, BlockRow::label, BlockRow::opener)
        .containsExactly("recital", "rec_A", "A", "tā kā");
    assertThat(rows.get(37))
        .extracting(BlockRow::id, BlockRow::voteLabel, BlockRow::voteLabelEn, BlockRow::actions)
        .containsExactly("para_4", "4. punkts", "§ 4", "WELCOMES EXPRESSES_CONCERN CALLS_ON");
  }

  @Test
  void rowsCarryTheDocumentNumberOfThePageHeader() throws Exception {
    List<BlockRow> rows =
        BlockTable.rows(
            PARSER.parse(
                java.nio.file.Files.readString(
                    java.nio.file.Path.of("src/test/resources/realworld/copied-en.txt"))),
            "");
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.documentNumber()).isEqualTo("P9_TA(2021)0056");
              assertThat(r.procedure()).isEqualTo("2021/2544(RSP)");
            });
  }
}
