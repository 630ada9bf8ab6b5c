/**
 * Twinworks' own diagram layer (Sirius and GEF are not available): a notation model ({@code notation}), declared
 * representation descriptions ({@code description}), a scene renderer shared by screen and export
 * ({@code render}), an SWT viewer with tools ({@code viewer}), EMF commands on the shared editing domain
 * ({@code commands}), synchronisation with the semantic model ({@code sync}), ELK arrange ({@code layout}),
 * PNG/SVG/print export ({@code export}) and the hook through which the live layer decorates nodes
 * ({@code overlay}). It knows nothing about plants: the plant's mappings and symbols live in the UI layer.
 */
package org.twinworks.diagram;
