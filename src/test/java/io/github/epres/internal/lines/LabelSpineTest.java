package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The document's label sequence, chosen over all its labelled lines. */
class LabelSpineTest {
  @Test
  void takesTheConsecutiveChainThatWeighsMost() {
    // 1, 2, a wrapped "3." under a line that stops mid-sentence, the real 3, then 4.
    int[] ordinals = {1, 2, 3, 3, 4};
    double[] weights = {1, 1, 0.2, 1, 1};

    assertThat(LabelSpine.choose(ordinals, weights, 5))
        .containsExactly(true, true, false, true, true);
  }

  @Test
  void takesTheFirstOfEqualLabelsAsAReaderDoes() {
    int[] ordinals = {1, 2, 2, 3};
    double[] weights = {1, 1, 1, 1};

    assertThat(LabelSpine.choose(ordinals, weights, 4)).containsExactly(true, true, false, true);
  }

  @Test
  void aLongerChainWinsOverAFirstLabelAlone() {
    // Recitals A, C, D, E: the chain runs from C; A is judged on its own.
    int[] ordinals = {1, 3, 4, 5};
    double[] weights = {1, 1, 1, 1};

    assertThat(LabelSpine.choose(ordinals, weights, 4)).containsExactly(false, true, true, true);
  }

  @Test
  void aLoneLabelIsASequenceOnlyWhenItIsTheFirst() {
    boolean[] onSpine = new boolean[10];
    LabelSpine.Candidates year = new LabelSpine.Candidates();
    year.add(3, 2021, true);
    assertThat(year.mark(onSpine, true)).containsExactly(-1, -1);
    assertThat(onSpine).doesNotContain(true);

    LabelSpine.Candidates first = new LabelSpine.Candidates();
    first.add(5, 1, false);
    assertThat(first.mark(onSpine, false)).containsExactly(5, 5);
    assertThat(onSpine[5]).isTrue();
  }

  @Test
  void aSequenceWinsOverALoneLaterLabelThatWeighsMore() {
    // "1." under a heading that ends with a letter, in a hard-wrapped copy, then "3." alone: the
    // sequence is 1, and 3 is judged on its own.
    boolean[] onSpine = new boolean[10];
    LabelSpine.Candidates paragraphs = new LabelSpine.Candidates();
    paragraphs.add(2, 1, true);
    paragraphs.add(6, 3, false);
    assertThat(paragraphs.mark(onSpine, true)).containsExactly(2, 2);
  }

  @Test
  void marksTheChainsLinesAndGivesItsFirstAndLast() {
    boolean[] onSpine = new boolean[41];
    LabelSpine.Candidates paragraphs = new LabelSpine.Candidates();
    for (int n = 1; n <= 20; n++) {
      paragraphs.add(n * 2, n, false);
    }
    paragraphs.add(39, 2021, true);

    assertThat(paragraphs.mark(onSpine, true)).containsExactly(2, 40);
    assertThat(onSpine[39]).isFalse();
  }
}
