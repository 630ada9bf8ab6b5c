/** Generated switch and adapter factory of the notation model. */
package org.twinworks.diagram.notation.util;
