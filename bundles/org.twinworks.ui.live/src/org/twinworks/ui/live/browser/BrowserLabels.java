// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.twinworks.live.BrowsedNode;

/** Browser labels: browse name, then node class and a variable's DataType; the platform's shared images by node class. */
final class BrowserLabels extends LabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof AddressSpaceContent.Placeholder placeholder) {
			return placeholder.text();
		}
		if (!(element instanceof BrowserNode browser)) {
			return String.valueOf(element);
		}
		BrowsedNode node = browser.node();
		String kind = node.isProperty() ? "Property" : node.nodeClass();
		String type = node.dataType() == null ? "" : ", " + node.dataType();
		return node.browseName() + "  (" + kind + type + ")";
	}

	@Override
	public Image getImage(Object element) {
		if (!(element instanceof BrowserNode browser)) {
			return null;
		}
		BrowsedNode node = browser.node();
		String key = switch (node.nodeClass() == null ? "" : node.nodeClass()) {
		case "Object" -> ISharedImages.IMG_OBJ_FOLDER;
		case "Variable" -> node.isProperty() ? ISharedImages.IMG_OBJ_ELEMENT : ISharedImages.IMG_OBJ_FILE;
		case "Method" -> ISharedImages.IMG_TOOL_FORWARD;
		default -> ISharedImages.IMG_OBJ_ELEMENT;
		};
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}
}
