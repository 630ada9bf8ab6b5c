// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;

/**
 * What an import would do, line by line, and the one command that does it. Shown before applying (the workbench's
 * preview, {@code --dry-run} headless); the command can be made once, since the draft's new elements move into the
 * plant with it.
 */
public final class ImportDiff {

	private final ImportDraft draft;
	private final List<Change> changes;
	private final List<Step> steps;
	private boolean commandMade;

	ImportDiff(ImportDraft draft, List<Change> changes, List<Step> steps) {
		this.draft = draft;
		this.changes = List.copyOf(changes);
		this.steps = List.copyOf(steps);
	}

	public ImportDraft draft() {
		return draft;
	}

	public List<Change> changes() {
		return changes;
	}

	public long count(Class<? extends Change> kind) {
		return changes.stream().filter(kind::isInstance).count();
	}

	public List<Change.Conflict> conflicts() {
		return changes.stream().filter(Change.Conflict.class::isInstance).map(Change.Conflict.class::cast).toList();
	}

	/** Whether applying would change nothing. */
	public boolean isEmpty() {
		return steps.isEmpty();
	}

	/** e.g. "12 added, 3 changed, 0 moved, 1 removed, 0 conflicts". */
	public String summary() {
		return count(Change.Added.class) + " added, " + count(Change.Updated.class) + " changed, "
				+ count(Change.Moved.class) + " moved, " + count(Change.Removed.class) + " removed, "
				+ count(Change.Conflict.class) + (count(Change.Conflict.class) == 1 ? " conflict" : " conflicts");
	}

	/** The summary, the importer's warnings, then one line per change. */
	public void print(Appendable out) throws IOException {
		out.append(draft.source()).append(": ").append(summary()).append(System.lineSeparator());
		for (String warning : draft.warnings()) {
			out.append("warning: ").append(warning).append(System.lineSeparator());
		}
		for (Change change : changes) {
			out.append(change.line()).append(System.lineSeparator());
		}
	}

	/**
	 * The import as one undoable command, for the workbench's command stack (or run directly headless, with a null
	 * domain). If any of its steps fails, the ones done are undone: nothing is half applied.
	 *
	 * @throws IllegalStateException when called a second time
	 */
	public Command command(@Nullable EditingDomain domain) {
		if (commandMade) {
			throw new IllegalStateException("the import's command was already made; compute the diff again");
		}
		commandMade = true;
		// EMF's commands ask a domain whether a resource is read-only; headless, a plain one that says no
		EditingDomain editing = domain != null
				? domain
				: new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		List<Command> commands = new ArrayList<>();
		for (Step step : steps) {
			commands.add(step.command().apply(editing));
		}
		return new ImportCommand("Import " + draft.source(), commands);
	}
}
