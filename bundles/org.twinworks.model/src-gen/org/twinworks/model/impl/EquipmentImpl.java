/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentLevel;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.Port;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Equipment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getSignals <em>Signals</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentImpl#getEventRules <em>Event Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EquipmentImpl extends EquipmentHolderImpl implements Equipment {
	/**
	 * The default value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected static final String TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected String tag = TAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EquipmentKind KIND_EDEFAULT = EquipmentKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EquipmentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final EquipmentLevel LEVEL_EDEFAULT = EquipmentLevel.EQUIPMENT;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected EquipmentLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected EquipmentType type;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<Property> properties;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<Port> ports;

	/**
	 * The cached value of the '{@link #getSignals() <em>Signals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignals()
	 * @generated
	 * @ordered
	 */
	protected EList<Signal> signals;

	/**
	 * The cached value of the '{@link #getEventRules() <em>Event Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventRules()
	 * @generated
	 * @ordered
	 */
	protected EList<EventRule> eventRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EquipmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.EQUIPMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTag() {
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTag(String newTag) {
		String oldTag = tag;
		tag = newTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EQUIPMENT__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EquipmentKind newKind) {
		EquipmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EQUIPMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(EquipmentLevel newLevel) {
		EquipmentLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EQUIPMENT__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentType getType() {
		if (type != null && type.eIsProxy()) {
			InternalEObject oldType = (InternalEObject)type;
			type = (EquipmentType)eResolveProxy(oldType);
			if (type != oldType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.EQUIPMENT__TYPE, oldType, type));
			}
		}
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EquipmentType basicGetType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(EquipmentType newType) {
		EquipmentType oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EQUIPMENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentHolder getHolder() {
		if (eContainerFeatureID() != TwinPackage.EQUIPMENT__HOLDER) return null;
		return (EquipmentHolder)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHolder(EquipmentHolder newHolder, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newHolder, TwinPackage.EQUIPMENT__HOLDER, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHolder(EquipmentHolder newHolder) {
		if (newHolder != eInternalContainer() || (eContainerFeatureID() != TwinPackage.EQUIPMENT__HOLDER && newHolder != null)) {
			if (EcoreUtil.isAncestor(this, newHolder))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newHolder != null)
				msgs = ((InternalEObject)newHolder).eInverseAdd(this, TwinPackage.EQUIPMENT_HOLDER__EQUIPMENT, EquipmentHolder.class, msgs);
			msgs = basicSetHolder(newHolder, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EQUIPMENT__HOLDER, newHolder, newHolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Property> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<Property>(Property.class, this, TwinPackage.EQUIPMENT__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Port> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<Port>(Port.class, this, TwinPackage.EQUIPMENT__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Signal> getSignals() {
		if (signals == null) {
			signals = new EObjectContainmentEList<Signal>(Signal.class, this, TwinPackage.EQUIPMENT__SIGNALS);
		}
		return signals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EventRule> getEventRules() {
		if (eventRules == null) {
			eventRules = new EObjectContainmentEList<EventRule>(EventRule.class, this, TwinPackage.EQUIPMENT__EVENT_RULES);
		}
		return eventRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TwinPackage.EQUIPMENT__HOLDER:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetHolder((EquipmentHolder)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TwinPackage.EQUIPMENT__HOLDER:
				return basicSetHolder(null, msgs);
			case TwinPackage.EQUIPMENT__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
			case TwinPackage.EQUIPMENT__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case TwinPackage.EQUIPMENT__SIGNALS:
				return ((InternalEList<?>)getSignals()).basicRemove(otherEnd, msgs);
			case TwinPackage.EQUIPMENT__EVENT_RULES:
				return ((InternalEList<?>)getEventRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case TwinPackage.EQUIPMENT__HOLDER:
				return eInternalContainer().eInverseRemove(this, TwinPackage.EQUIPMENT_HOLDER__EQUIPMENT, EquipmentHolder.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.EQUIPMENT__TAG:
				return getTag();
			case TwinPackage.EQUIPMENT__KIND:
				return getKind();
			case TwinPackage.EQUIPMENT__LEVEL:
				return getLevel();
			case TwinPackage.EQUIPMENT__TYPE:
				if (resolve) return getType();
				return basicGetType();
			case TwinPackage.EQUIPMENT__HOLDER:
				return getHolder();
			case TwinPackage.EQUIPMENT__PROPERTIES:
				return getProperties();
			case TwinPackage.EQUIPMENT__PORTS:
				return getPorts();
			case TwinPackage.EQUIPMENT__SIGNALS:
				return getSignals();
			case TwinPackage.EQUIPMENT__EVENT_RULES:
				return getEventRules();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.EQUIPMENT__TAG:
				setTag((String)newValue);
				return;
			case TwinPackage.EQUIPMENT__KIND:
				setKind((EquipmentKind)newValue);
				return;
			case TwinPackage.EQUIPMENT__LEVEL:
				setLevel((EquipmentLevel)newValue);
				return;
			case TwinPackage.EQUIPMENT__TYPE:
				setType((EquipmentType)newValue);
				return;
			case TwinPackage.EQUIPMENT__HOLDER:
				setHolder((EquipmentHolder)newValue);
				return;
			case TwinPackage.EQUIPMENT__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends Property>)newValue);
				return;
			case TwinPackage.EQUIPMENT__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends Port>)newValue);
				return;
			case TwinPackage.EQUIPMENT__SIGNALS:
				getSignals().clear();
				getSignals().addAll((Collection<? extends Signal>)newValue);
				return;
			case TwinPackage.EQUIPMENT__EVENT_RULES:
				getEventRules().clear();
				getEventRules().addAll((Collection<? extends EventRule>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TwinPackage.EQUIPMENT__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case TwinPackage.EQUIPMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TwinPackage.EQUIPMENT__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case TwinPackage.EQUIPMENT__TYPE:
				setType((EquipmentType)null);
				return;
			case TwinPackage.EQUIPMENT__HOLDER:
				setHolder((EquipmentHolder)null);
				return;
			case TwinPackage.EQUIPMENT__PROPERTIES:
				getProperties().clear();
				return;
			case TwinPackage.EQUIPMENT__PORTS:
				getPorts().clear();
				return;
			case TwinPackage.EQUIPMENT__SIGNALS:
				getSignals().clear();
				return;
			case TwinPackage.EQUIPMENT__EVENT_RULES:
				getEventRules().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TwinPackage.EQUIPMENT__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case TwinPackage.EQUIPMENT__KIND:
				return kind != KIND_EDEFAULT;
			case TwinPackage.EQUIPMENT__LEVEL:
				return level != LEVEL_EDEFAULT;
			case TwinPackage.EQUIPMENT__TYPE:
				return type != null;
			case TwinPackage.EQUIPMENT__HOLDER:
				return getHolder() != null;
			case TwinPackage.EQUIPMENT__PROPERTIES:
				return properties != null && !properties.isEmpty();
			case TwinPackage.EQUIPMENT__PORTS:
				return ports != null && !ports.isEmpty();
			case TwinPackage.EQUIPMENT__SIGNALS:
				return signals != null && !signals.isEmpty();
			case TwinPackage.EQUIPMENT__EVENT_RULES:
				return eventRules != null && !eventRules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (tag: "); //$NON-NLS-1$
		result.append(tag);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", level: "); //$NON-NLS-1$
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //EquipmentImpl
