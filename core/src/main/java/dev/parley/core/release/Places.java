package dev.parley.core.release;

import dev.parley.core.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cities and countries where the dialogues meet, in English and Japanese, so that "in Tokyo",
 * "東京にて" and "Mita Kaigisho (Minato-ku, Tokyo)" all read as places with their country. Each lookup
 * scans a bounded list of names over one sentence: linear in its length.
 */
final class Places {
  private Places() {}

  /** A city with its country and the names releases use for it. */
  private record City(String name, String country, String... aliases) {}

  private static final City[] CITIES = {
    new City("Tokyo", "Japan", "Tokyo", "東京"),
    new City("Osaka", "Japan", "Osaka", "大阪"),
    new City("Kyoto", "Japan", "Kyoto", "京都"),
    new City("Brussels", "Belgium", "Brussels", "ブリュッセル"),
    new City("New Delhi", "India", "New Delhi", "ニューデリー", "デリー", "Delhi"),
    new City("Bengaluru", "India", "Bengaluru", "Bangalore", "ベンガルール", "バンガロール"),
    new City(
        "Washington, D.C.",
        "United States",
        "Washington, D.C.",
        "Washington D.C.",
        "Washington",
        "ワシントンD.C.",
        "ワシントン"),
    new City("San Francisco", "United States", "San Francisco", "サンフランシスコ"),
    new City("Berlin", "Germany", "Berlin", "ベルリン"),
    new City("Bonn", "Germany", "Bonn", "ボン"),
    new City("Munich", "Germany", "Munich", "ミュンヘン"),
    new City("Paris", "France", "Paris", "パリ"),
    new City("London", "United Kingdom", "London", "ロンドン"),
    new City("Singapore", "Singapore", "Singapore", "シンガポール"),
    new City("Rome", "Italy", "Rome", "ローマ"),
    new City("Turin", "Italy", "Turin", "トリノ"),
    new City("Hanover", "Germany", "Hanover", "ハノーバー")
  };

  private static final String[][] COUNTRIES = {
    {"Japan", "日本"},
    {"Belgium", "ベルギー"},
    {"India", "インド"},
    {"United States", "U.S.", "USA", "米国", "アメリカ"},
    {"Germany", "ドイツ"},
    {"France", "フランス"},
    {"United Kingdom", "UK", "英国", "イギリス"},
    {"Italy", "イタリア"}
  };

  /** The city a text names first, with its country, and where. */
  record Found(Place place, int start, String words) {}

  /** The first known city named in the text, as a place with its country. */
  static Optional<Found> city(String text) {
    Found best = null;
    for (City c : CITIES) {
      for (String alias : c.aliases()) {
        int at = indexOfWord(text, alias);
        if (at >= 0 && (best == null || at < best.start())) {
          best = new Found(Place.builder().city(c.name()).country(c.country()).build(), at, alias);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The country of a name, if it is one ("Belgium", "ベルギー"). */
  static Optional<String> country(String name) {
    for (String[] c : COUNTRIES) {
      for (String alias : c) {
        if (alias.equals(name)) {
          return Optional.of(c[0]);
        }
      }
    }
    return Optional.empty();
  }

  /** The city of a name, if it is one. */
  private static Optional<City> cityNamed(String name) {
    for (City c : CITIES) {
      for (String alias : c.aliases()) {
        if (alias.equals(name)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A place written out on its own, as a release's "Place" line does: {@code Egmont Palace,
   * Brussels, Belgium} or {@code Mita Kaigisho (Minato-ku, Tokyo)}: known cities and countries are
   * read as such, a part ending in {@code -ku} or {@code 区} as the district, and the first other
   * part as the venue.
   */
  static Optional<Place> parse(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < text.length() && i < 300; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '(' || c == ')' || c == '（' || c == '）' || c == '、' || c == '，') {
        parts.add(part.toString().trim());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString().trim());
    Place.Builder b = Place.builder();
    boolean any = false;
    String venue = null;
    String city = null;
    String country = null;
    String district = null;
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      Optional<City> c = cityNamed(p);
      Optional<String> k = country(p);
      if (c.isPresent() && city == null) {
        city = c.get().name();
        if (country == null) {
          country = c.get().country();
        }
      } else if (k.isPresent()) {
        country = k.get();
      } else if ((p.endsWith("-ku") || p.endsWith("区")) && district == null) {
        district = p;
      } else if (venue == null) {
        venue = p;
      }
    }
    if (venue != null) {
      b.venue(venue);
      any = true;
    }
    if (district != null) {
      b.district(district);
      any = true;
    }
    if (city != null) {
      b.city(city);
      any = true;
    }
    if (country != null) {
      b.country(country);
      any = true;
    }
    return any ? Optional.of(b.build()) : Optional.empty();
  }

  /** Where a name occurs in a text as a whole word (for Latin names), or -1. */
  static int indexOfWord(String text, String name) {
    int from = 0;
    while (true) {
      int at = text.indexOf(name, from);
      if (at < 0) {
        return -1;
      }
      int end = at + name.length();
      boolean latin = name.charAt(0) < 0x3000;
      if (!latin
          || ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
              && (end >= text.length() || !Character.isLetter(text.charAt(end))))) {
        return at;
      }
      from = at + 1;
    }
  }
}
