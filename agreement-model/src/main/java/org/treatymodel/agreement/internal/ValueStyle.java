package org.treatymodel.agreement.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value type of the model.
 *
 * <p>Generated {@code Immutable*} classes and their builders are package-private. Each value's
 * public {@code Builder} is a class of the library's own, with documented setters, that holds a
 * generated builder (docs/adr/0004-builders-of-our-own.md): no generated type is a supertype of a
 * public type, and users write {@code Article.builder()}. This annotation is retained in class
 * files only for the annotation processor; it is not part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // The public builder nested in each value is the library's own class and holds a generated one;
    // no nested class has this name, so the generated builder extends nothing of ours.
    typeInnerBuilder = "NoInnerBuilderToExtend",
    builder = "new",
    defaults = @Value.Immutable(copy = false),
    builtinContainerAttributes = false,
    // Only the source-retained @Generated: no Immutables or Error Prone annotation reaches the
    // class files, so consumers compile against the model without those jars or warnings.
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
@API(status = INTERNAL, since = "0.1.0")
public @interface ValueStyle {}
