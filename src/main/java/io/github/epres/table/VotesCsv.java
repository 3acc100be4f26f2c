package io.github.epres.table;

import io.github.epres.internal.votes.ResultNames;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.TextRange;
import io.github.epres.votes.Vote;
import io.github.epres.votes.VoteDocument;
import io.github.epres.votes.Voting;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * Votes as CSV ({@link BlockTable#CSV}, with a header record), one record per voting, with the same
 * names as the JSON of {@link io.github.epres.json.VotesJson}: {@code result} and {@code
 * resultType} as there, the counts {@code favor}, {@code against} and {@code abstention} (empty for
 * a show of hands). A subject's line break (a title row's) is written as a space, so that every
 * record is one line.
 */
public final class VotesCsv {
  /** The columns of {@link #write(List, Appendable)}: votings linked to documents. */
  public static final List<String> LINKED_COLUMNS =
      List.of(
          "document",
          "votingId",
          "subject",
          "subjectKind",
          "marker",
          "target",
          "targetId",
          "offset",
          "length",
          "amendment",
          "author",
          "result",
          "resultType",
          "favor",
          "against",
          "abstention",
          "reason");

  /** The columns of {@link #write(VotingList, Appendable)}: a voting list alone. */
  public static final List<String> LIST_COLUMNS =
      List.of(
          "vote",
          "voteType",
          "voteTitle",
          "documents",
          "votingId",
          "subject",
          "subjectKind",
          "marker",
          "amendment",
          "author",
          "result",
          "resultType",
          "favor",
          "against",
          "abstention");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private VotesCsv() {}

  /**
   * Writes votings linked to documents. {@code offset} and {@code length} list a part's ranges
   * separated by spaces: a part "without the words" has two ({@code 0 312}, {@code 300 40}).
   */
  public static void write(List<LinkedVoting> linked, Appendable out) throws IOException {
    CSVPrinter csv = printer(LINKED_COLUMNS, out);
    for (LinkedVoting l : linked) {
      Voting v = l.voting();
      List<TextRange> ranges = l.target().ranges();
      List<Object> record = new ArrayList<>();
      record.add(l.document());
      record.add(v.id());
      subject(record, v);
      record.add(v.marker().orElse(""));
      record.add(l.target().kind());
      record.add(l.target().id().orElse(""));
      record.add(joined(ranges, TextRange::offset));
      record.add(joined(ranges, TextRange::length));
      result(record, v);
      record.add(l.target().reason().orElse(""));
      csv.printRecord(record);
    }
    csv.flush();
  }

  /** Writes every voting of a list, each with its vote's index, type, title and documents. */
  public static void write(VotingList list, Appendable out) throws IOException {
    CSVPrinter csv = printer(LIST_COLUMNS, out);
    for (Vote vote : list.votes()) {
      StringBuilder documents = new StringBuilder();
      for (VoteDocument document : vote.documents()) {
        documents.append(documents.length() == 0 ? "" : " ").append(document.number());
      }
      for (Voting v : vote.votings()) {
        List<Object> record = new ArrayList<>();
        record.add(vote.index());
        record.add(vote.type());
        record.add(oneLine(vote.title().orElse("")));
        record.add(documents);
        record.add(v.id());
        subject(record, v);
        record.add(v.marker().orElse(""));
        result(record, v);
        csv.printRecord(record);
      }
    }
    csv.flush();
  }

  static CSVPrinter printer(List<String> columns, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, BlockTable.CSV);
    csv.printRecord(columns);
    return csv;
  }

  private static void subject(List<Object> record, Voting v) {
    record.add(oneLine(v.subject()));
    record.add(v.subjectKind());
  }

  /** amendment, author, result, resultType and the counts. */
  private static void result(List<Object> record, Voting v) {
    record.add(v.amendment().orElse(""));
    record.add(v.author().orElse(""));
    record.add(ResultNames.result(v).orElse(""));
    record.add(ResultNames.resultType(v).orElse(""));
    record.add(v.counts().map(c -> (Object) c.favor()).orElse(""));
    record.add(v.counts().map(c -> (Object) c.against()).orElse(""));
    record.add(v.counts().map(c -> (Object) c.abstention()).orElse(""));
  }

  private static String oneLine(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ");
  }

  /** The offsets (or lengths) of a target's ranges, separated by spaces. */
  private static String joined(List<TextRange> ranges, Function<TextRange, Integer> part) {
    StringBuilder joined = new StringBuilder();
    for (TextRange range : ranges) {
      joined.append(joined.length() == 0 ? "" : " ").append(part.apply(range));
    }
    return joined.toString();
  }
}
