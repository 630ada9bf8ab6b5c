// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.Comment;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.PunchItem;
import org.twinworks.commissioning.record.Step;

/**
 * Which checks the checklist shows: states, kinds, a text found in the tag, title or description (case-insensitive),
 * and "my checks" — the checks assigned to the user and, of the unassigned ones, those the user has touched: an
 * observation, a comment or a punch item of theirs.
 */
public record ChecklistFilter(Set<ChecklistState> states, Set<CheckKind> kinds, String text, @Nullable String mine) {

	public ChecklistFilter {
		states = states.isEmpty() ? EnumSet.noneOf(ChecklistState.class) : EnumSet.copyOf(states);
		kinds = kinds.isEmpty() ? EnumSet.noneOf(CheckKind.class) : EnumSet.copyOf(kinds);
		text = text.strip().toLowerCase(Locale.ROOT);
	}

	/** Everything: every state and kind, no text. */
	public static ChecklistFilter all() {
		return new ChecklistFilter(EnumSet.allOf(ChecklistState.class), EnumSet.allOf(CheckKind.class), "", null);
	}

	public ChecklistFilter withText(String newText) {
		return new ChecklistFilter(states, kinds, newText, mine);
	}

	public ChecklistFilter withStates(Set<ChecklistState> newStates) {
		return new ChecklistFilter(newStates, kinds, text, mine);
	}

	public ChecklistFilter withKinds(Set<CheckKind> newKinds) {
		return new ChecklistFilter(states, newKinds, text, mine);
	}

	public ChecklistFilter withMine(@Nullable String user) {
		return new ChecklistFilter(states, kinds, text, user);
	}

	public boolean accepts(Check check) {
		return accepts(check, ChecklistState.of(check));
	}

	/** {@link #accepts(Check)} with the check's state already worked out. */
	boolean accepts(Check check, ChecklistState state) {
		return states.contains(state) && kinds.contains(check.getKind()) && (text.isEmpty() || matchesText(check))
				&& (mine == null || mine(check, mine));
	}

	private boolean matchesText(Check check) {
		return contains(check.getTag()) || contains(check.getTitle()) || contains(check.getEquipment())
				|| contains(check.getId());
	}

	private boolean contains(@Nullable String value) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}

	/** Names compare as signers' do: trimmed, ignoring case. */
	static boolean mine(Check check, String user) {
		String assignee = check.getAssignee();
		return assignee == null ? touchedBy(check, user) : assignee.strip().equalsIgnoreCase(user.strip());
	}

	static boolean touchedBy(Check check, String user) {
		for (PunchItem item : check.getPunchItems()) {
			if (user.equals(item.getOwner())) {
				return true;
			}
		}
		for (Comment comment : check.getComments()) {
			if (user.equals(comment.getAuthor())) {
				return true;
			}
		}
		for (Step step : check.getSteps()) {
			for (Observation observation : step.getEvidence()) {
				if (user.equals(observation.getUser())) {
					return true;
				}
			}
		}
		return false;
	}
}
