// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.List;

import org.eclipse.milo.opcua.sdk.server.RoleMapper;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * The roles a session gets: Anonymous, or AuthenticatedUser for the configured user; never SecurityAdmin or
 * ConfigureAdmin, so nobody can read other sessions' security diagnostics (CVE-2026-63248) or reconfigure the
 * server. Set on the configuration builder itself: {@code OpcUaServerConfig.copy()} dropped it up to Milo 1.1.4
 * (CVE-2026-58080), so the virtual plant never copies its configuration.
 */
final class PlantRoles implements RoleMapper {

	@Override
	public List<NodeId> getRoleIds(Identity identity) {
		return identity instanceof Identity.UsernameIdentity
				? List.of(NodeIds.WellKnownRole_AuthenticatedUser)
				: List.of(NodeIds.WellKnownRole_Anonymous);
	}
}
