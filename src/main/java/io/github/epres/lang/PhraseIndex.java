package io.github.epres.lang;

import io.github.epres.model.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile's verb phrases by their first two letters in lower case, longest first ({@link
 * LanguageProfile#verbPhraseIndex()}): a clause start is tried against the few phrases that can
 * start there. Keys are two chars in one int, in an open-addressing table, so a lookup neither
 * boxes nor hashes an object. Immutable.
 */
public final class PhraseIndex {
  private final int[] keys;

  /** By slot; an empty list marks a free slot. */
  private final List<List<Map.Entry<String, Action>>> phrases;

  private final int mask;

  /**
   * Each phrase with its first letter in the other case: "Calls on" opens a paragraph, "; calls on"
   * a later clause.
   */
  private final Map<String, String> otherCase = new HashMap<>();

  PhraseIndex(List<Map.Entry<String, Action>> verbPhrases) {
    int size = Integer.highestOneBit(Math.max(verbPhrases.size(), 1) * 4);
    this.keys = new int[size];
    this.mask = size - 1;
    this.phrases = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      phrases.add(List.of());
    }
    for (Map.Entry<String, Action> phrase : verbPhrases) {
      String p = phrase.getKey();
      char first = p.charAt(0);
      char other =
          Character.isUpperCase(first)
              ? Character.toLowerCase(first)
              : Character.toUpperCase(first);
      otherCase.put(p, other + p.substring(1));
      if (p.length() >= 2) {
        int slot = slot(key(p, 0));
        if (phrases.get(slot).isEmpty()) {
          keys[slot] = key(p, 0);
          phrases.set(slot, new ArrayList<>());
        }
        phrases.get(slot).add(phrase);
      }
    }
    for (int i = 0; i < size; i++) {
      phrases.set(i, List.copyOf(phrases.get(i)));
    }
  }

  /**
   * The phrases that may start at {@code at} (which two characters of {@code text} must follow),
   * longest first; each still to be compared with the text.
   */
  public List<Map.Entry<String, Action>> at(String text, int at) {
    int key = key(text, at);
    for (int slot = key & mask; ; slot = (slot + 1) & mask) {
      List<Map.Entry<String, Action>> list = phrases.get(slot);
      if (list.isEmpty() || keys[slot] == key) {
        return list;
      }
    }
  }

  /**
   * {@code phrase} as {@code text} writes it at {@code at}, which it matches but for case: the
   * phrase itself or the phrase with its first letter in the other case where the text has one of
   * them (no copy), else the text's own.
   */
  public String asWritten(String text, int at, String phrase) {
    if (text.startsWith(phrase, at)) {
      return phrase;
    }
    String other = otherCase.get(phrase);
    return other != null && text.startsWith(other, at)
        ? other
        : text.substring(at, at + phrase.length());
  }

  private int slot(int key) {
    int slot = key & mask;
    while (!phrases.get(slot).isEmpty() && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int key(String text, int at) {
    int key =
        (Character.toLowerCase(text.charAt(at)) << 16) | Character.toLowerCase(text.charAt(at + 1));
    // Spread the bits: the low half alone is the second letter.
    return key ^ (key >>> 13) ^ (key >>> 7);
  }
}
