package org.treatymodel.agreement.english;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apiguardian.api.API;

/** Dates as messages and descriptions write them for people: "25 July 2016". */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Dates {
  private static final DateTimeFormatter FOR_PEOPLE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Dates() {}

  /** {@code date} as "25 July 2016". */
  public static String forPeople(LocalDate date) {
    return FOR_PEOPLE.format(date);
  }
}
