package io.github.epres.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered unit of a resolution: a citation, a recital or a paragraph. Its attributes are the
 * parameters of each kind's {@code of(Block)}, in the order of their {@code @Value.Parameter}
 * numbers, so that the parser builds a node from its parts without a builder's copies.
 */
public interface Block extends Node {
  /** A stable identifier in the Akoma Ntoso style: {@code cit_1}, {@code rec_A}, {@code para_1}. */
  @Value.Parameter(order = 0)
  String id();

  /**
   * The label as written: {@code A} for a recital, {@code 1} for a paragraph; absent for citations.
   */
  @Value.Parameter(order = 1)
  Optional<String> label();

  /** The 1-based position of the block among the blocks of its kind. */
  @Value.Parameter(order = 2)
  int number();

  @Override
  @Value.Parameter(order = 3)
  String marker();

  /** The opening formula as written ({@code ņemot vērā}, {@code tā kā}), where one is found. */
  @Value.Parameter(order = 4)
  Optional<String> opener();

  @Value.Parameter(order = 6)
  List<FootnoteRef> footnoteRefs();

  /** The dates written in the text, in order. */
  @Value.Parameter(order = 7)
  List<DateRef> dates();

  /** The sub-points inside the block, in order, each with the points nested in it. */
  @Value.Parameter(order = 8)
  List<Point> points();

  /** The operative (or "whereas") clauses, in order; empty for citations. */
  @Value.Parameter(order = 9)
  List<Clause> clauses();

  /** The references written in the text, in order. */
  @Value.Parameter(order = 10)
  List<Reference> references();

  /**
   * The label the EP's voting lists give the block, in the document's language: {@code § 5}, {@code
   * C apsvērums}; {@link #voteLabelEn()} gives the English one.
   */
  @Value.Parameter(order = 11)
  String voteLabel();

  /** The English voting-list label: {@code § 5}, {@code Recital C}, {@code Citation 3}. */
  @Value.Parameter(order = 12)
  String voteLabelEn();

  @Override
  @Value.Parameter(order = 5)
  String text();

  @Override
  @Value.Parameter(order = 13)
  Span span();

  @Override
  @Value.Parameter(order = 14)
  String eol();
}
