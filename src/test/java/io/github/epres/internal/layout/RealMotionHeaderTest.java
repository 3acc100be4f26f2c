package io.github.epres.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.AuthorGroup;
import io.github.epres.model.Header;
import io.github.epres.model.Motion;
import io.github.epres.model.ProcedureReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headers of the 28 real motions and joint motions in {@code ../shared/corpus/real/motions}
 * (2009–2025, 13 languages; current, older, compact and markup-laden layouts), read by {@link
 * HeaderReader} straight from each page's head — its lines before the body's title, or all of it
 * where the excerpt ends in the header — with the profile of the page's language, so that the
 * header is proven whether or not the body is read yet. Every value was read off the page.
 */
class RealMotionHeaderTest {
  private static final Path MOTIONS =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus", "real", "motions");

  /**
   * The columns: the file (without ".txt"), the profile (the LT page's text is English), the line
   * the body's title starts on (0: the excerpt ends before it), the header's document numbers, the
   * kind, tabling date, procedure, Rules, groups ("-": names without one) and how many names each
   * has, the first and last author, how many motions are replaced, "See also", the subject's start.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          joint-motion_RC-10-2025-0415_DE | de | 40 | RC-B10-0415/2025 | JOINT_MOTION | 2025-10-07 | 2025/2872(RSP) | 136(2);136(4) | PPE;S&D;ECR;Renew;Verts/ALE;The Left | 15;5;7;16;1;1 | Ingeborg Ter Laak | Özlem Demirel | 6 | | zur Lage in Afghanistan:
          joint-motion_RC-7-2009-0174_ES | es | 52 | RC-B7-0174/2009;P7_TA(2009)0103;B7-0174/2009;B7-0175/2009;B7-0176/2009 | JOINT_MOTION | 2009-11-25 | 2009/2777(RSP) | 122(5) | PPE;ALDE;ECR | 9;3;4 | Carlos José Iturgaiz Angulo | Ryszard Czarnecki | 3 | | sobre Nicaragua
          joint-motion_RC-8-2016-1051_BG | bg | 14 | | JOINT_MOTION | 2016-10-04 | 2016/2891(RSP) | | PPE;S&D;ECR;ALDE;Verts/ALE | 6;5;3;3;4 | Дейвид Каза | Барт Стас | 5 | | относно необходимостта от европейска
          joint-motion_RC-8-2017-0678_EN | en | 29 | RC-B8-0678/2017 | JOINT_MOTION | 2017-12-13 | 2017/2932(RSP) | 123(2);123(4) | PPE;S&D;ECR;ALDE;Verts/ALE;- | 19;3;8;21;1;1 | Cristian Dan Preda | Barbara Kappel | 5 | | on the situation in
          joint-motion_RC-9-2019-0251_EL | el | 0 | RC-B9-0251/2019 | JOINT_MOTION | 2019-12-17 | 2019/2978(RSP) | 132(2);132(4) | PPE;S&D;Renew;Verts/ALE;ECR;- | 7;2;36;1;4;1 | Leopoldo López Gil | Fabio Massimo Castaldo | 5 | | σχετικά με την κατάσταση
          joint-motion_RC-9-2021-0173_NL | nl | 0 | RC-B9-0173/2021;P9_TA(2021)0085;B9-0173/2021;B9-0174/2021;B9-0196/2021;B9-0198/2021;B9-0199/2021;B9-0200/2021;B9-0201/2021 | JOINT_MOTION | 2021-03-10 | 2021/2577(RSP) | 144(5);132(4) | PPE | 37 | Michael Gahler | Janina Ochojska | 7 | | over de situatie in
          joint-motion_RC-9-2021-0324_IT | it | 20 | | JOINT_MOTION | 2021-06-09 | 2021/2712(RSP) | | PPE;S&D;Renew;Verts/ALE;ECR;- | 5;2;12;2;11;1 | David Lega | Fabio Massimo Castaldo | 5 | | sulla situazione in Afghanistan
          joint-motion_RC-9-2022-0508_FR | fr | 0 | RC-B9-0508/2022 | JOINT_MOTION | 2022-11-23 | 2022/2956(RSP) | 144(5);132(4) | PPE;S&D;Renew;Verts/ALE;- | 27;4;20;2;21 | Tomasz Frankowski | Herm | 5 | | sur la répression continue
          motion_B-7-2010-0153_HU | hu | 26 | B7-0153/2010;B7-0000/2010 | MOTION | 2010-03-03 | 2010/2543(RSP) | 115(5) | PPE | 12 | Corien Wortmann-Kool | Marian-Jean Marinescu | 0 | RC-B7-0151/2010 | az Európai Tanács tavaszi
          motion_B-7-2011-0251_DE | de | 26 | B7-0251/2011 | MOTION | 2011-04-04 | 2011/2645(RSP) | 110(2) | Verts/ALE | 13 | Frieda Brepoels | Judith Sargentini | 0 | RC-B7-0249/2011 | zu Syrien, Bahrain und
          motion_B-7-2012-0178_EN | en | 18 | B7-0178/2012 | MOTION | | 2012/2581(RSP) | 110(2) | S&D | 5 | Véronique De Keyser | Marek Siwiec | 0 | RC-B7-0178/2012 | on the situation in
          motion_B-7-2013-0379_IT | it | 41 | B7-0379/2013;P7_TA(2013)0418;B7-0215/2013;B7-0216/2013 | MOTION | 2013-09-04 | 2013/2702(RSP) | 115(5) | ALDE | 5 | Sarah Ludford | Sophia in ‘t Veld | 0 | RC-B7-0378/2013 | sui presunti casi di
          motion_B-8-2015-0297_PT | pt | 16 | B8-0297/2015 | MOTION | 2015-03-23 | | 133 | - | 8 | Steeve Briois | Jean-François Jalkh | 0 | | sobre a suspensão da
          motion_B-8-2015-0302_IT | it | 16 | B8-0302/2015 | MOTION | 2015-03-25 | | 133 | - | 1 | Mara Bizzotto | Mara Bizzotto | 0 | | sulla richiesta di asilo
          motion_B-8-2015-0506_EN | en | 9 | | MOTION | | | 133 | - | 35 | Marine Le Pen | Janice Atkinson | 0 | | on the discriminatory treatment
          motion_B-8-2015-0506_HU | hu | 16 | B8-0506/2015 | MOTION | 2015-09-16 | | 133 | - | 35 | Marine Le Pen | Janice Atkinson | 0 | | az Európai Parlament független
          motion_B-8-2015-0742_SL | sl | 16 | B8-0742/2015 | MOTION | 2015-07-22 | | 133 | - | 1 | Gianluca Buonanno | Gianluca Buonanno | 0 | | o izrednih razmerah na
          motion_B-8-2015-0817_HR | hr | 16 | B8-0817/2015 | MOTION | 2015-07-02 | | 133 | - | 1 | Lorenzo Fontana | Lorenzo Fontana | 0 | | o reformi politike migracija
          motion_B-8-2015-1091_DE | de | 16 | B8-1091/20115 | MOTION | 2015-10-07 | | 133 | - | 1 | Gianluca Buonanno | Gianluca Buonanno | 0 | | zu Syrien: Abstimmung der
          motion_B-8-2017-0705_NL | nl | 16 | B8-0705/2018 | MOTION | 2017-12-12 | | 133 | - | 1 | Nicola Caputo | Nicola Caputo | 0 | | over de hervestiging van
          motion_B-9-2021-0325_DE | de | 27 | B9-0325/2021 | MOTION | 2021-06-07 | 2021/2712(RSP) | 132(2) | Verts/ALE | 8 | Erik Marquardt | Francisco Guerreiro | 0 | RC-B9-0324/2021 | zur Lage in Afghanistan
          motion_B-9-2021-0460_NL | nl | 27 | B9-0460/2021 | MOTION | 2021-09-14 | 2021/2877(RSP) | 132(2) | S&D | 2 | Pedro Marques | Elena Yoncheva | 0 | RC-B9-0455/2021 | over de situatie in
          motion_B-9-2021-0494_PL | pl | 27 | B9-0494/2021 | MOTION | 2021-10-04 | 2021/2881(RSP) | 132(2) | Renew | 12 | Petras Auštrevičius | Hilde Vautmans | 0 | RC-B9-0482/2021 | w sprawie sytuacji na
          motion_B-9-2022-0205_HU | hu | 8 | B9-0205/2022 | MOTION | 2022-04-05 | 2022/2571(RSP) | 132(2) | S&D | 7 | Pedro Marques | Mónica Silvana González | 0 | RC-B9-0198/2022 | az afganisztáni helyzetről, különösen
          motion_B-9-2022-0506_EN | en | 24 | B9-0506/2022 | MOTION | 2022-11-22 | 2022/2955(RSP) | 144 | Verts/ALE | 15 | Tineke Strik | Rosa D'Amato | 0 | RC-B9-0506/2022 | on Situation in Afghanistan,
          motion_B-9-2023-0168_HR | hr | 8 | B9-0168/2023 | MOTION | 2023-03-08 | 2023/2573(RSP) | 132(2) | ECR | 7 | Anna Fotyga | Beata Kempa | 0 | RC-B9-0164/2023 | o daljnjoj represiji nad
          motion_B-9-2023-0189_BG | bg | 27 | B9-0189/2023 | MOTION | 2023-03-22 | 2022/2898(RSP) | 132(2) | - | 1 | Хуан Фернандо Лопес Агилар | Хуан Фернандо Лопес Агилар | 0 | | относно доклада относно върховенството
          motion_B-9-2024-0116_LT | en | 29 | B9-0116/2024 | MOTION | 2024-02-06 | 2024/2550(RSP) | 144 | ECR | 18 | Anna Fotyga | Hermann Tertsch | 0 | RC-B9-0110/2024 | on the new wave
          """)
  void readsTheHeaderOfTheRealPage(
      String file,
      String language,
      int titleLine,
      String numbers,
      String kind,
      String date,
      String procedure,
      String rules,
      String groups,
      String counts,
      String firstAuthor,
      String lastAuthor,
      int replaced,
      String seeAlso,
      String subject)
      throws IOException {
    Header header = header(file, language, titleLine);
    Motion motion = header.motion().orElseThrow();

    assertThat(header.documentNumbers()).isEqualTo(list(numbers));
    assertThat(motion.kind()).isEqualTo(Motion.Kind.valueOf(kind));
    assertThat(motion.date().map(Object::toString).orElse(null)).isEqualTo(date);
    assertThat(header.procedure().map(ProcedureReference::reference).orElse(null))
        .isEqualTo(procedure);
    // One statement of Rules in the header: its Rules as one entry, "136(2), 136(4)".
    assertThat(motion.rules())
        .isEqualTo(rules == null ? List.of() : List.of(rules.replace(";", ", ")));
    assertThat(motion.authorGroups())
        .extracting(g -> g.group().orElse("-"))
        .isEqualTo(list(groups));
    assertThat(motion.authorGroups())
        .extracting(g -> String.valueOf(g.authors().size()))
        .isEqualTo(list(counts));
    List<AuthorGroup> all = motion.authorGroups();
    assertThat(all.get(0).authors().get(0)).isEqualTo(firstAuthor);
    List<String> last = all.get(all.size() - 1).authors();
    assertThat(last.get(last.size() - 1)).isEqualTo(lastAuthor);
    assertThat(motion.replacedMotions()).hasSize(replaced);
    assertThat(motion.seeAlso().orElse(null)).isEqualTo(seeAlso);
    assertThat(motion.subject().orElseThrow()).startsWith(subject);
  }

  /**
   * A copy that lost its heading (B-8-2015-0506_EN starts at the download line) is read from its
   * Rule line.
   */
  @Test
  void readsACopyWithoutItsHeadingFromTheRuleLine() throws IOException {
    Motion motion = header("motion_B-8-2015-0506_EN", "en", 9).motion().orElseThrow();
    assertThat(motion.heading()).isEmpty();
    assertThat(motion.kind()).isEqualTo(Motion.Kind.MOTION);
    assertThat(motion.subject())
        .contains("on the discriminatory treatment of non-attached Members in Parliament");
  }

