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
}
