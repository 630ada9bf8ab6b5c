// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.overlay.DecorationProvider;
import org.twinworks.model.Plant;
import org.twinworks.pid.EditorDiagrams;
import org.twinworks.pid.OverviewDiagram;
import org.twinworks.ui.diagram.DiagramPage;

/**
 * The plant editor's diagram tabs: one per diagram of the notation file, each page built on first use; a model
 * without diagrams gets a placeholder tab whose first use creates the overview diagram.
 */
final class DiagramTabs {
	private final CTabFolder pages;
	private final EditingDomain domain;
	private final EditorDiagrams diagrams;
	private final DecorationProvider decorations;
	private final Consumer<DiagramPage> setUp;
	private final List<CTabItem> tabs = new ArrayList<>();
	private Resource model;
	private Plant plant;

	/** {@code setUp} finishes each page as it is built (menus, status line, participants). */
	DiagramTabs(CTabFolder pages, EditingDomain domain, EditorDiagrams diagrams, DecorationProvider decorations,
			Consumer<DiagramPage> setUp) {
		this.pages = pages;
		this.domain = domain;
		this.diagrams = diagrams;
		this.decorations = decorations;
		this.setUp = setUp;
	}

	/** (Re)creates the tabs for {@code model}'s diagrams ({@code plant} null: none), disposing pages built so far. */
	void create(Resource model, Plant plant) {
		this.model = model;
		this.plant = plant;
		tabs.forEach(t -> {
			if (t.getControl() != null) {
				t.getControl().dispose();
			}
			t.dispose();
		});
		tabs.clear();
		List<Diagram> existing = diagrams.diagrams();
		if (existing.isEmpty() && plant != null) {
			CTabItem tab = new CTabItem(pages, SWT.NONE);
			tab.setText("Diagram");
			tab.setToolTipText("Opening this page creates an overview diagram of the whole plant");
			tabs.add(tab);
		}
		for (Diagram diagram : existing) {
			CTabItem tab = new CTabItem(pages, SWT.NONE);
			tab.setText("Diagram: " + diagram.getName());
			tab.setData(diagram);
			tabs.add(tab);
		}
	}

	boolean contains(CTabItem tab) {
		return tabs.contains(tab);
	}

	/** The first tab, or null when the model has neither diagrams nor a plant. */
	CTabItem first() {
		return tabs.isEmpty() ? null : tabs.get(0);
	}

	/** The page of a tab if it was built, else null. */
	DiagramPage built(CTabItem tab) {
		return tab != null && tab.getControl() != null && !tab.getControl().isDisposed()
				? (DiagramPage) tab.getControl().getData(DiagramPage.class.getName())
				: null;
	}

	/** The page of a diagram tab, built on first use; the first use of the placeholder tab creates the overview. */
	DiagramPage page(CTabItem tab) {
		DiagramPage built = built(tab);
		if (built != null) {
			return built;
		}
		if (tab.getData() instanceof Diagram existing) {
			return build(tab, existing);
		}
		if (plant == null) {
			return null;
		}
		int before = diagrams.diagrams().size();
		domain.getCommandStack()
				.execute(OverviewDiagram.create(domain, plant, diagrams.resource(), OverviewDiagram.NAME));
		if (diagrams.diagrams().size() == before) {
			return null;
		}
		Diagram diagram = diagrams.diagrams().get(before);
		tab.setData(diagram);
		tab.setText("Diagram: " + diagram.getName());
		return build(tab, diagram);
	}

	private DiagramPage build(CTabItem tab, Diagram diagram) {
		DiagramPage page = new DiagramPage(pages, domain, diagram, model, decorations);
		page.control().setData(DiagramPage.class.getName(), page);
		setUp.accept(page);
		tab.setControl(page.control());
		return page;
	}

	/** Rebuilds the scenes of the pages built so far (decorations are asked again). */
	void refresh() {
		for (CTabItem tab : tabs) {
			DiagramPage page = built(tab);
			if (page != null) {
				page.viewer().refresh();
			}
		}
	}
}
