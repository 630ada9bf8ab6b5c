// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.images.PlantImages;
import org.twinworks.ui.images.SignalKind;
import org.twinworks.ui.iolist.IoListTable;

/** Icons by kind in every view, the Outline labelled as the tree, and outlining the I/O list's signals. */
@ExtendWith(ScreenshotOnFailure.class)
class PlantIconsAndOutlineTest {
	private static final Duration WAIT = Duration.ofSeconds(10);
	private IWorkbenchPage page;
	private PlantEditor editor;
	private FreshDemoPlant demo;

	@BeforeEach
	void openAFreshDemoPlant() throws Exception {
		demo = FreshDemoPlant.open();
		page = demo.page();
		editor = demo.editor();
	}

	@Test
	void eachEquipmentKindHasItsOwnIconAndAKindHasOneImage() {
		PlantImages images = PlantImages.of(Display.getCurrent());
		List<Image> distinct = new ArrayList<>();
		for (EquipmentKind kind : EquipmentKind.VALUES) {
			Image image = images.equipment(kind);
			assertSame(image, images.equipment(kind), "one image per kind, made once: " + kind);
			assertTrue(opaquePixels(image) > 12, kind + " draws next to nothing");
			distinct.forEach(other -> assertNotSame(other, image, "two kinds share an image: " + kind));
			distinct.add(image);
		}
		// different kinds look different, not only are different objects
		assertFalse(Arrays.equals(images.equipment(EquipmentKind.PUMP).getImageData().data,
				images.equipment(EquipmentKind.TANK).getImageData().data));
		assertFalse(Arrays.equals(images.equipment(EquipmentKind.VALVE).getImageData().data,
				images.equipment(EquipmentKind.CONTROL_VALVE).getImageData().data));
	}

	@Test
	void signalsHaveAnIconPerDirectionAndKindOfValue() {
		PlantImages images = PlantImages.of(Display.getCurrent());
		Image analogInput = images.signal(SignalDirection.INPUT, SignalKind.ANALOG);
		assertSame(analogInput, images.signal(SignalDirection.INPUT, SignalKind.ANALOG));
		assertNotSame(analogInput, images.signal(SignalDirection.OUTPUT, SignalKind.ANALOG));
		assertNotSame(analogInput, images.signal(SignalDirection.INPUT, SignalKind.DIGITAL));
		assertFalse(Arrays.equals(analogInput.getImageData().data,
				images.signal(SignalDirection.OUTPUT, SignalKind.ANALOG).getImageData().data));
		assertFalse(Arrays.equals(analogInput.getImageData().data,
				images.signal(SignalDirection.INPUT, SignalKind.DIGITAL).getImageData().data));
	}

	@Test
	void theTreeTheOutlineTheIoListAndPropertiesShowTheKindsIcon() throws Exception {
		PlantImages images = PlantImages.of(Display.getCurrent());
		Equipment pump = equipmentOfKind(EquipmentKind.PUMP);
		Equipment tank = equipmentOfKind(EquipmentKind.TANK);
		editor.select(pump);
		UiWait.flush();
		TreeItem pumpItem = editor.getTreeViewer().getTree().getSelection()[0];
		assertSame(images.equipment(EquipmentKind.PUMP), pumpItem.getImage());
		editor.select(tank);
		UiWait.flush();
		assertSame(images.equipment(EquipmentKind.TANK), editor.getTreeViewer().getTree().getSelection()[0].getImage());

		Signal signal = pump.getSignals().get(0);
		Image signalIcon = images.imageOf(signal);
		assertSame(images.signal(signal.getDirection(), SignalKind.of(signal.getDataType())), signalIcon);
		editor.select(signal);
		UiWait.flush();
		assertSame(signalIcon, editor.getTreeViewer().getTree().getSelection()[0].getImage());

		// Properties: a title row with the element's icon and its tree label
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		editor.select(pump);
		UiWait.flush();
		CLabel title = UiWait.forValue(() -> Widgets
				.find(properties.getCurrentPage().getControl(), CLabel.class, l -> l.getImage() != null).orElse(null),
				WAIT, "the Properties title with an icon");
		assertSame(images.equipment(EquipmentKind.PUMP), title.getImage());
		assertEquals(treeLabels().getText(pump), title.getText());

		IoListTable ioList = editor.showIoList();
		ioList.filter(1, signal.getTag());
		assertSame(signalIcon, ioList.tagIcon(0), "the I/O list's tag cell shows the signal's icon");
	}

