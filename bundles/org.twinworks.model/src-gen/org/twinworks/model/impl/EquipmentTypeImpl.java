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
import org.eclipse.emf.ecore.util.InternalEList;

import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.Port;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Equipment Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.EquipmentTypeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentTypeImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentTypeImpl#getSignals <em>Signals</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentTypeImpl#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EquipmentTypeImpl#getEventRules <em>Event Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EquipmentTypeImpl extends NamedImpl implements EquipmentType {
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
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<Property> properties;

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
	protected EquipmentTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.EQUIPMENT_TYPE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EQUIPMENT_TYPE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Port> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<Port>(Port.class, this, TwinPackage.EQUIPMENT_TYPE__PORTS);
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
			signals = new EObjectContainmentEList<Signal>(Signal.class, this, TwinPackage.EQUIPMENT_TYPE__SIGNALS);
		}
		return signals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Property> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<Property>(Property.class, this, TwinPackage.EQUIPMENT_TYPE__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EventRule> getEventRules() {
		if (eventRules == null) {
			eventRules = new EObjectContainmentEList<EventRule>(EventRule.class, this, TwinPackage.EQUIPMENT_TYPE__EVENT_RULES);
		}
		return eventRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TwinPackage.EQUIPMENT_TYPE__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case TwinPackage.EQUIPMENT_TYPE__SIGNALS:
				return ((InternalEList<?>)getSignals()).basicRemove(otherEnd, msgs);
			case TwinPackage.EQUIPMENT_TYPE__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
			case TwinPackage.EQUIPMENT_TYPE__EVENT_RULES:
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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.EQUIPMENT_TYPE__KIND:
				return getKind();
			case TwinPackage.EQUIPMENT_TYPE__PORTS:
				return getPorts();
			case TwinPackage.EQUIPMENT_TYPE__SIGNALS:
				return getSignals();
			case TwinPackage.EQUIPMENT_TYPE__PROPERTIES:
				return getProperties();
			case TwinPackage.EQUIPMENT_TYPE__EVENT_RULES:
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
			case TwinPackage.EQUIPMENT_TYPE__KIND:
				setKind((EquipmentKind)newValue);
				return;
			case TwinPackage.EQUIPMENT_TYPE__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends Port>)newValue);
				return;
			case TwinPackage.EQUIPMENT_TYPE__SIGNALS:
				getSignals().clear();
				getSignals().addAll((Collection<? extends Signal>)newValue);
				return;
			case TwinPackage.EQUIPMENT_TYPE__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends Property>)newValue);
				return;
			case TwinPackage.EQUIPMENT_TYPE__EVENT_RULES:
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
			case TwinPackage.EQUIPMENT_TYPE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TwinPackage.EQUIPMENT_TYPE__PORTS:
				getPorts().clear();
				return;
			case TwinPackage.EQUIPMENT_TYPE__SIGNALS:
				getSignals().clear();
				return;
			case TwinPackage.EQUIPMENT_TYPE__PROPERTIES:
				getProperties().clear();
				return;
			case TwinPackage.EQUIPMENT_TYPE__EVENT_RULES:
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
			case TwinPackage.EQUIPMENT_TYPE__KIND:
				return kind != KIND_EDEFAULT;
			case TwinPackage.EQUIPMENT_TYPE__PORTS:
				return ports != null && !ports.isEmpty();
			case TwinPackage.EQUIPMENT_TYPE__SIGNALS:
				return signals != null && !signals.isEmpty();
			case TwinPackage.EQUIPMENT_TYPE__PROPERTIES:
				return properties != null && !properties.isEmpty();
			case TwinPackage.EQUIPMENT_TYPE__EVENT_RULES:
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //EquipmentTypeImpl
