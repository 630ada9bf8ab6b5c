/** Generated implementation of the notation model. Not API: visible to the diagram tests only. */
package org.twinworks.diagram.notation.impl;
