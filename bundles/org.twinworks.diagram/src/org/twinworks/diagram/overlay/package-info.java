/** The hook through which another layer (the live connection) decorates nodes: overlays, emphasis, decorations and probes, with their listeners. */
package org.twinworks.diagram.overlay;
