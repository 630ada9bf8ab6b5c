/** PNG, SVG and print export of a scene, drawn by the same renderer as the screen. */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.ui.export;
