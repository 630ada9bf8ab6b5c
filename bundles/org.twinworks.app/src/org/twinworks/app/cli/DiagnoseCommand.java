// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.twinworks.app.ViewIds;

/**
 * Checks the installation itself: every bundle resolves, and every view the perspectives lay out is
 * contributed. CI runs it against the built product, whose bundle set p2 computes, not the test runtime's.
 */
final class DiagnoseCommand implements CliCommand {

	@Override
	public String name() {
		return "diagnose";
	}

	@Override
	public String arguments() {
		return "";
	}

	@Override
	public String summary() {
		return "check the installation: unresolved bundles, missing views (exit 1 if any)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		BundleContext context = FrameworkUtil.getBundle(DiagnoseCommand.class).getBundleContext();
		List<String> problems = new ArrayList<>();
		problems.addAll(unresolvedBundles(context));
		problems.addAll(missingViews());
		out.println(context.getBundles().length + " bundles installed");
		if (problems.isEmpty()) {
			out.println("OK: every bundle resolves and every view of the perspectives is installed");
			return OK;
		}
		problems.forEach(p -> err.println("PROBLEM: " + p));
		return PROBLEMS;
	}

	private static List<String> unresolvedBundles(BundleContext context) {
		List<Bundle> installed = Arrays.stream(context.getBundles()).filter(b -> b.getState() == Bundle.INSTALLED)
				.toList();
		if (!installed.isEmpty()) {
			context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(installed);
		}
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : installed) {
			if (bundle.getState() == Bundle.INSTALLED) {
				problems.add("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " does not resolve: "
						+ resolutionFailure(bundle));
			}
		}
		return problems;
	}

	/** The resolver's own explanation; starting an unresolved bundle is the portable way to get it. */
	private static String resolutionFailure(Bundle bundle) {
		if (bundle.getHeaders().get("Fragment-Host") != null) {
			return "fragment of " + bundle.getHeaders().get("Fragment-Host") + " did not attach";
		}
		try {
			bundle.start(Bundle.START_TRANSIENT);
			bundle.stop(Bundle.STOP_TRANSIENT);
			return "unknown (it resolved when started)";
		} catch (BundleException e) {
			return e.getMessage().replace('\n', ' ');
		}
	}

	private static List<String> missingViews() {
		Set<String> contributed = Arrays
				.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.views"))
				.map(e -> e.getAttribute("id")).filter(id -> id != null).collect(Collectors.toSet());
		return java.util.stream.Stream.concat(ViewIds.PLATFORM_VIEWS.stream(), ViewIds.TWINWORKS_VIEWS.stream())
				.filter(id -> !contributed.contains(id))
				.map(id -> "view " + id + " is laid out by the perspectives but no installed bundle contributes it")
				.toList();
	}
}
