package org.treatymodel.agreement.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Copies and checks of the collections given to a builder, with messages that name the attribute: a
 * null collection, a null element (and its position), a duplicate element.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Elements {
  private Elements() {}

  /**
   * The elements of {@code values}, in order.
   *
   * @throws NullPointerException naming {@code attribute} (and the position of a null element)
   */
  public static <T> ImmutableList<T> list(
      String attribute, @Nullable Iterable<? extends @Nullable T> values) {
    if (values == null) {
      throw new NullPointerException(attribute + " must not be null");
    }
    ImmutableList.Builder<T> copy = new ImmutableList.Builder();
    int index = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(
            attribute + " must not contain null: element " + index + " is null");
      }
      copy.add(value);
      index++;
    }
    return copy.build();
  }

  /** The elements of {@code values}, in order; see {@link #list(String, Iterable)}. */
  @SafeVarargs
  public static <T> ImmutableList<T> list(String attribute, @Nullable T @Nullable ... values) {
    if (values == null) {
      throw new NullPointerException(attribute + " must not be null");
    }
    // A copy, so that the caller's array is not kept (and the varargs array not passed on).
    java.util.List<@Nullable T> copy = new java.util.ArrayList<>(values.length);
    for (@Nullable T value : values) {
      copy.add(value);
    }
    return list(attribute, copy);
  }

  /**
   * The distinct elements of {@code values}, in first-seen order: a set attribute, where giving an
   * element twice is giving it once.
   *
   * @throws NullPointerException naming {@code attribute} (and the position of a null element)
   */
  public static <T> ImmutableSet<T> set(
      String attribute, @Nullable Iterable<? extends @Nullable T> values) {
    return ImmutableSet.copyOf(list(attribute, values));
  }

  /** The distinct elements of {@code values}; see {@link #set(String, Iterable)}. */
  @SafeVarargs
  public static <T> ImmutableSet<T> set(String attribute, @Nullable T @Nullable ... values) {
    if (values == null) {
      throw new NullPointerException(attribute + " must not be null");
    }
    java.util.List<@Nullable T> copy = new java.util.ArrayList<>(values.length);
    for (@Nullable T value : values) {
      copy.add(value);
    }
    return ImmutableSet.copyOf(list(attribute, copy));
  }

  /**
   * Checks that no two elements of {@code values} are equal.
   *
   * @throws IllegalArgumentException naming {@code attribute} and the element given twice
   */
  public static <T> void checkDistinct(String attribute, Iterable<T> values) {
    checkDistinct(attribute, values, Function.identity());
  }

  /**
   * Checks that no two elements of {@code values} have equal keys.
   *
   * @throws IllegalArgumentException naming {@code attribute} and the key given twice
   */
  public static <T, K> void checkDistinct(
      String attribute, Iterable<T> values, Function<? super T, K> key) {
    Set<K> seen = new HashSet<>();
    for (T value : values) {
      K each = key.apply(value);
      if (!seen.add(each)) {
        throw new IllegalArgumentException(
            attribute + " must not hold the same element twice: " + Texts.quote(each.toString()));
      }
    }
  }
}