  /**
   * The motions a joint motion replaces, number first (10th term) or group first (7th term, blank
   * lines between them), each with its group.
   */
  @Test
  void keepsReplacedMotionsWithTheirGroups() throws IOException {
    Motion joint = header("joint-motion_RC-10-2025-0415_DE", "de", 40).motion().orElseThrow();
    assertThat(joint.replacedMotions())
        .extracting(m -> m.number() + " " + m.group().orElse("-"))
        .containsExactly(
            "B10-0415/2025 The Left",
            "B10-0417/2025 PPE",
            "B10-0418/2025 S&D",
            "B10-0420/2025 Verts/ALE",
            "B10-0425/2025 Renew",
            "B10-0427/2025 ECR");
    Motion older = header("joint-motion_RC-7-2009-0174_ES", "es", 52).motion().orElseThrow();
    assertThat(older.replacedMotions())
        .extracting(m -> m.number() + " " + m.group().orElse("-"))
        .containsExactly("B7-0174/2009 PPE", "B7-0175/2009 ECR", "B7-0176/2009 ALDE");
  }

  /**
   * The header read from the page's lines before its title ({@code titleLine} 0: all of them), as
   * the front matter reaches the header reader: non-blank lines, each read as text.
   */
  private static Header header(String file, String language, int titleLine) throws IOException {
    Path path = MOTIONS.resolve(file + ".txt");
    assumeTrue(Files.exists(path), "../shared/corpus/real is absent: " + path);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    List<String> all = List.of(text.split("\n", -1));
    List<String> head = titleLine == 0 ? all : all.subList(0, titleLine - 1);
    String source = String.join("\n", head) + "\n";
    List<SourceLine> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < head.size(); i++) {
      int end = start + head.get(i).length() + 1;
      if (!head.get(i).isBlank()) {
        lines.add(SourceLine.of(source, LayoutLexer.TEXT_LINE, i + 1, start, end));
      }
      start = end;
    }
    LanguageProfile profile = LanguageProfiles.forCode(language).orElseThrow();
    return new HeaderReader(profile, new ReferenceFinder(profile)).read(lines, List.of());
  }

  private static List<String> list(String items) {
    return items == null ? List.of() : Arrays.asList(items.split(";"));
  }
}
