package org.fairpact.analysis.verification;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal notions a consumer clause turns on, each a set of lemmas that name it in register and
 * contract wording: a rewording keeps the notions while changing the words, and a lawful clause on
 * the same topic often differs from an abusive one by a notion (a deadline, a fee, the trader's
 * seat). Written by the team from the register's most frequent lemmas; the verifier weighs them.
 */
public final class LegalConcepts {

  /** The notions in a fixed order; a clause's notions are a bit set over it. */
  public static final List<Concept> ALL =
      List.of(
          c("complaint", "reklamacja", "reklamacyjny", "skarga", "zgłoszenie", "wada", "usterka"),
          c("warranty", "rękojmia", "gwarancja", "gwarancyjny", "niezgodność", "zgodność"),
          c("liability", "odpowiedzialność", "odpowiadać", "ponosić", "szkoda", "odszkodowanie"),
          c(
              "exclusion",
              "wyłączać",
              "wyłączenie",
              "zwalniać",
              "zwolnić",
              "wyłączyć",
              "ograniczać",
              "ograniczenie",
              "ograniczyć"),
          c("court", "sąd", "spór", "sądowy", "rozstrzygać", "rozpoznawać", "właściwy"),
          c("seat", "siedziba", "miejsce"),
          c("change", "zmiana", "zmieniać", "zmienić", "modyfikacja", "aktualizacja"),
          c("price", "cena", "opłata", "koszt", "wynagrodzenie", "taryfa", "cennik", "prowizja"),
          c(
              "unilateral",
              "zastrzegać",
              "zastrzec",
              "jednostronny",
              "dowolny",
              "uznanie",
              "swobodny"),
          c("withdrawal", "odstąpić", "odstąpienie", "rezygnacja", "zrezygnować"),
          c("termination", "wypowiedzieć", "wypowiedzenie", "rozwiązać", "rozwiązanie"),
          c("deposit", "zadatek", "zaliczka", "przedpłata", "kaucja"),
          c("forfeit", "przepadać", "przepadek", "zatrzymać", "zatrzymywać", "potrącić"),
          c("refund", "zwrot", "zwracać", "zwrócić", "refundacja"),
          c("penalty", "kara", "karny", "odsetki", "windykacja"),
          c(
              "delivery",
              "dostawa",
              "dostarczyć",
              "przesyłka",
              "wysyłka",
              "doręczenie",
              "doręczyć",
              "kurier"),
          c("deadline", "termin", "dzień", "godzina", "miesiąc", "tydzień", "upływ"),
          c("form", "pisemny", "pisemnie", "forma", "oryginał", "paragon", "dowód"),
          c("regulations", "regulamin", "umowa", "warunek", "wzorzec", "postanowienie"),
          c(
              "consent",
              "akceptować",
              "zaakceptować",
              "akceptacja",
              "zgoda",
              "oświadczać",
              "potwierdzać"),
          c("data", "dane", "osobowy", "przetwarzać", "przetwarzanie", "marketing"),
          c("interpretation", "interpretacja", "wykładnia", "interpretować", "rozstrzygnięcie"),
          c("force", "niezależny", "siła", "wyższy", "okoliczność"),
          c("travel", "impreza", "wycieczka", "podróż", "uczestnik", "program", "hotel"),
          c("account", "rachunek", "konto", "karta", "kredyt", "pożyczka", "bank"),
          c("insurance", "ubezpieczenie", "ubezpieczony", "polisa", "świadczenie"),
          c("nonrefundable", "bezzwrotny", "przepadać", "nierefundowany"),
          c("exclusive", "wyłącznie", "jedynie", "tylko"),
          c("negation", "nie", "żaden", "bez"),
          c("permission", "móc", "prawo", "uprawniony", "można", "uprawnienie"),
          c("obligation", "zobowiązany", "obowiązek", "musieć", "zobowiązywać", "powinien"));

  private static final Map<String, int[]> BY_LEMMA = index();

  private LegalConcepts() {}

  /** The notions among a text's lemmas. */
  public static BitSet of(Iterable<String> lemmas) {
    BitSet concepts = new BitSet(ALL.size());
    for (String lemma : lemmas) {
      for (int concept : BY_LEMMA.getOrDefault(lemma, new int[0])) {
        concepts.set(concept);
      }
    }
    return concepts;
  }

  private static Map<String, int[]> index() {
    Map<String, int[]> map = new HashMap<>();
    for (int i = 0; i < ALL.size(); i++) {
      for (String lemma : ALL.get(i).lemmas()) {
        int[] old = map.getOrDefault(lemma, new int[0]);
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = i;
        map.put(lemma, grown);
      }
    }
    return Map.copyOf(map);
  }

  private static Concept c(String name, String... lemmas) {
    return new Concept(name, Set.of(lemmas));
  }

  /** A legal notion and the lemmas that name it. */
  public record Concept(String name, Set<String> lemmas) {}
}
