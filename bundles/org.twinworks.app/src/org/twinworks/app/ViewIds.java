// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

/** Views the perspectives lay out; those of later features appear once their bundles contribute them. */
public final class ViewIds {
	static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	static final String OUTLINE = "org.eclipse.ui.views.ContentOutline";
	static final String PROPERTIES = "org.eclipse.ui.views.PropertySheet";
	static final String PROBLEMS = "org.eclipse.ui.views.ProblemView";
	static final String PROGRESS = "org.eclipse.ui.views.ProgressView";
	static final String CONNECTIONS = "org.twinworks.ui.views.connections";
	static final String OPCUA_BROWSER = "org.twinworks.ui.views.browser";
	static final String TRENDS = "org.twinworks.ui.views.trends";
	static final String RECONCILIATION = "org.twinworks.ui.views.reconciliation";
	static final String AUDIT_LOG = "org.twinworks.ui.views.audit";
	static final String PLAYBACK = "org.twinworks.ui.views.playback";

	/** Our own views; `twinworks diagnose` checks they are installed too. */
	public static final java.util.List<String> TWINWORKS_VIEWS = java.util.List.of(CONNECTIONS, RECONCILIATION,
			OPCUA_BROWSER, AUDIT_LOG, TRENDS, PLAYBACK);

	/** The platform views both perspectives rely on today; `twinworks diagnose` checks they are installed. */
	public static final java.util.List<String> PLATFORM_VIEWS = java.util.List.of(PROJECT_EXPLORER, OUTLINE, PROPERTIES,
			PROBLEMS, PROGRESS);

	private ViewIds() {
	}
}
