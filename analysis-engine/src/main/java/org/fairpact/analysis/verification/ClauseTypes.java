package org.fairpact.analysis.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of clause the register holds many times over, each recognised by the notions its
 * wording must name (every group of lemmas must be present, one lemma of a group suffices). The
 * first type whose groups are all present is the clause's type; types are ordered from the most
 * specific. Written by the team from the register's most frequent clause families; {@code
 * bin/fairpact eval types} reports how many entries each covers.
 */
public final class ClauseTypes {

  /** The types, most specific first, with the lemma groups that recognise them. */
  static final List<Rule> RULES =
      List.of(
          rule(
              "jurisdiction-trader-seat",
              "Sąd właściwy dla siedziby przedsiębiorcy",
              "Disputes go to the court of the trader's seat instead of the court the law names.",
              g("sąd", "sądowy", "spór", "rozstrzygać", "rozpoznawać"),
              g("siedziba")),
          rule(
              "final-interpretation",
              "Wiążąca wykładnia przedsiębiorcy",
              "The trader alone interprets the contract or settles disputes about it.",
              g("interpretacja", "wykładnia", "interpretować", "rozstrzygać", "rozstrzygnięcie"),
              g(
                  "regulamin",
                  "umowa",
                  "postanowienie",
                  "sprzedawca",
                  "organizator",
                  "sprzedający",
                  "usługodawca",
                  "spółka",
                  "ostateczny",
                  "wiążący")),
          rule(
              "forfeited-deposit",
              "Przepadek zadatku lub wpłat",
              "Payments made by the consumer are kept when the consumer withdraws, beyond the law.",
              g("zadatek", "zaliczka", "przedpłata", "wpłata", "kaucja", "opłata", "wpisowy"),
              g(
                  "przepadać",
                  "przepadek",
                  "zatrzymać",
                  "zatrzymywać",
                  "bezzwrotny",
                  "zwrot",
                  "zwracać",
                  "potrącić")),
          rule(
              "complaint-restriction",
              "Ograniczenie reklamacji",
              "Complaints limited by short deadlines, formalities or conditions the law does not set.",
              g("reklamacja", "reklamacyjny", "wada", "usterka", "uszkodzenie", "niezgodność"),
              g(
                  "termin",
                  "dzień",
                  "godzina",
                  "tydzień",
                  "miesiąc",
                  "wyłącznie",
                  "jedynie",
                  "tylko",
                  "protokół",
                  "oryginał",
                  "paragon",
                  "opakowanie",
                  "warunek",
                  "nie")),
          rule(
              "liability-exclusion",
              "Wyłączenie lub ograniczenie odpowiedzialności",
              "The trader excludes or limits liability it bears under the law.",
              g("odpowiedzialność", "odpowiadać", "szkoda", "odszkodowanie"),
              g(
                  "nie",
                  "wyłączać",
                  "wyłączenie",
                  "wyłączyć",
                  "ograniczać",
                  "ograniczenie",
                  "ograniczyć",
                  "zwalniać",
                  "zwolnić",
                  "żaden",
                  "wyłącznie",
                  "jedynie",
                  "tylko")),
          rule(
              "unilateral-change",
              "Jednostronna zmiana umowy, ceny lub regulaminu",
              "The trader may change the price, terms or service on its own, without set reasons.",
              g(
                  "zmiana",
                  "zmieniać",
                  "zmienić",
                  "modyfikacja",
                  "podwyższenie",
                  "podwyższyć",
                  "aktualizacja",
                  "wzrost"),
              g(
                  "cena",
                  "opłata",
                  "regulamin",
                  "umowa",
                  "warunek",
                  "cennik",
                  "taryfa",
                  "program",
                  "oprocentowanie",
                  "prowizja",
                  "świadczenie",
                  "usługa",
                  "termin")),
          rule(
              "withdrawal-restriction",
              "Ograniczenie prawa odstąpienia lub wypowiedzenia",
              "The consumer's right to withdraw or terminate is denied, charged or made harder.",
              g(
                  "odstąpić",
                  "odstąpienie",
                  "rezygnacja",
                  "zrezygnować",
                  "wypowiedzieć",
                  "wypowiedzenie",
                  "rozwiązać",
                  "rozwiązanie"),
              g(
                  "nie",
                  "opłata",
                  "koszt",
                  "kara",
                  "potrącić",
                  "wyłącznie",
                  "jedynie",
                  "tylko",
                  "pisemny",
                  "termin",
                  "zwrot",
                  "przysługiwać")),
          rule(
              "trader-termination",
              "Rozwiązanie lub zawieszenie umowy przez przedsiębiorcę",
              "The trader may end, suspend or refuse performance at will or for vague reasons.",
              g("zastrzegać", "zastrzec", "prawo", "móc", "uprawniony"),
              g(
                  "odmowa",
                  "odmówić",
                  "anulować",
                  "anulowanie",
                  "zawiesić",
                  "zawieszenie",
                  "zablokować",
                  "usunąć",
                  "rozwiązać",
                  "wypowiedzieć",
                  "odstąpić")),
          rule(
              "penalty-fee",
              "Kary umowne i opłaty bez podstawy",
              "Penalties, fees or charges the consumer pays without a legal basis or out of proportion.",
              g("kara", "opłata", "koszt", "odsetki", "windykacja", "obciążyć", "obciążać"),
              g(
                  "umowny",
                  "dodatkowy",
                  "naliczać",
                  "naliczyć",
                  "pobierać",
                  "pobrać",
                  "obciążyć",
                  "obciążać",
                  "wysokość",
                  "zapłacić",
                  "ponieść")),
          rule(
              "deemed-consent",
              "Fikcja zgody lub oświadczenia",
              "The consumer is deemed to accept, declare or receive something by a fiction.",
              g(
                  "akceptować",
                  "zaakceptować",
                  "akceptacja",
                  "zgoda",
                  "oświadczać",
                  "oświadczenie",
                  "potwierdzać",
                  "uznawać",
                  "uznać",
                  "uważać",
                  "doręczony",
                  "doręczyć",
                  "zapoznać"),
              g("regulamin", "umowa", "warunek", "dokument", "zmiana", "wzorzec")),
          rule(
              "personal-data",
              "Przetwarzanie danych i marketing bez zgody",
              "Personal data used or shared beyond what the consumer agreed to.",
              g("dane", "osobowy", "przetwarzać", "przetwarzanie", "marketing", "reklama"),
              g(
                  "przekazywać",
                  "przekazać",
                  "udostępniać",
                  "udostępnić",
                  "wykorzystywać",
                  "wykorzystać",
                  "zgoda",
                  "podmiot",
                  "cel")),
          rule(
              "delivery-risk",
              "Przerzucenie ryzyka dostawy",
              "The consumer bears the risk or cost of delivery, damage in transit or delay.",
              g(
                  "dostawa",
                  "dostarczyć",
                  "przesyłka",
                  "wysyłka",
                  "doręczenie",
                  "kurier",
                  "transport",
                  "przewoźnik",
                  "termin"),
              g("ryzyko", "opóźnienie", "nie", "uszkodzenie", "koszt", "odpowiedzialność")));

