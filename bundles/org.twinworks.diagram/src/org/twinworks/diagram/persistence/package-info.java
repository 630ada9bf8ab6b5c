/** Notation files ({@code <model>.twindiagram}): deterministic XMI read and written through {@code org.twinworks.core.persistence}. */
package org.twinworks.diagram.persistence;
