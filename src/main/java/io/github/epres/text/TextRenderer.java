package io.github.epres.text;

import io.github.epres.model.Node;
import io.github.epres.model.Resolution;

/**
 * Renders a {@link Resolution} back to the text it was parsed from. For any input the result is
 * identical to it, character for character, byte-order mark and line terminators included.
 */
public final class TextRenderer {
  private TextRenderer() {}

  public static String render(Resolution resolution) {
    StringBuilder text = new StringBuilder(resolution.byteOrderMark() ? "\uFEFF" : "");
    for (Node node : resolution.nodes()) {
      text.append(node.marker()).append(node.text()).append(node.eol());
    }
    return text.toString();
  }
}
