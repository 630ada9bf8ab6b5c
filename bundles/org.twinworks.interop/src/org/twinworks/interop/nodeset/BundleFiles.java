// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Files shipped at the root of this bundle (outside its class path), read under OSGi or from the class path. */
final class BundleFiles {

	private BundleFiles() {
	}

	static InputStream open(String path) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(BundleFiles.class);
		URL url = bundle != null ? bundle.getEntry(path) : null;
		if (url == null) {
			url = BundleFiles.class.getClassLoader().getResource(path);
		}
		if (url == null) {
			throw new IOException(path + " is not in the bundle");
		}
		return url.openStream();
	}
}
