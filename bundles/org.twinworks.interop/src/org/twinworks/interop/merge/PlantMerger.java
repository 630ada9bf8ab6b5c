// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Property;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ModelPaths;

/**
 * Compares an import draft with the open plant and plans the import. An element of the draft is the same as one of
 * the plant when their source identities are equal; failing that, a signal or piece of equipment with the same tag
 * (adopting it: it gets the source identity), and anything else with the same name (units of measure: code;
 * properties: key; alarm limits: kind; interlock conditions: signal and operator; bindings: signal and endpoint) under the same parent. A tag already taken by an
 * element from another source is a conflict: that element is left as it is.
 *
 * <p>
 * Only attributes the draft sets are compared, so an import never erases what an engineer typed; a signal's direction
 * is taken only for new signals (sources know whether a node is writable, not whether the engineer models it as an
 * output or an internal value). The draft is used up:
 * its new elements move into the plant when the diff's command runs.
 */
public final class PlantMerger {

	private final Plant target;
	private final ImportDraft draft;
	private final MergeOptions options;
	private final TargetIndex index;
	private final Map<EObject, EObject> matched = new IdentityHashMap<>();
	private final Set<EObject> claimed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<EObject> added = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private final List<Change> changes = new ArrayList<>();
	private final List<Step> steps = new ArrayList<>();
	private @Nullable Map<EObject, List<Binding>> bindingsBySignal;

	private PlantMerger(Plant target, ImportDraft draft, MergeOptions options) {
		this.target = target;
		this.draft = draft;
		this.options = options;
		this.index = new TargetIndex(target);
	}

	/** What importing the draft into the plant would do; nothing changes until the diff's command runs. */
	public static ImportDiff diff(Plant target, ImportDraft draft, MergeOptions options) {
		PlantMerger merger = new PlantMerger(target, draft, options);
		List<EObject> draftElements = new ArrayList<>();
		draft.plant().eAllContents().forEachRemaining(draftElements::add);
		merger.matched.put(draft.plant(), target);
		merger.mergePlantAttributes();
		merger.mergeChildren(draft.plant(), target);
		merger.mergeReferences(draftElements);
		if (options.removeMissing() && !draft.scope().isBlank()) {
			merger.removeMissing();
		}
		return new ImportDiff(draft, merger.changes, merger.steps);
	}

	private void mergePlantAttributes() {
		// a plant's own name belongs to the engineer; only a missing namespace is taken from the source
		String namespace = draft.plant().getNamespaceUri();
		if (!TargetIndex.blank(namespace) && TargetIndex.blank(target.getNamespaceUri())) {
			update(target, TwinPackage.Literals.PLANT__NAMESPACE_URI, namespace);
		}
	}

	private void mergeChildren(EObject draftParent, EObject targetParent) {
		for (EReference containment : draftParent.eClass().getEAllContainments()) {
			if (!containment.isChangeable() || containment.isDerived() || !draftParent.eIsSet(containment)) {
				continue;
			}
			for (EObject child : List.copyOf(children(draftParent, containment))) {
				mergeChild(child, targetParent, containment);
			}
		}
	}

	private void mergeChild(EObject child, EObject targetParent, EReference containment) {
		EObject same;
		try {
			same = findSame(child, targetParent, containment);
		} catch (ConflictException conflict) {
			changes.add(new Change.Conflict(ModelPaths.describe(conflict.existing), conflict.getMessage()));
			return;
		}
		if (same == null) {
			add(child, targetParent, containment);
			return;
		}
		match(child, same, targetParent, containment);
	}

	private void match(EObject child, EObject same, EObject targetParent, EReference containment) {
		matched.put(child, same);
		claimed.add(same);
		if (same.eContainer() != targetParent || same.eContainmentFeature() != containment) {
			String from = same.eContainer() == null ? "nowhere" : ModelPaths.path(same.eContainer());
			changes.add(new Change.Moved(ModelPaths.describe(same), from, ModelPaths.describe(targetParent)));
			steps.add(Step.move(same, targetParent, containment));
		}
		compareAttributes(child, same);
		mergeChildren(child, same);
	}

	private void add(EObject child, EObject targetParent, EReference containment) {
		// elements of the new subtree the plant already has (moved under a new parent) join it, not a copy of them
		List<EObject> subtree = new ArrayList<>();
		child.eAllContents().forEachRemaining(subtree::add);
		for (EObject descendant : subtree) {
			if (descendant.eContainer() == null || !added(descendant.eContainer(), child)) {
				continue;
			}
			EObject existing;
			try {
				existing = existingElsewhere(descendant);
			} catch (ConflictException conflict) {
				changes.add(new Change.Conflict(ModelPaths.describe(conflict.existing), conflict.getMessage()));
				EcoreUtil.remove(descendant);
				continue;
			}
			if (existing != null) {
				EObject newParent = descendant.eContainer();
				EReference feature = descendant.eContainmentFeature();
				EcoreUtil.remove(descendant);
				matched.put(descendant, existing);
				claimed.add(existing);
				changes.add(new Change.Moved(ModelPaths.describe(existing), ModelPaths.path(existing.eContainer()),
						ModelPaths.describe(newParent)));
				steps.add(Step.moveAfterAdd(existing, newParent, feature));
				compareAttributes(descendant, existing);
				mergeChildren(descendant, existing);
			}
		}
		int elements = 1;
		added.add(child);
		for (Iterator<EObject> all = child.eAllContents(); all.hasNext();) {
			added.add(all.next());
			elements++;
		}
		changes.add(new Change.Added(describeNew(child) + " in " + describeParent(targetParent), elements));
		steps.add(Step.add(targetParent, containment, child));
	}

