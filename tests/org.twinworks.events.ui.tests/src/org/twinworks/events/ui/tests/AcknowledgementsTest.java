// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.ui.Acknowledgements;
import org.twinworks.events.ui.EventBook;
import org.twinworks.events.ui.FrameIdentity;
import org.twinworks.model.Equipment;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.Plant;

/**
 * Acknowledgements kept in their file: a frame acknowledged in one book is acknowledged when the same frame (same
 * source, equipment and start, a new id) enters a book made after a restart; a damaged file is reported by file and
 * line and its good lines still count.
 */
class AcknowledgementsTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@TempDir
	Path folder;

	@Test
	void anAcknowledgedFrameIsAcknowledgedAgainInABookMadeAfterARestart() throws Exception {
		Path file = folder.resolve("plant.acks");
		Plant plant = TwinFactory.eINSTANCE.createPlant();
		Equipment pump = TwinFactory.eINSTANCE.createEquipment();
		pump.setTag("P-101");
		EventFrame stuck = frame(7, "feedback.not.following", pump, T0);
		EventFrame other = frame(8, "feedback.not.following", pump, T0.plusSeconds(1));

		Acknowledgements before = Acknowledgements.load(file, "platform:/resource/demo/plant.twin");
		EventBook first = new EventBook();
		first.setAcknowledgedBefore((p, f) -> before.contains(FrameIdentity.of(f)));
		long key = first.opened(plant, stuck);
		first.opened(plant, other);
		assertEquals(1, first.acknowledge(List.of(key)));
		before.add(List.of(FrameIdentity.of(stuck)));
		assertTrue(Files.readString(file).contains("P-101"), Files.readString(file));

		Acknowledgements after = Acknowledgements.load(file, "platform:/resource/demo/plant.twin");
		assertEquals(List.of(), after.problems());
		EventBook second = new EventBook();
		second.setAcknowledgedBefore((p, f) -> after.contains(FrameIdentity.of(f)));
		// the engine after a restart numbers its frames anew
		long again = second.opened(plant, frame(1, "feedback.not.following", pump, T0));
		long notAcknowledged = second.opened(plant, frame(2, "feedback.not.following", pump, T0.plusSeconds(1)));
		assertTrue(second.entry(again).acknowledged(), "acknowledged before the restart");
		assertFalse(second.entry(notAcknowledged).acknowledged(), "a frame starting a second later is another one");
		assertEquals(1, second.unacknowledgedCount());
	}

	@Test
	void aDamagedFileIsReportedByLineAndItsGoodLinesStillCount() throws Exception {
		Path file = folder.resolve("damaged.acks");
		Files.writeString(file, "# Twinworks acknowledged event frames of x\n" //
				+ T0 + "\tsignal.bad\tLT-101\n" //
				+ "this is not a frame\n" //
				+ "yesterday\tsignal.bad\tLT-102\n");
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		Acknowledgements loaded;
		try {
			loaded = Acknowledgements.load(file, "x");
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(1, loaded.size());
		assertTrue(loaded.contains(new FrameIdentity("signal.bad", "LT-101", T0)));
		assertEquals(2, loaded.problems().size(), loaded.problems().toString());
		assertTrue(loaded.problems().get(0).contains(file + ":3"), loaded.problems().toString());
		assertTrue(loaded.problems().get(1).contains(file + ":4"), loaded.problems().toString());
		assertTrue(
				logged.stream()
						.anyMatch(s -> s.getSeverity() == IStatus.WARNING && s.getMessage().contains(file + ":3")),
				"the problem is in the log: " + logged);

		// the next acknowledgement rewrites the file whole, without the damaged lines
		loaded.add(List.of(new FrameIdentity("signal.bad", "LT-103", T0.plusSeconds(5))));
		Acknowledgements reread = Acknowledgements.load(file, "x");
		assertEquals(List.of(), reread.problems());
		assertEquals(2, reread.size());
	}

	private static EventFrame frame(long id, String source, Equipment equipment, Instant start) {
		return new EventFrame(id, source, Severity.HIGH, equipment, source + " on " + equipment.getTag(), start, null,
				Map.of(), Map.of());
	}
}
