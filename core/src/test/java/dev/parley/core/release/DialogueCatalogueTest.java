package dev.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DialogueCatalogueTest {
  @Test
  void theSameSeriesHasOneIdInEnglishAndJapanese() {
    DialogueCatalogue c = DialogueCatalogue.defaultCatalogue();
    assertThat(c.find("Result of 27th Japan-EU ICT Policy Dialogue").map(Dialogue::id))
        .hasValue("japan-eu-ict-policy-dialogue");
    assertThat(c.find("日EU・ICT政策対話（第27回）の結果").map(Dialogue::id))
        .hasValue("japan-eu-ict-policy-dialogue");
    assertThat(c.find("日独ICT政策対話（第6回）").map(Dialogue::id))
        .hasValue("japan-germany-ict-policy-dialogue");
    assertThat(c.find("インターネットエコノミーに関する日米政策協力対話").map(Dialogue::id))
        .hasValue("japan-us-internet-economy-dialogue");
  }

  @Test
  void aWorkshopIsNotTheDialogueOfTheSameParties() {
    assertThat(
            DialogueCatalogue.defaultCatalogue()
                .find("10th Japan-EU ICT Strategy Workshop")
                .map(Dialogue::id))
        .hasValue("japan-eu-ict-strategy-workshop");
  }

  @Test
  void mentionsAreInOrderWithTheirPlaceInTheText() {
    String title =
        "Results of 25th Japan-EU ICT Policy Dialogue and 9th Japan-EU ICT Strategy Workshop";
    assertThat(DialogueCatalogue.defaultCatalogue().mentions(title))
        .extracting(m -> title.substring(m.start(), m.end()))
        .containsExactly("Japan-EU ICT Policy Dialogue", "Japan-EU ICT Strategy Workshop");
  }

  @Test
  void aCatalogueFileAddsAndOverridesSeries() {
    DialogueCatalogue extra =
        DialogueCatalogue.parse(
            new StringReader(
                "# ours\njapan-italy-ict-dialogue\tministerial\tjp=Japan;it=Italy\tJapan-Italy ICT Dialogue|日伊ICT対話\n"
                    + "japan-eu-ict-policy-dialogue\tministerial\tjp=Japan;eu=European Union\tJapan-EU ICT Policy Dialogue\n"),
            "extra.tsv");
    DialogueCatalogue merged = DialogueCatalogue.defaultCatalogue().mergedWith(extra);
    assertThat(merged.find("日伊ICT対話（第2回）").map(Dialogue::id)).hasValue("japan-italy-ict-dialogue");
    assertThat(merged.dialogue("japan-eu-ict-policy-dialogue").map(Dialogue::level))
        .hasValue(DialogueLevel.MINISTERIAL);
    assertThat(merged.names("japan-italy-ict-dialogue"))
        .containsExactly("Japan-Italy ICT Dialogue", "日伊ICT対話");
    assertThat(merged.dialogues())
        .hasSize(DialogueCatalogue.defaultCatalogue().dialogues().size() + 1);
  }

  @Test
  void aMalformedLineIsReportedWithItsFileAndLine() {
    assertThatThrownBy(
            () -> DialogueCatalogue.parse(new StringReader("\nonly-one-column\n"), "bad.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad.tsv:2: expected 4 tab-separated columns, found 1");
    assertThatThrownBy(
            () ->
                DialogueCatalogue.parse(
                    new StringReader("x\tnowhere\tjp=Japan;eu=EU\tX\n"), "bad.tsv"))
        .hasMessageStartingWith("bad.tsv:1: ");
    assertThatThrownBy(
            () -> DialogueCatalogue.parse(new StringReader("x\tother\tjp=Japan\tX\n"), "bad.tsv"))
        .hasMessageStartingWith("bad.tsv:1: ")
        .hasMessageContaining("at least 2");
  }
}
