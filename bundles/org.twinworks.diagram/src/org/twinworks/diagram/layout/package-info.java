/** Automatic arrangement of a diagram or a selection with ELK (layered, orthogonal edges), as one undoable command. */
package org.twinworks.diagram.layout;
