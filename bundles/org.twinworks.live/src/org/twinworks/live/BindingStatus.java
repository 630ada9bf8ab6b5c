package org.twinworks.live;

import org.twinworks.model.Binding;

/**
 * How the server took one binding's monitored item: {@code ok}, or the reason it was refused (unparsable node
 * id, unknown namespace, Bad_NodeIdUnknown, ...). Revised figures are the server's, null when refused.
 */
public record BindingStatus(Binding binding, boolean ok, String status, Double revisedSamplingInterval,
		Long revisedQueueSize) {

	public String tag() {
		return binding.getSignal() == null ? binding.getNodeId() : binding.getSignal().getTag();
	}
}
