// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The versions of what Twinworks runs on, read from the running framework (never typed in), for the
 * About dialog and `twinworks version`.
 */
public final class ComponentVersions {

	/** One line of the list: what it is and which version runs. */
	public record Component(String name, String version) {
		@Override
		public String toString() {
			return name + " " + version;
		}
	}

	private static final String[][] BUNDLES = { //
			{"Twinworks", "org.twinworks.app"}, //
			{"Eclipse Platform UI", "org.eclipse.ui.workbench"}, //
			{"SWT", "org.eclipse.swt"}, //
			{"Equinox", "org.eclipse.osgi"}, //
			{"EMF Ecore", "org.eclipse.emf.ecore"}, //
			{"EMF Edit", "org.eclipse.emf.edit"}, //
			{"Eclipse ELK", "org.eclipse.elk.core"}, //
			{"NatTable", "org.eclipse.nebula.widgets.nattable.core"}, //
			{"Netty", "io.netty.handler"}, //
			{"Bouncy Castle", "bcprov"}, //
			{"SLF4J", "slf4j.api"}};

	/** The Milo jars org.twinworks.milo embeds. */
	private static final List<String> MILO_MODULES = List.of("milo-stack-core", "milo-transport", "milo-sdk-core",
			"milo-sdk-client", "milo-sdk-server");

	private ComponentVersions() {
	}

	public static List<Component> list() {
		BundleContext context = FrameworkUtil.getBundle(ComponentVersions.class).getBundleContext();
		Bundle[] bundles = context.getBundles();
		List<Component> result = new ArrayList<>();
		for (String[] entry : BUNDLES) {
			result.add(new Component(entry[0],
					newest(bundles, entry[1]).map(b -> b.getVersion().toString()).orElse("not installed")));
		}
		for (String module : MILO_MODULES) {
			result.add(
					new Component("Eclipse Milo " + module, embeddedVersion(bundles, module).orElse("not installed")));
		}
		result.add(new Component("Java", System.getProperty("java.vendor") + " " + Runtime.version()));
		result.add(new Component("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch")));
		return result;
	}

	private static Optional<Bundle> newest(Bundle[] bundles, String symbolicName) {
		return Arrays.stream(bundles).filter(b -> symbolicName.equals(b.getSymbolicName()))
				.max(Comparator.comparing(Bundle::getVersion));
	}

	/**
	 * Milo is embedded in our wrapper bundle, module by module, and the modules need not share one version (the
	 * registry serves some at newer versions than others): each jar's own manifest says which it is.
	 */
	private static Optional<String> embeddedVersion(Bundle[] bundles, String module) {
		return newest(bundles, "org.twinworks.milo").map(b -> b.getEntry("lib/" + module + ".jar"))
				.flatMap(ComponentVersions::implementationVersion);
	}

	private static Optional<String> implementationVersion(URL jar) {
		try (InputStream in = jar.openStream(); JarInputStream jarIn = new JarInputStream(in)) {
			Manifest manifest = jarIn.getManifest();
			if (manifest == null) {
				return Optional.empty();
			}
			String version = manifest.getMainAttributes().getValue("Bundle-Version");
			if (version == null) {
				version = manifest.getMainAttributes().getValue("Implementation-Version");
			}
			return Optional.ofNullable(version);
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
