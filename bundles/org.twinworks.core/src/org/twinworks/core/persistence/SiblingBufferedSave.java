// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

/**
 * EMF's XMI save with its file buffer (the document after the root element, which EMF writes to a file so a large
 * model is not held in memory) in the file named by the save option {@link #BUFFER_FILE}, beside the file being
 * saved. EMF's own {@code OPTION_USE_FILE_BUFFER} puts it in the system's temporary folder, where a save killed
 * midway leaves it for good; beside the target, {@link AtomicFileWriter#removeLeftovers} takes it away.
 */
public class SiblingBufferedSave extends XMISaveImpl {
	/** Save option: the buffer file's path (a String); without it the document is buffered in memory. */
	public static final String BUFFER_FILE = "org.twinworks.core.persistence.BUFFER_FILE";

	public SiblingBufferedSave(XMLHelper helper) {
		super(helper);
	}

	@Override
	protected void init(XMLResource resource, Map<?, ?> options) {
		super.init(resource, options);
		if (options.get(BUFFER_FILE) instanceof String file && doc != null) {
			doc.setTemporaryFileName(file);
		}
	}
}
