// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.merge;

import java.util.List;

import org.twinworks.model.Plant;

/**
 * What an importer read: a plant of its own (never attached to a resource) holding what the source says, each
 * element with its {@code sourceId} set, and the scope its source identities share.
 *
 * <p>
 * Conventions every importer follows, so the merger can treat all sources alike: equipment types in
 * {@code plant.equipmentTypes}, units of measure in {@code plant.engineeringUnits} (matched by code and, when both have one, symbol), the hierarchy in
 * {@code plant.areas}; node ids go on bindings in {@code plant.twin.bindings} to the draft's endpoints (one whose URL is
 * empty when the source does not know it: the merger then uses the plant's first endpoint). An attribute the source does not
 * know is left unset, so that importing never overwrites what an engineer typed with nothing.
 *
 * @param plant the elements read
 * @param scope the prefix of the source identities this source owns completely (e.g.
 *            {@code opcua:nsu=http://example.com/Plant/;}); an element of the open plant with this prefix that the draft
 *            no longer holds is reported as removed
 * @param source a name for the source in messages (file name, endpoint URL)
 * @param warnings what the importer noticed but could still read, each naming the file and line or the node
 */
public record ImportDraft(Plant plant, String scope, String source, List<String> warnings) {

	public ImportDraft {
		warnings = List.copyOf(warnings);
	}
}
