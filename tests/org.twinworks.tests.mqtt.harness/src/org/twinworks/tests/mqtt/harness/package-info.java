// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * A real MQTT broker for tests: Mosquitto (the Debian package) started on 127.0.0.1 with a generated configuration,
 * plain or TLS with certificates made by openssl, plus a TCP relay that can cut connections the way a network does.
 */
package org.twinworks.tests.mqtt.harness;
