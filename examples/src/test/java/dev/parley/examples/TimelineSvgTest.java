package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.Commitment;
import dev.parley.core.report.TimelineSvg;
import dev.parley.examples.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TimelineSvgTest {
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneCellPerTopicAndSessionOfTheSeeds() throws Exception {
    TopicTimeline timeline = TopicTimeline.of(Seeds.sessions());
    Document svg = parse(TimelineSvg.render(timeline));
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    Set<String> cells = new HashSet<>();
    int count = 0;
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (r.getAttribute("class").equals("cell")) {
        count++;
        cells.add(r.getAttribute("data-topic") + "@" + r.getAttribute("data-session"));
      }
    }
    int topics = timeline.tracks().size();
    assertThat(count).isEqualTo(topics * 9);
    assertThat(cells).hasSize(topics * 9);
    // 5G at the 27th Japan-EU dialogue (the ninth session): "decided to promote cooperation".
    assertThat(cells).contains("5g@9");
  }

  @Test
  void shadesDifferForEveryLevel() {
    Set<String> shades = new HashSet<>();
    shades.add(TimelineSvg.shade(false, Optional.empty()));
    shades.add(TimelineSvg.shade(true, Optional.empty()));
    for (Commitment c : Commitment.values()) {
      shades.add(TimelineSvg.shade(true, Optional.of(c)));
    }
    assertThat(shades).hasSize(Commitment.values().length + 2);
  }

  @Test
  void textThatNeedsEscapingStaysWellFormed() throws Exception {
    TopicTimeline timeline =
        TopicTimeline.of(
            Seeds.sessions().stream()
                .map(s -> s.withTitle("<b> & \"quoted\" 'x' \t\n]]>"))
                .toList());
    assertThat(parse(TimelineSvg.render(timeline)).getDocumentElement().getAttribute("width"))
        .isNotEmpty();
  }
}
