// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.ui.export.DiagramExport;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SymbolLibrary;

/**
 * Export, print and the Outline's thumbnail paint onto a GC that is not theirs: afterwards that GC must hold none
 * of the fonts or transforms the painting made and disposed (a disposed font left selected is a native handle the
 * GC may use again).
 */
class ScaledPaintResourcesTest {
	@TempDir
	Path folder;

	@Test
	void aScaledPaintLeavesNoDisposedFontOrTransformInTheCallersGc() {
		Display display = Display.getDefault();
		SceneFixture fixture = new SceneFixture(folder, 1, 3);
		Diagram diagram = fixture.fullDiagram();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		Scene scene = fixture.builder.build(diagram);
		Image image = new Image(display, 300, 200);
		GC gc = new GC(image);
		Transform transform = new Transform(display);
		try {
			// at full scale labels are drawn, so the painting selected fonts of its own
			DiagramExport.paintScaled(gc, scene, new SceneRenderer(new SymbolLibrary()), DiagramExport.area(scene),
					1.0);
			assertFalse(gc.getFont().isDisposed(), "the caller's GC still has a font the painting disposed");
			gc.getTransform(transform);
			float[] elements = new float[6];
			transform.getElements(elements);
			assertArrayEquals(new float[]{1, 0, 0, 1, 0, 0}, elements, "the caller's GC keeps the painting's scale");
			gc.drawString("after the painting", 2, 2);
		} finally {
			transform.dispose();
			gc.dispose();
			image.dispose();
		}
	}
}
