package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sub-point inside a recital or paragraph: "(a) …", "a) …", "(i) …" or an indented "– …". Its
 * span covers its own lines; the points nested in it follow it in the source.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutablePoint.class)
@JsonDeserialize(as = ImmutablePoint.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "id",
  "label",
  "voteLabel",
  "voteLabelEn",
  "marker",
  "text",
  "span",
  "eol",
  "points"
})
public interface Point extends Node {
  /** {@code para_3__point_a}, {@code rec_B__point_a__point_i}, {@code para_2__indent_1}. */
  String id();

  /** The label inside the brackets ({@code a}, {@code iv}); absent for dash indents. */
  Optional<String> label();

  /** The voting-list label in the document's language: {@code 3. punkts, a apakšpunkts}. */
  String voteLabel();

  /** The English voting-list label: {@code § 3, point a}. */
  String voteLabelEn();

  @Override
  String marker();

  /** Points nested inside this one. */
  List<Point> points();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePoint.Builder {}
}
