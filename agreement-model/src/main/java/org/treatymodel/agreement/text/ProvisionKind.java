package org.treatymodel.agreement.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What unit of the text a provision is, and so what a component of its {@link ProvisionId} names.
 * Each kind has the short name that Akoma Ntoso's naming convention gives its element ({@code art}
 * for an article, {@code para} for a paragraph, {@code wrapup} for a list's closing words) and is
 * numbered, lettered or, where it is unique within its parent, neither.
 */
@API(status = STABLE, since = "0.1.0")
public enum ProvisionKind {
  /** The preamble as a whole ({@code preamble}). */
  PREAMBLE("preamble", Numbering.NONE),
  /**
   * A formula: in the preamble, the parties ("The United Nations and the International Organization
   * for Migration,", {@code preamble__formula_1}) and "Have agreed as follows:" ({@code
   * preamble__formula_2}); in the final clauses, the testimonium and the signing clause ({@code
   * conclusions__formula_1}, {@code conclusions__formula_2}).
   */
  FORMULA("formula", Numbering.NUMBER),
  /** A recital of the preamble ({@code preamble__recital_4}). */
  RECITAL("recital", Numbering.NUMBER),
  /** An article ({@code art_5}). */
  ARTICLE("art", Numbering.NUMBER),
  /** A paragraph of an article ({@code art_5__para_1}). */
  PARAGRAPH("para", Numbering.NUMBER),
  /** A list of lettered points within a paragraph ({@code art_3__para_2__list_1}). */
  LIST("list", Numbering.NUMBER),
  /** The words that introduce a list ({@code art_3__para_2__list_1__intro}). */
  INTRO("intro", Numbering.NONE),
  /** A lettered point of a list ({@code art_3__para_2__list_1__point_a}). */
  POINT("point", Numbering.LETTER),
  /** The closing words after a list's points ({@code art_3__para_2__list_1__wrapup}). */
  WRAP_UP("wrapup", Numbering.NONE),
  /** A column of the signature block ({@code conclusions__signature_1}). */
  SIGNATURE("signature", Numbering.NUMBER),
  /** The final clauses as a whole ({@code conclusions}). */
  CONCLUSIONS("conclusions", Numbering.NONE);

  /** How a kind's components are told apart among their siblings. */
  public enum Numbering {
    /** Unique within its parent: no number ({@code intro}). */
    NONE,
    /** Numbered 1, 2, 3... ({@code para_2}). */
    NUMBER,
    /** Lettered a to z ({@code point_b}). */
    LETTER
  }

  private final String code;
  private final Numbering numbering;

  ProvisionKind(String code, Numbering numbering) {
    this.code = code;
    this.numbering = numbering;
  }

  /** The name of the kind in an identifier's component: {@code art}, {@code para}. */
  public String code() {
    return code;
  }

  /** Whether components of this kind are numbered, lettered or unique. */
  public Numbering numbering() {
    return numbering;
  }

  /** The kind in words, for people: "wrap up" reads "closing words". */
  public String label() {
    return this == WRAP_UP ? "closing words" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The kind whose {@link #code()} is {@code code}, if any. */
  public static Optional<ProvisionKind> ofCode(String code) {
    checkNotNull(code, "code");
    for (ProvisionKind kind : values()) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
