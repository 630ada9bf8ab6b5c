/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.AlarmPriority;
import org.twinworks.model.TwinPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Alarm Limit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.AlarmLimitImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.impl.AlarmLimitImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.twinworks.model.impl.AlarmLimitImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.twinworks.model.impl.AlarmLimitImpl#getHysteresis <em>Hysteresis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AlarmLimitImpl extends MinimalEObjectImpl.Container implements AlarmLimit {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AlarmKind KIND_EDEFAULT = AlarmKind.LOW_LOW;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AlarmKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final AlarmPriority PRIORITY_EDEFAULT = AlarmPriority.MEDIUM;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected AlarmPriority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHysteresis() <em>Hysteresis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHysteresis()
	 * @generated
	 * @ordered
	 */
	protected static final double HYSTERESIS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHysteresis() <em>Hysteresis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHysteresis()
	 * @generated
	 * @ordered
	 */
	protected double hysteresis = HYSTERESIS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AlarmLimitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.ALARM_LIMIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlarmKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AlarmKind newKind) {
		AlarmKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ALARM_LIMIT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ALARM_LIMIT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlarmPriority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(AlarmPriority newPriority) {
		AlarmPriority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ALARM_LIMIT__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHysteresis() {
		return hysteresis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHysteresis(double newHysteresis) {
		double oldHysteresis = hysteresis;
		hysteresis = newHysteresis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ALARM_LIMIT__HYSTERESIS, oldHysteresis, hysteresis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.ALARM_LIMIT__KIND:
				return getKind();
			case TwinPackage.ALARM_LIMIT__VALUE:
				return getValue();
			case TwinPackage.ALARM_LIMIT__PRIORITY:
				return getPriority();
			case TwinPackage.ALARM_LIMIT__HYSTERESIS:
				return getHysteresis();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.ALARM_LIMIT__KIND:
				setKind((AlarmKind)newValue);
				return;
			case TwinPackage.ALARM_LIMIT__VALUE:
				setValue((Double)newValue);
				return;
			case TwinPackage.ALARM_LIMIT__PRIORITY:
				setPriority((AlarmPriority)newValue);
				return;
			case TwinPackage.ALARM_LIMIT__HYSTERESIS:
				setHysteresis((Double)newValue);
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
			case TwinPackage.ALARM_LIMIT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TwinPackage.ALARM_LIMIT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case TwinPackage.ALARM_LIMIT__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case TwinPackage.ALARM_LIMIT__HYSTERESIS:
				setHysteresis(HYSTERESIS_EDEFAULT);
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
			case TwinPackage.ALARM_LIMIT__KIND:
				return kind != KIND_EDEFAULT;
			case TwinPackage.ALARM_LIMIT__VALUE:
				return value != VALUE_EDEFAULT;
			case TwinPackage.ALARM_LIMIT__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case TwinPackage.ALARM_LIMIT__HYSTERESIS:
				return hysteresis != HYSTERESIS_EDEFAULT;
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
		result.append(", value: "); //$NON-NLS-1$
		result.append(value);
		result.append(", priority: "); //$NON-NLS-1$
		result.append(priority);
		result.append(", hysteresis: "); //$NON-NLS-1$
		result.append(hysteresis);
		result.append(')');
		return result.toString();
	}

} //AlarmLimitImpl
