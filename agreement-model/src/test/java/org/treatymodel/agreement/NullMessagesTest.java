package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.common.testing.ArbitraryInstances;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No public method lets the JVM write the message of the exception that rejects a null: for every
 * public static method of the API, and every public instance method of a sample of each value,
 * builder and rule, each parameter in turn is given null, and the {@link NullPointerException}
 * thrown must carry a message the library wrote ("parties must not be null"), not one the JVM wrote
 * ("Cannot invoke ... because ... is null") or none.
 */
class NullMessagesTest {
  private static final Pattern JVM_MESSAGE =
      Pattern.compile("^Cannot (invoke|read|load|store|assign|throw|enter) .*");

  @TestFactory
  List<DynamicTest> nullsAreRejectedWithTheLibrarysOwnMessage() {
    Map<Class<?>, Object> defaults = NullRejectionTest.defaults();
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : NullRejectionTest.apiTypes()) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && Modifier.isStatic(method.getModifiers())
            && !method.isSynthetic()) {
          tests.add(test(type.getSimpleName(), null, method, defaults));
        }
      }
    }
    for (Object sample : NullRejectionTest.samples()) {
      for (Method method : sample.getClass().getMethods()) {
        if (!Modifier.isStatic(method.getModifiers())
            && method.getDeclaringClass().getName().startsWith("org.treatymodel")
            && !method.isSynthetic()) {
          tests.add(test(sample.getClass().getSimpleName(), sample, method, defaults));
        }
      }
    }
    return tests;
  }

  private static DynamicTest test(
      String owner, @Nullable Object target, Method method, Map<Class<?>, Object> defaults) {
    return DynamicTest.dynamicTest(
        owner + "." + method.getName() + Arrays.toString(method.getParameterTypes()),
        () -> {
          Parameter[] parameters = method.getParameters();
          for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getType().isPrimitive()
                || parameters[i].isAnnotationPresent(Nullable.class)) {
              continue;
            }
            Object[] arguments = arguments(parameters, defaults);
            if (arguments == null) {
              return; // a parameter type with no sample: NullRejectionTest covers the method
            }
            arguments[i] = null;
            try {
              method.setAccessible(true);
              method.invoke(target, arguments);
            } catch (InvocationTargetException thrown) {
              if (thrown.getCause() instanceof NullPointerException rejection) {
                String message = rejection.getMessage();
                assertNotNull(message, method + ": a null at " + i + " gives no message");
                assertFalse(
                    JVM_MESSAGE.matcher(message).matches(),
                    method + ": the JVM wrote the message: " + message);
              }
            }
          }
        });
  }

  private static Object @Nullable [] arguments(
      Parameter[] parameters, Map<Class<?>, Object> defaults) {
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Class<?> type = parameters[i].getType();
      Object value = defaults.get(type);
      if (value == null) {
        value = ArbitraryInstances.get(type);
      }
      if (value == null && !type.isPrimitive()) {
        return null;
      }
      arguments[i] = value;
    }
    return arguments;
  }
}
