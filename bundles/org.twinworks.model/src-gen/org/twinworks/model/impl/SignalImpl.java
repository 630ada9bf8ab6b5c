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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.twinworks.model.Access;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinPackage;

import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.SignalRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getEnumLiterals <em>Enum Literals</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getRangeLow <em>Range Low</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getRangeHigh <em>Range High</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getAlarmLimits <em>Alarm Limits</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getAccess <em>Access</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getNominalValue <em>Nominal Value</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.twinworks.model.impl.SignalImpl#getEquipment <em>Equipment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignalImpl extends NamedImpl implements Signal {
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
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final SignalDirection DIRECTION_EDEFAULT = SignalDirection.INPUT;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected SignalDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected static final SignalDataType DATA_TYPE_EDEFAULT = SignalDataType.DOUBLE;

	/**
	 * The cached value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected SignalDataType dataType = DATA_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnumLiterals() <em>Enum Literals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnumLiterals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> enumLiterals;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected EngineeringUnit unit;

	/**
	 * The default value of the '{@link #getRangeLow() <em>Range Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeLow()
	 * @generated
	 * @ordered
	 */
	protected static final Double RANGE_LOW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRangeLow() <em>Range Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeLow()
	 * @generated
	 * @ordered
	 */
	protected Double rangeLow = RANGE_LOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getRangeHigh() <em>Range High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeHigh()
	 * @generated
	 * @ordered
	 */
	protected static final Double RANGE_HIGH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRangeHigh() <em>Range High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeHigh()
	 * @generated
	 * @ordered
	 */
	protected Double rangeHigh = RANGE_HIGH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAlarmLimits() <em>Alarm Limits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlarmLimits()
	 * @generated
	 * @ordered
	 */
	protected EList<AlarmLimit> alarmLimits;

	/**
	 * The default value of the '{@link #getAccess() <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccess()
	 * @generated
	 * @ordered
	 */
	protected static final Access ACCESS_EDEFAULT = Access.READ;

	/**
	 * The cached value of the '{@link #getAccess() <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccess()
	 * @generated
	 * @ordered
	 */
	protected Access access = ACCESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNominalValue() <em>Nominal Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalValue()
	 * @generated
	 * @ordered
	 */
	protected static final String NOMINAL_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNominalValue() <em>Nominal Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalValue()
	 * @generated
	 * @ordered
	 */
	protected String nominalValue = NOMINAL_VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected Signal template;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.SIGNAL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(SignalDirection newDirection) {
		SignalDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalDataType getDataType() {
		return dataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataType(SignalDataType newDataType) {
		SignalDataType oldDataType = dataType;
		dataType = newDataType == null ? DATA_TYPE_EDEFAULT : newDataType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__DATA_TYPE, oldDataType, dataType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEnumLiterals() {
		if (enumLiterals == null) {
			enumLiterals = new EDataTypeUniqueEList<String>(String.class, this, TwinPackage.SIGNAL__ENUM_LITERALS);
		}
		return enumLiterals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngineeringUnit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (EngineeringUnit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.SIGNAL__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngineeringUnit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(EngineeringUnit newUnit) {
		EngineeringUnit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getRangeLow() {
		return rangeLow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRangeLow(Double newRangeLow) {
		Double oldRangeLow = rangeLow;
		rangeLow = newRangeLow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__RANGE_LOW, oldRangeLow, rangeLow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getRangeHigh() {
		return rangeHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRangeHigh(Double newRangeHigh) {
		Double oldRangeHigh = rangeHigh;
		rangeHigh = newRangeHigh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__RANGE_HIGH, oldRangeHigh, rangeHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AlarmLimit> getAlarmLimits() {
		if (alarmLimits == null) {
			alarmLimits = new EObjectContainmentEList<AlarmLimit>(AlarmLimit.class, this, TwinPackage.SIGNAL__ALARM_LIMITS);
		}
		return alarmLimits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Access getAccess() {
		return access;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccess(Access newAccess) {
		Access oldAccess = access;
		access = newAccess == null ? ACCESS_EDEFAULT : newAccess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__ACCESS, oldAccess, access));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNominalValue() {
		return nominalValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominalValue(String newNominalValue) {
		String oldNominalValue = nominalValue;
		nominalValue = newNominalValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__NOMINAL_VALUE, oldNominalValue, nominalValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (Signal)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.SIGNAL__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Signal basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(Signal newTemplate) {
		Signal oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.SIGNAL__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Equipment getEquipment() {
		return ModelPaths.owningEquipment(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SignalRules.validRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validAlarmLimits(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SignalRules.validAlarmLimits(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean alarmsOnNumericOnly(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SignalRules.alarmsOnNumericOnly(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean knownUnit(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SignalRules.knownUnit(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TwinPackage.SIGNAL__ALARM_LIMITS:
				return ((InternalEList<?>)getAlarmLimits()).basicRemove(otherEnd, msgs);
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
			case TwinPackage.SIGNAL__TAG:
				return getTag();
			case TwinPackage.SIGNAL__DIRECTION:
				return getDirection();
			case TwinPackage.SIGNAL__DATA_TYPE:
				return getDataType();
			case TwinPackage.SIGNAL__ENUM_LITERALS:
				return getEnumLiterals();
			case TwinPackage.SIGNAL__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case TwinPackage.SIGNAL__RANGE_LOW:
				return getRangeLow();
			case TwinPackage.SIGNAL__RANGE_HIGH:
				return getRangeHigh();
			case TwinPackage.SIGNAL__ALARM_LIMITS:
				return getAlarmLimits();
			case TwinPackage.SIGNAL__ACCESS:
				return getAccess();
			case TwinPackage.SIGNAL__NOMINAL_VALUE:
				return getNominalValue();
			case TwinPackage.SIGNAL__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
			case TwinPackage.SIGNAL__EQUIPMENT:
				return getEquipment();
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
			case TwinPackage.SIGNAL__TAG:
				setTag((String)newValue);
				return;
			case TwinPackage.SIGNAL__DIRECTION:
				setDirection((SignalDirection)newValue);
				return;
			case TwinPackage.SIGNAL__DATA_TYPE:
				setDataType((SignalDataType)newValue);
				return;
			case TwinPackage.SIGNAL__ENUM_LITERALS:
				getEnumLiterals().clear();
				getEnumLiterals().addAll((Collection<? extends String>)newValue);
				return;
			case TwinPackage.SIGNAL__UNIT:
				setUnit((EngineeringUnit)newValue);
				return;
			case TwinPackage.SIGNAL__RANGE_LOW:
				setRangeLow((Double)newValue);
				return;
			case TwinPackage.SIGNAL__RANGE_HIGH:
				setRangeHigh((Double)newValue);
				return;
			case TwinPackage.SIGNAL__ALARM_LIMITS:
				getAlarmLimits().clear();
				getAlarmLimits().addAll((Collection<? extends AlarmLimit>)newValue);
				return;
			case TwinPackage.SIGNAL__ACCESS:
				setAccess((Access)newValue);
				return;
			case TwinPackage.SIGNAL__NOMINAL_VALUE:
				setNominalValue((String)newValue);
				return;
			case TwinPackage.SIGNAL__TEMPLATE:
				setTemplate((Signal)newValue);
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
			case TwinPackage.SIGNAL__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case TwinPackage.SIGNAL__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case TwinPackage.SIGNAL__DATA_TYPE:
				setDataType(DATA_TYPE_EDEFAULT);
				return;
			case TwinPackage.SIGNAL__ENUM_LITERALS:
				getEnumLiterals().clear();
				return;
			case TwinPackage.SIGNAL__UNIT:
				setUnit((EngineeringUnit)null);
				return;
			case TwinPackage.SIGNAL__RANGE_LOW:
				setRangeLow(RANGE_LOW_EDEFAULT);
				return;
			case TwinPackage.SIGNAL__RANGE_HIGH:
				setRangeHigh(RANGE_HIGH_EDEFAULT);
				return;
			case TwinPackage.SIGNAL__ALARM_LIMITS:
				getAlarmLimits().clear();
				return;
			case TwinPackage.SIGNAL__ACCESS:
				setAccess(ACCESS_EDEFAULT);
				return;
			case TwinPackage.SIGNAL__NOMINAL_VALUE:
				setNominalValue(NOMINAL_VALUE_EDEFAULT);
				return;
			case TwinPackage.SIGNAL__TEMPLATE:
				setTemplate((Signal)null);
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
			case TwinPackage.SIGNAL__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case TwinPackage.SIGNAL__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case TwinPackage.SIGNAL__DATA_TYPE:
				return dataType != DATA_TYPE_EDEFAULT;
			case TwinPackage.SIGNAL__ENUM_LITERALS:
				return enumLiterals != null && !enumLiterals.isEmpty();
			case TwinPackage.SIGNAL__UNIT:
				return unit != null;
			case TwinPackage.SIGNAL__RANGE_LOW:
				return RANGE_LOW_EDEFAULT == null ? rangeLow != null : !RANGE_LOW_EDEFAULT.equals(rangeLow);
			case TwinPackage.SIGNAL__RANGE_HIGH:
				return RANGE_HIGH_EDEFAULT == null ? rangeHigh != null : !RANGE_HIGH_EDEFAULT.equals(rangeHigh);
			case TwinPackage.SIGNAL__ALARM_LIMITS:
				return alarmLimits != null && !alarmLimits.isEmpty();
			case TwinPackage.SIGNAL__ACCESS:
				return access != ACCESS_EDEFAULT;
			case TwinPackage.SIGNAL__NOMINAL_VALUE:
				return NOMINAL_VALUE_EDEFAULT == null ? nominalValue != null : !NOMINAL_VALUE_EDEFAULT.equals(nominalValue);
			case TwinPackage.SIGNAL__TEMPLATE:
				return template != null;
			case TwinPackage.SIGNAL__EQUIPMENT:
				return getEquipment() != null;
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
			case TwinPackage.SIGNAL___VALID_RANGE__DIAGNOSTICCHAIN_MAP:
				return validRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TwinPackage.SIGNAL___VALID_ALARM_LIMITS__DIAGNOSTICCHAIN_MAP:
				return validAlarmLimits((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TwinPackage.SIGNAL___ALARMS_ON_NUMERIC_ONLY__DIAGNOSTICCHAIN_MAP:
				return alarmsOnNumericOnly((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TwinPackage.SIGNAL___KNOWN_UNIT__DIAGNOSTICCHAIN_MAP:
				return knownUnit((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", direction: "); //$NON-NLS-1$
		result.append(direction);
		result.append(", dataType: "); //$NON-NLS-1$
		result.append(dataType);
		result.append(", enumLiterals: "); //$NON-NLS-1$
		result.append(enumLiterals);
		result.append(", rangeLow: "); //$NON-NLS-1$
		result.append(rangeLow);
		result.append(", rangeHigh: "); //$NON-NLS-1$
		result.append(rangeHigh);
		result.append(", access: "); //$NON-NLS-1$
		result.append(access);
		result.append(", nominalValue: "); //$NON-NLS-1$
		result.append(nominalValue);
		result.append(')');
		return result.toString();
	}

} //SignalImpl
