// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import java.nio.file.Path;

import org.twinworks.diagram.tests.DiagramFixture;
import org.twinworks.diagram.ui.render.SceneBuilder;
import org.twinworks.diagram.ui.render.SymbolLibrary;

/** The headless {@link DiagramFixture} with a scene builder, for tests of what is drawn. */
final class SceneFixture extends DiagramFixture {
	final SceneBuilder builder;

	SceneFixture(Path folder, int areas, int equipmentPerArea) {
		super(folder, areas, equipmentPerArea);
		builder = new SceneBuilder(description, resolver, new SymbolLibrary());
	}
}