  private ClauseTypes() {}

  /** Every type. */
  public static List<ClauseType> all() {
    return RULES.stream().map(Rule::type).toList();
  }

  /** The type of a text with these lemmas, if one fits. */
  public static Optional<ClauseType> of(Collection<String> lemmas) {
    Set<String> present = Set.copyOf(lemmas);
    return RULES.stream().filter(rule -> rule.fits(present)).map(Rule::type).findFirst();
  }

  /** Whether a text with these lemmas fits a type's lemma groups (whatever type it is first). */
  public static boolean fits(ClauseType type, Collection<String> lemmas) {
    Set<String> present = Set.copyOf(lemmas);
    return RULES.stream().anyMatch(rule -> rule.type().equals(type) && rule.fits(present));
  }

  /** The type with an id. */
  public static Optional<ClauseType> byId(String id) {
    return all().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  private static Rule rule(String id, String label, String description, Set<String>... groups) {
    return new Rule(new ClauseType(id, label, description), List.of(groups));
  }

  private static Set<String> g(String... lemmas) {
    return Set.of(lemmas);
  }

  /** A type and the lemma groups that recognise it. */
  record Rule(ClauseType type, List<Set<String>> groups) {
    boolean fits(Set<String> lemmas) {
      return groups.stream().allMatch(group -> group.stream().anyMatch(lemmas::contains));
    }
  }
}
