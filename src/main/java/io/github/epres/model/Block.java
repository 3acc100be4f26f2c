package io.github.epres.model;

import java.util.List;
import java.util.Optional;

/** A numbered unit of a resolution: a citation, a recital or a paragraph. */
public interface Block extends Node {
  /** A stable identifier in the Akoma Ntoso style: {@code cit_1}, {@code rec_A}, {@code para_1}. */
  String id();

  /**
   * The label as written: {@code A} for a recital, {@code 1} for a paragraph; absent for citations.
   */
  Optional<String> label();

  /** The 1-based position of the block among the blocks of its kind. */
  int number();

  @Override
  String marker();

  /** The opening formula as written ({@code ņemot vērā}, {@code tā kā}), where one is found. */
  Optional<String> opener();

  List<FootnoteRef> footnoteRefs();

  /** The dates written in the text, in order. */
  List<DateRef> dates();

  /** The sub-points inside the block, in order, each with the points nested in it. */
  List<Point> points();

  /** The operative (or "whereas") clauses, in order; empty for citations. */
  List<Clause> clauses();

  /** The references written in the text, in order. */
  List<Reference> references();

  /**
   * The label the EP's voting lists give the block, in the document's language: {@code § 5}, {@code
   * C apsvērums}; {@link #voteLabelEn()} gives the English one.
   */
  String voteLabel();

  /** The English voting-list label: {@code § 5}, {@code Recital C}, {@code Citation 3}. */
  String voteLabelEn();
}
