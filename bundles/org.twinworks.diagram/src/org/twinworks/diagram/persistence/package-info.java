/** Notation files ({@code <model>.twindiagram}): deterministic XMI read and written through {@code org.twinworks.core.persistence}. */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.persistence;
