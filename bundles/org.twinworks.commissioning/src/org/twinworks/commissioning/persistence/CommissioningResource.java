// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.persistence;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.twinworks.core.persistence.SiblingBufferedSave;
import org.twinworks.core.persistence.XmlOptions;

/**
 * A commissioning record file (.twincx): XMI whose checks, sessions and punch items carry ids derived from what they
 * are (a check's id from its kind and its subject's UUID), so the same record always saves to the same bytes and
 * re-planning finds its checks again. Parsed with the same hardened settings as plant models (no DTDs, no entities).
 */
public class CommissioningResource extends XMIResourceImpl {
	public static final String FILE_EXTENSION = "twincx";

	public CommissioningResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(XmlOptions.load());
		getDefaultSaveOptions().putAll(XmlOptions.save());
	}

	Map<Object, Object> loadOptions() {
		return getDefaultLoadOptions();
	}

	Map<Object, Object> saveOptions() {
		return getDefaultSaveOptions();
	}

	/** Buffers a large document beside the saved file, not in the system's temporary folder. */
	@Override
	protected XMLSave createXMLSave() {
		return new SiblingBufferedSave(createXMLHelper());
	}
}
