// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The virtual plant's stimulation, seen from a client: how a headless commissioning run drives inputs as an
 * engineer with a calibrator would in the field. Present only on a server that has the Simulation object
 * ({@code nsu=<plant namespace>;s=Simulation} under Objects, with the methods Force, Release, ReleaseAll and
 * SetTripFails); a real plant has none, and then the run leaves those steps to the engineer.
 */
public final class PlantStimulus {
	static final String OBJECT_ID = "Simulation";
	private static final List<String> METHODS = List.of("Force", "Release", "ReleaseAll", "SetTripFails");

	private final LiveSession session;
	private final String object;
	private final Map<String, String> methods;

	private PlantStimulus(LiveSession session, String object, Map<String, String> methods) {
		this.session = session;
		this.object = object;
		this.methods = methods;
	}

	/**
	 * Looks for the Simulation object among the Objects folder's children (its node id names its namespace by URI,
	 * whatever index the server gives it) and for its four methods.
	 *
	 * @return empty when the server has no such object (a real plant, or a virtual one without stimulation)
	 * @throws LiveConnectionException when browsing fails
	 */
	public static Optional<PlantStimulus> find(LiveSession session) throws LiveConnectionException {
		AddressSpaceBrowser browser = session.browser();
		Optional<BrowsedNode> simulation = browser.children(AddressSpaceBrowser.OBJECTS_FOLDER).stream()
				.filter(n -> "Object".equals(n.nodeClass()) && n.nodeId().endsWith(";s=" + OBJECT_ID)).findFirst();
		if (simulation.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> methods = new HashMap<>();
		for (BrowsedNode child : browser.children(simulation.get().nodeId())) {
			if ("Method".equals(child.nodeClass()) && METHODS.contains(child.browseName())) {
				methods.put(child.browseName(), child.nodeId());
			}
		}
		return methods.keySet().containsAll(METHODS)
				? Optional.of(new PlantStimulus(session, simulation.get().nodeId(), Map.copyOf(methods)))
				: Optional.empty();
	}

	/** The Simulation object's node id, {@code nsu=<plant namespace>;s=Simulation}. */
	public String objectNodeId() {
		return object;
	}

	/**
	 * Holds the signal's true value at {@code value} until released; faults still apply on top (a stuck
	 * transmitter keeps publishing its frozen value), a value beyond the range is published as Uncertain.
	 *
	 * @throws LiveConnectionException when refused (Bad_NotFound for an unknown tag, Bad_InvalidArgument for a text
	 *                                 signal or a value that is not finite) or when the call fails
	 */
	public void force(String tag, double value) throws LiveConnectionException {
		session.call(object, methods.get("Force"), tag, value);
	}

	/** Lets the simulation move the signal again. */
	public void release(String tag) throws LiveConnectionException {
		session.call(object, methods.get("Release"), tag);
	}

	/** Releases every forced signal. */
	public void releaseAll() throws LiveConnectionException {
		session.call(object, methods.get("ReleaseAll"));
	}

	/** Makes the interlock's trip fail (its condition is still evaluated, nothing is forced), or act again. */
	public void failTrip(String interlockTag, boolean fails) throws LiveConnectionException {
		session.call(object, methods.get("SetTripFails"), interlockTag, fails);
	}
}
