// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.util.List;
import java.util.Optional;

import org.twinworks.events.DetectorProvider;
import org.twinworks.events.builtin.AlarmFloodProvider;
import org.twinworks.events.builtin.DriftDetectorProvider;
import org.twinworks.events.builtin.FeedbackFollowsCommandProvider;
import org.twinworks.events.builtin.FleetComparisonProvider;
import org.twinworks.events.builtin.InterlockTripProvider;
import org.twinworks.events.rules.RuleDetectorProvider;
import org.twinworks.events.rules.RuleFile;
import org.twinworks.events.shadow.ShadowProvider;

/**
 * The standard deductions every engine runs ({@code watch}, {@code analyse}, the workbench), with no rule to
 * write, and where rules files are read. Each kind of deduction adds its provider to {@link #standard()}; the
 * rules language puts its {@link RuleSource} into {@link #ruleSource()}.
 */
public final class Deductions {

	private Deductions() {
	}

	public static List<DetectorProvider> standard() {
		return List.of(new SignalQualityProvider(), new RuleDetectorProvider(), new DriftDetectorProvider(),
				new FleetComparisonProvider(), new FeedbackFollowsCommandProvider(), new InterlockTripProvider(),
				new AlarmFloodProvider(), new ShadowProvider());
	}

	/** What reads a {@code --rules} file: the rules language of {@link RuleFile}. */
	public static Optional<RuleSource> ruleSource() {
		return Optional.of(RuleFile::load);
	}
}