	@Test
	void theOutlineLabelsElementsAsTheTreeDoes() throws Exception {
		page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		UiWait.flush();
		Tree outline = visibleTreeOf(editor.getAdapter(IContentOutlinePage.class));
		expand(outline, outline.getItems(), 4);
		List<TreeItem> items = new ArrayList<>();
		collect(outline.getItems(), items);
		assertTrue(items.size() > 5, "the Outline shows the model: " + items.size() + " items");
		ILabelProvider labels = treeLabels();
		for (TreeItem item : items) {
			assertEquals(labels.getText(item.getData()), item.getText());
		}
		Equipment pump = equipmentOfKind(EquipmentKind.PUMP);
		assertTrue(items.stream().anyMatch(i -> i.getText().startsWith(pump.getTag())),
				"the Outline shows tags, e.g. " + pump.getTag());
		EngineeringUnit unit = editor.getLoaded().plant().getEngineeringUnits().get(0);
		assertFalse(labels.getText(unit).startsWith("Engineering Unit"), labels.getText(unit));
	}

	@Test
	void onTheIoListPageTheOutlineListsItsSignalsAndSelectsTheirRows() throws Exception {
		page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		IoListTable ioList = editor.showIoList();
		ioList.filter(1, "PV");
		UiWait.flush();
		IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
		Tree tree = UiWait.forValue(() -> {
			Tree shown = visibleTreeOf(outline);
			return shown.getItemCount() > 0 && shown.getItem(0).getData() instanceof Equipment ? shown : null;
		}, WAIT, "the I/O list's signals in the Outline");
		UiWait.until(() -> {
			List<TreeItem> shown = new ArrayList<>();
			collect(tree.getItems(), shown);
			return shown.stream().filter(i -> i.getData() instanceof Signal).count() == ioList.visibleSignals().size();
		}, WAIT, "the Outline to follow the I/O list's filter");
		List<TreeItem> items = new ArrayList<>();
		collect(tree.getItems(), items);
		List<Signal> outlined = items.stream().map(TreeItem::getData).filter(Signal.class::isInstance)
				.map(Signal.class::cast).toList();
		assertEquals(ioList.visibleSignals().size(), outlined.size());
		assertTrue(outlined.containsAll(ioList.visibleSignals()));
		assertTrue(
				items.stream().filter(i -> i.getData() instanceof Signal)
						.allMatch(i -> i.getParentItem() != null
								&& i.getParentItem().getData() == ((Signal) i.getData()).getEquipment()),
				"signals sit under their equipment");

		Signal chosen = outlined.get(outlined.size() / 2);
		TreeItem chosenItem = items.stream().filter(i -> i.getData() == chosen).findFirst().orElseThrow();
		tree.setSelection(chosenItem);
		tree.notifyListeners(org.eclipse.swt.SWT.Selection, selectionEvent(chosenItem));
		UiWait.flush();
		assertEquals(List.of(chosen), ioList.selectedSignals(), "selecting in the Outline selects the row");

		editor.showTree();
		UiWait.until(
				() -> visibleTreeOf(outline).getItemCount() > 0
						&& !(visibleTreeOf(outline).getItem(0).getData() instanceof Equipment),
				WAIT, "the model back in the Outline");
	}

	private static org.eclipse.swt.widgets.Event selectionEvent(TreeItem item) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = item;
		return event;
	}

	private ILabelProvider treeLabels() {
		return (ILabelProvider) editor.getTreeViewer().getLabelProvider();
	}

	private static Tree visibleTreeOf(IContentOutlinePage outline) {
		Composite book = (Composite) outline.getControl();
		return Arrays.stream(book.getChildren()).filter(c -> c instanceof Tree && c.isVisible()).map(Tree.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("the Outline shows no tree"));
	}

	/** Expands as a click on each twistie would, so the viewer creates the children. */
	private static void expand(Tree tree, TreeItem[] items, int levels) {
		if (levels == 0) {
			return;
		}
		for (TreeItem item : items) {
			if (item.getData() != null && item.getItemCount() > 0) {
				org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
				event.item = item;
				tree.notifyListeners(org.eclipse.swt.SWT.Expand, event);
				item.setExpanded(true);
				expand(tree, item.getItems(), levels - 1);
			}
		}
	}

	private static void collect(TreeItem[] items, List<TreeItem> into) {
		for (TreeItem item : items) {
			if (item.getData() != null) {
				into.add(item);
				collect(item.getItems(), into);
			}
		}
	}

	private Equipment equipmentOfKind(EquipmentKind kind) {
		var all = editor.getLoaded().plant().eAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof Equipment e && e.getKind() == kind && !e.getSignals().isEmpty()) {
				return e;
			}
		}
		throw new AssertionError("the demo plant has no " + kind + " with signals");
	}

	private static int opaquePixels(Image image) {
		ImageData data = image.getImageData();
		int count = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				if (data.getAlpha(x, y) > 128) {
					count++;
				}
			}
		}
		return count;
	}
}
