package org.twinworks.live;

import java.util.List;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.twinworks.live.internal.AddressSpaceReads;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * Lazy browsing of a connected server's address space, for the browse command and the workbench's OPC UA
 * browser: the children of one node at a time, and the attributes of chosen nodes. Node ids go in and come
 * out in the model's form ({@code nsu=<uri>;s=...}), so a browsed variable can be bound as it is.
 * Get one from {@link LiveSession#browser()}; calls block for one or a few service round trips.
 */
public final class AddressSpaceBrowser {
	/** The Objects folder, where a server's own nodes start. */
	public static final String OBJECTS_FOLDER = "nsu=http://opcfoundation.org/UA/;i=85";

	private final AddressSpaceReads reads;

	AddressSpaceBrowser(AddressSpaceReads reads) {
		this.reads = reads;
	}

	/** The nodes below {@code nodeId} by hierarchical references (Organizes, HasComponent, HasProperty...). */
	public List<BrowsedNode> children(String nodeId) throws LiveConnectionException {
		try {
			return reads.children(nodeId);
		} catch (InvalidNodeIdException | RuntimeException e) {
			throw new LiveConnectionException("cannot browse " + nodeId + ": " + e.getMessage(), e);
		} catch (UaException e) {
			throw new LiveConnectionException("browsing " + nodeId + " failed: " + e.getMessage(), e);
		}
	}

	/** The attributes of one node; a missing node gives details whose {@code status} says why. */
	public NodeDetails details(String nodeId) throws LiveConnectionException {
		return details(List.of(nodeId)).get(0);
	}

	/** The attributes of many nodes in few calls, in the order given. */
	public List<NodeDetails> details(List<String> nodeIds) throws LiveConnectionException {
		try {
			return reads.details(nodeIds);
		} catch (UaException e) {
			throw new LiveConnectionException("reading node attributes failed: " + e.getMessage(), e);
		}
	}
}