	/** Whether the element is the root of the subtree being added or still inside it (not detached). */
	private static boolean added(EObject element, EObject root) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e == root) {
				return true;
			}
		}
		return false;
	}

	private @Nullable EObject existingBySourceId(EObject element) {
		if (element instanceof Named named && !TargetIndex.blank(named.getSourceId())) {
			EObject existing = index.bySourceId(element.eClass(), named.getSourceId());
			if (existing != null && existing.eClass() == element.eClass() && !claimed.contains(existing)) {
				return existing;
			}
		}
		return null;
	}

	/** The plant's element with the same source identity or, failing that, the same tag, wherever it is. */
	private @Nullable EObject existingElsewhere(EObject child) throws ConflictException {
		EObject bySource = existingBySourceId(child);
		if (bySource != null) {
			return bySource;
		}
		String tag = TargetIndex.tagOf(child);
		EObject byTag = tag == null ? null : index.byTag(child.eClass(), tag);
		if (byTag == null || claimed.contains(byTag)) {
			return null;
		}
		String sourceId = ((Named) child).getSourceId();
		String existingSource = ((Named) byTag).getSourceId();
		if (!TargetIndex.blank(existingSource) && !TargetIndex.blank(sourceId) && !existingSource.equals(sourceId)) {
			throw new ConflictException(byTag, "the tag " + tag + " is " + existingSource
					+ " in the plant, the import has it as " + sourceId + "; left as it is");
		}
		return byTag;
	}

	private @Nullable EObject findSame(EObject child, EObject targetParent, EReference containment)
			throws ConflictException {
		if (TargetIndex.tagOf(child) != null || existingBySourceId(child) != null) {
			return existingElsewhere(child);
		}
		if (child instanceof Binding binding) {
			return bindingOf(binding);
		}
		if (containment.isMany()) {
			for (EObject candidate : children(targetParent, containment)) {
				if (candidate.eClass() == child.eClass() && !claimed.contains(candidate)
						&& sameByName(child, candidate)) {
					return candidate;
				}
			}
			return null;
		}
		return (EObject) targetParent.eGet(containment);
	}

	/** The plant's binding of the same signal to the same endpoint (looked up by signal: a plant has thousands). */
	private @Nullable EObject bindingOf(Binding binding) {
		if (bindingsBySignal == null) {
			bindingsBySignal = new IdentityHashMap<>();
			if (target.getTwin() != null) {
				for (Binding existing : target.getTwin().getBindings()) {
					bindingsBySignal.computeIfAbsent(existing.getSignal(), s -> new ArrayList<>()).add(existing);
				}
			}
		}
		EObject signal = matched.get(binding.getSignal());
		for (Binding existing : bindingsBySignal.getOrDefault(signal, List.of())) {
			if (signal != null && existing.getEndpoint() == matched.get(binding.getEndpoint())
					&& !claimed.contains(existing)) {
				return existing;
			}
		}
		return null;
	}

	private boolean sameByName(EObject child, EObject candidate) {
		if (child instanceof EngineeringUnit unit) {
			// one code can stand for units engineers tell apart by symbol (C62: pH, NTU)
			EngineeringUnit other = (EngineeringUnit) candidate;
			return Objects.equals(unit.getCode(), other.getCode()) && (TargetIndex.blank(unit.getSymbol())
					|| TargetIndex.blank(other.getSymbol()) || unit.getSymbol().equals(other.getSymbol()));
		}
		if (child instanceof Property property) {
			return Objects.equals(property.getKey(), ((Property) candidate).getKey());
		}
		if (child instanceof AlarmLimit limit) {
			return limit.getKind() == ((AlarmLimit) candidate).getKind();
		}
		if (child instanceof InterlockCondition condition) {
			// the draft's signal stands for the plant's one it matched
			InterlockCondition other = (InterlockCondition) candidate;
			return condition.getOperator() == other.getOperator() && condition.getSignal() != null
					&& matched.getOrDefault(condition.getSignal(), condition.getSignal()) == other.getSignal();
		}
		if (child instanceof Endpoint endpoint) {
			return TargetIndex.blank(endpoint.getUrl())
					|| Objects.equals(endpoint.getUrl(), ((Endpoint) candidate).getUrl());
		}
		if (child instanceof Named named) {
			String otherSource = ((Named) candidate).getSourceId();
			return Objects.equals(named.getName(), ((Named) candidate).getName())
					&& (TargetIndex.blank(otherSource) || otherSource.equals(named.getSourceId()));
		}
		return false;
	}

	private void compareAttributes(EObject child, EObject same) {
		for (EAttribute attribute : child.eClass().getEAllAttributes()) {
			if (attribute.isDerived() || attribute.isTransient() || !attribute.isChangeable()
					|| !child.eIsSet(attribute) || attribute == TwinPackage.Literals.SIGNAL__DIRECTION) {
				continue;
			}
			Object value = child.eGet(attribute);
			Object old = same.eGet(attribute);
			if (!Objects.equals(value, old)) {
				update(same, attribute, attribute.isMany() ? List.copyOf((Collection<?>) value) : value);
			}
		}
	}

	private void mergeReferences(List<EObject> draftElements) {
		for (EObject element : draftElements) {
			EObject same = matched.get(element);
			if (same == null && !added.contains(element)) {
				continue; // left out by a conflict
			}
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient() || !reference.isChangeable() || !element.eIsSet(reference)) {
					continue;
				}
				Object value = reference.isMany()
						? resolveAll((Collection<?>) element.eGet(reference))
						: resolve((EObject) element.eGet(reference));
				if (same == null) {
					element.eSet(reference, value); // a new element: it points at the plant's elements when it arrives
				} else if (!Objects.equals(value, same.eGet(reference))) {
					update(same, reference, value);
				}
			}
		}
	}

	private List<EObject> resolveAll(Collection<?> values) {
		List<EObject> resolved = new ArrayList<>();
		for (Object value : values) {
			EObject target = resolve((EObject) value);
			if (target != null) {
				resolved.add(target);
			}
		}
		return resolved;
	}

	private @Nullable EObject resolve(@Nullable EObject value) {
		if (value == null) {
			return null;
		}
		EObject same = matched.get(value);
		if (same != null) {
			return same;
		}
		if (added.contains(value) || EcoreUtil.getRootContainer(value) == target) {
			return value;
		}
		return null; // an element left out by a conflict
	}

	private void removeMissing() {
		Set<EObject> removed = new LinkedHashSet<>();
		for (org.eclipse.emf.common.util.TreeIterator<EObject> all = target.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Named named && named.getSourceId() != null
					&& named.getSourceId().startsWith(draft.scope()) && !claimed.contains(element)) {
				removed.add(element);
				changes.add(new Change.Removed(ModelPaths.describe(element), "no longer in " + draft.source()));
				all.prune();
			}
		}
		// the bindings of removed signals go with them
		Set<EObject> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject element : removed) {
			inside.add(element);
			element.eAllContents().forEachRemaining(inside::add);
		}
		if (target.getTwin() != null) {
			for (Binding binding : target.getTwin().getBindings()) {
				if (binding.getSignal() != null && inside.contains(binding.getSignal()) && !claimed.contains(binding)) {
					removed.add(binding);
					inside.add(binding);
				}
			}
		}
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : EcoreUtil.UsageCrossReferencer
				.findAll(inside, target).entrySet()) {
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				if (!insideAny(setting.getEObject(), inside)) {
					steps.add(Step.unreference(setting.getEObject(), (EReference) setting.getEStructuralFeature(),
							usage.getKey()));
				}
			}
		}
		for (EObject element : removed) {
			steps.add(Step.remove(element));
		}
	}

	private static boolean insideAny(EObject element, Set<EObject> inside) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (inside.contains(e)) {
				return true;
			}
		}
		return false;
	}

	private void update(EObject same, EStructuralFeature feature, @Nullable Object value) {
		changes.add(new Change.Updated(ModelPaths.describe(same), feature.getName(), text(same.eGet(feature)),
				text(value)));
		steps.add(Step.set(same, feature, value));
	}

	private static String describeParent(EObject parent) {
		return parent instanceof Plant
				? "the plant"
				: parent instanceof org.twinworks.model.Twin ? "the twin" : ModelPaths.describe(parent);
	}

	private static String describeNew(EObject child) {
		if (child instanceof Binding binding) {
			return "Binding of " + (binding.getSignal() == null ? "(no signal)" : ModelPaths.label(binding.getSignal()))
					+ " to " + binding.getNodeId();
		}
		return ModelPaths.kindOf(child) + " " + ModelPaths.label(child);
	}

	private static String text(@Nullable Object value) {
		if (value == null || (value instanceof String s && s.isEmpty())) {
			return "(none)";
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(PlantMerger::text).toList().toString();
		}
		if (value instanceof EObject element) {
			return ModelPaths.label(element);
		}
		return value.toString();
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> children(EObject parent, EReference containment) {
		return containment.isMany()
				? (EList<EObject>) parent.eGet(containment)
				: parent.eGet(containment) == null
						? org.eclipse.emf.common.util.ECollections.emptyEList()
						: org.eclipse.emf.common.util.ECollections.singletonEList((EObject) parent.eGet(containment));
	}

	/** A tag taken by an element from another source. */
	private static final class ConflictException extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient EObject existing;

		ConflictException(EObject existing, String message) {
			super(message);
			this.existing = existing;
		}
	}
}
