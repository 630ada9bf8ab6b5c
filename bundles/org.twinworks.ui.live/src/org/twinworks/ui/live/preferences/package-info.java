/**
 * The Certificates preference page: the client certificate and the trusted and rejected server certificates.
 */
package org.twinworks.ui.live.preferences;
