// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The headless gateway: publishes the twin's working memory (a {@link org.twinworks.live.ValueStore} fed by the
 * plant's OPC UA subscription) as a Sparkplug B edge node, a device per piece of equipment, a metric per bound signal.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.gateway;
