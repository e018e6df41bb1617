package org.treatymodel.agreement.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value type of the model.
 *
 * <p>Generated {@code Immutable*} classes are package-private and {@code build()} returns the
 * abstract type, so users write {@code Article.builder()} and never name a generated class. This
 * annotation is retained in class files only for the annotation processor; it is not part of the
 * API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = false),
    builtinContainerAttributes = false,
    // Only the source-retained @Generated: no Immutables or Error Prone annotation reaches the
    // class files, so consumers compile against the model without those jars or warnings.
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
public @interface ValueStyle {}
