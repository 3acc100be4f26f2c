package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.model.AuthorGroup;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Header;
import io.github.epres.model.Motion;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A motion page with no block read — cut inside its header, as the Greek excerpt of RC-B9-0251/2019
 * is, or with a body not read — is not a resolution, but its header is still read from its head.
 */
class MotionWithoutBodyTest {
  private static final Path PAGE =
      Path.of(
          System.getProperty("epres.shared", "../shared"),
          "corpus",
          "real",
          "motions",
          "joint-motion_RC-9-2019-0251_EL.txt");

  @Test
  void readsTheHeaderOfAPageCutInsideIt() throws IOException {
    assumeTrue(Files.exists(PAGE), "../shared/corpus/real is absent: " + PAGE);
    String text = Files.readString(PAGE, StandardCharsets.UTF_8);
    Resolution r = ResolutionParser.builder().language("el").build().parse(text);

    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .contains(DiagnosticCode.NOT_A_RESOLUTION);
    assertThat(TextRenderer.render(r)).isEqualTo(text);
    Header header = r.header().orElseThrow();
    assertThat(header.documentNumber()).contains("RC-B9-0251/2019");
    Motion motion = header.motion().orElseThrow();
    assertThat(motion.kind()).isEqualTo(Motion.Kind.JOINT_MOTION);
    assertThat(motion.rules()).containsExactly("132(2), 132(4)");
    assertThat(motion.replacedMotions()).hasSize(5);
    assertThat(motion.authorGroups())
        .extracting(g -> g.group().orElse("-"))
        .containsExactly("PPE", "S&D", "Renew", "Verts/ALE", "ECR", "-");
  }

  /** Citations whose dash the copy lost are no block yet: the header before them is read. */
  @Test
  void readsTheHeaderBeforeABodyNotRead() {
    String text =
        String.join(
                "\n",
                "MOTION FOR A RESOLUTION on the situation in Afghanistan",
                "22.11.2022 - (2022/2955(RSP))",
                "pursuant to Rule 144 of the Rules of Procedure",
                "Tineke Strik, Ana Miranda",
                "on behalf of the Verts/ALE Group",
                "Procedure : 2022/2955(RSP)",
                "Document stages in plenary",
                "European Parliament resolution on the situation in Afghanistan",
                "The European Parliament,",
                "  having regard to its previous resolutions on Afghanistan,")
            + "\n";
    Resolution r = ResolutionParser.builder().language("en").build().parse(text);
    Motion motion = r.header().orElseThrow().motion().orElseThrow();
    assertThat(motion.rules()).containsExactly("144");
    assertThat(motion.authorGroups())
        .extracting(AuthorGroup::authors)
        .containsExactly(java.util.List.of("Tineke Strik", "Ana Miranda"));
    assertThat(TextRenderer.render(r)).isEqualTo(text);
  }
}
