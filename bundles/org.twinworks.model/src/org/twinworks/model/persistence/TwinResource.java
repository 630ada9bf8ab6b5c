// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.persistence;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.twinworks.core.persistence.SiblingBufferedSave;
import org.twinworks.core.persistence.XmlOptions;

/**
 * A plant model file (.twin): XMI in which every element carries a UUID (xmi:id), so plant models diff and
 * merge well in git and the same model always saves to the same bytes. The parser refuses DTDs and external
 * entities (no XXE, no billion laughs): {@link XmlOptions}.
 */
public class TwinResource extends XMIResourceImpl {
	public static final String FILE_EXTENSION = "twin";

	public TwinResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}

	/** Safe parser settings (no DTDs, no external entities) and EMF's faster load options. */
	public static Map<Object, Object> loadOptions() {
		return XmlOptions.load();
	}

	public static Map<Object, Object> saveOptions() {
		return XmlOptions.save();
	}

	/** Buffers a large document beside the saved file, not in the system's temporary folder. */
	@Override
	protected XMLSave createXMLSave() {
		return new SiblingBufferedSave(createXMLHelper());
	}
}
