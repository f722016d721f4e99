/**
 * Goals and quantitative targets: indicators, their metrics, kinds and comparators.
 * Not yet {@code @NullMarked}: several readers here return {@code null} for "not found" without a
 * {@code @Nullable} on their signature.
 */
package dev.cnpolicy.parser.internal.extract.indicators;
