package org.twinworks.live;

/** Receives a session's state changes; called on Milo or caller threads, so it must return at once. */
@FunctionalInterface
public interface ConnectionListener {
	void stateChanged(ConnectionEvent event);
}
