/** Filled by later issues; the bundle exists now so that the layering is fixed from the start. */
package org.twinworks.model;
