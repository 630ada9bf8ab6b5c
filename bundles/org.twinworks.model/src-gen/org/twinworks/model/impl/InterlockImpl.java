/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.twinworks.model.ConditionCombination;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.TripAction;
import org.twinworks.model.TwinPackage;

import org.twinworks.model.rules.InterlockRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interlock</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.InterlockImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.impl.InterlockImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.twinworks.model.impl.InterlockImpl#getCombination <em>Combination</em>}</li>
 *   <li>{@link org.twinworks.model.impl.InterlockImpl#getTrips <em>Trips</em>}</li>
 *   <li>{@link org.twinworks.model.impl.InterlockImpl#getTripAction <em>Trip Action</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterlockImpl extends NamedImpl implements Interlock {
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
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<InterlockCondition> conditions;

	/**
	 * The default value of the '{@link #getCombination() <em>Combination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCombination()
	 * @generated
	 * @ordered
	 */
	protected static final ConditionCombination COMBINATION_EDEFAULT = ConditionCombination.ANY;

	/**
	 * The cached value of the '{@link #getCombination() <em>Combination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCombination()
	 * @generated
	 * @ordered
	 */
	protected ConditionCombination combination = COMBINATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrips() <em>Trips</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrips()
	 * @generated
	 * @ordered
	 */
	protected Equipment trips;

	/**
	 * The default value of the '{@link #getTripAction() <em>Trip Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTripAction()
	 * @generated
	 * @ordered
	 */
	protected static final TripAction TRIP_ACTION_EDEFAULT = TripAction.STOP;

	/**
	 * The cached value of the '{@link #getTripAction() <em>Trip Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTripAction()
	 * @generated
	 * @ordered
	 */
	protected TripAction tripAction = TRIP_ACTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.INTERLOCK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.INTERLOCK__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterlockCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<InterlockCondition>(InterlockCondition.class, this, TwinPackage.INTERLOCK__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionCombination getCombination() {
		return combination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCombination(ConditionCombination newCombination) {
		ConditionCombination oldCombination = combination;
		combination = newCombination == null ? COMBINATION_EDEFAULT : newCombination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.INTERLOCK__COMBINATION, oldCombination, combination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Equipment getTrips() {
		if (trips != null && trips.eIsProxy()) {
			InternalEObject oldTrips = (InternalEObject)trips;
			trips = (Equipment)eResolveProxy(oldTrips);
			if (trips != oldTrips) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.INTERLOCK__TRIPS, oldTrips, trips));
			}
		}
		return trips;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Equipment basicGetTrips() {
		return trips;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrips(Equipment newTrips) {
		Equipment oldTrips = trips;
		trips = newTrips;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.INTERLOCK__TRIPS, oldTrips, trips));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TripAction getTripAction() {
		return tripAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTripAction(TripAction newTripAction) {
		TripAction oldTripAction = tripAction;
		tripAction = newTripAction == null ? TRIP_ACTION_EDEFAULT : newTripAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.INTERLOCK__TRIP_ACTION, oldTripAction, tripAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean complete(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return InterlockRules.complete(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TwinPackage.INTERLOCK__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
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
			case TwinPackage.INTERLOCK__TAG:
				return getTag();
			case TwinPackage.INTERLOCK__CONDITIONS:
				return getConditions();
			case TwinPackage.INTERLOCK__COMBINATION:
				return getCombination();
			case TwinPackage.INTERLOCK__TRIPS:
				if (resolve) return getTrips();
				return basicGetTrips();
			case TwinPackage.INTERLOCK__TRIP_ACTION:
				return getTripAction();
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
			case TwinPackage.INTERLOCK__TAG:
				setTag((String)newValue);
				return;
			case TwinPackage.INTERLOCK__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends InterlockCondition>)newValue);
				return;
			case TwinPackage.INTERLOCK__COMBINATION:
				setCombination((ConditionCombination)newValue);
				return;
			case TwinPackage.INTERLOCK__TRIPS:
				setTrips((Equipment)newValue);
				return;
			case TwinPackage.INTERLOCK__TRIP_ACTION:
				setTripAction((TripAction)newValue);
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
			case TwinPackage.INTERLOCK__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case TwinPackage.INTERLOCK__CONDITIONS:
				getConditions().clear();
				return;
			case TwinPackage.INTERLOCK__COMBINATION:
				setCombination(COMBINATION_EDEFAULT);
				return;
			case TwinPackage.INTERLOCK__TRIPS:
				setTrips((Equipment)null);
				return;
			case TwinPackage.INTERLOCK__TRIP_ACTION:
				setTripAction(TRIP_ACTION_EDEFAULT);
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
			case TwinPackage.INTERLOCK__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case TwinPackage.INTERLOCK__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case TwinPackage.INTERLOCK__COMBINATION:
				return combination != COMBINATION_EDEFAULT;
			case TwinPackage.INTERLOCK__TRIPS:
				return trips != null;
			case TwinPackage.INTERLOCK__TRIP_ACTION:
				return tripAction != TRIP_ACTION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case TwinPackage.INTERLOCK___COMPLETE__DIAGNOSTICCHAIN_MAP:
				return complete((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", combination: "); //$NON-NLS-1$
		result.append(combination);
		result.append(", tripAction: "); //$NON-NLS-1$
		result.append(tripAction);
		result.append(')');
		return result.toString();
	}

} //InterlockImpl
