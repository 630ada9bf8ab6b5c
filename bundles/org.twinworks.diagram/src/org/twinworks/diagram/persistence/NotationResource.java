// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.twinworks.core.persistence.SiblingBufferedSave;
import org.twinworks.core.persistence.XmlOptions;

/**
 * A notation file ({@code <model>.twindiagram}): XMI whose views reference each other by position paths and
 * their semantic elements by UUID strings. No generated ids: the same diagram always saves to the same bytes,
 * so diagrams diff and merge like the models beside them.
 */
public class NotationResource extends XMIResourceImpl {
	public static final String FILE_EXTENSION = "twindiagram";

	public NotationResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(XmlOptions.load());
		getDefaultSaveOptions().putAll(XmlOptions.save());
	}

	/** Buffers a large document beside the saved file, not in the system's temporary folder. */
	@Override
	protected XMLSave createXMLSave() {
		return new SiblingBufferedSave(createXMLHelper());
	}
}
