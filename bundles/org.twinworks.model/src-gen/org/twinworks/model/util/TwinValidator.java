/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.twinworks.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.twinworks.model.TwinPackage
 * @generated
 */
public class TwinValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final TwinValidator INSTANCE = new TwinValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.twinworks.model"; //$NON-NLS-1$

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Tags' of 'Plant'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLANT__UNIQUE_TAGS = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Time' of 'Property'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PROPERTY__VALID_TIME = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Compatible Ports' of 'Connection'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONNECTION__COMPATIBLE_PORTS = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Range' of 'Signal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SIGNAL__VALID_RANGE = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Alarm Limits' of 'Signal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SIGNAL__VALID_ALARM_LIMITS = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Alarms On Numeric Only' of 'Signal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SIGNAL__ALARMS_ON_NUMERIC_ONLY = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Known Unit' of 'Signal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SIGNAL__KNOWN_UNIT = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Known Code' of 'Engineering Unit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ENGINEERING_UNIT__KNOWN_CODE = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Complete' of 'Control Loop'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONTROL_LOOP__COMPLETE = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Complete' of 'Interlock'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int INTERLOCK__COMPLETE = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Expressions' of 'Event Rule'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EVENT_RULE__VALID_EXPRESSIONS = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Tag' of 'Event Rule'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EVENT_RULE__UNIQUE_TAG = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'One Active Binding Per Signal' of 'Twin'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TWIN__ONE_ACTIVE_BINDING_PER_SIGNAL = 13;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Url' of 'Endpoint'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ENDPOINT__VALID_URL = 14;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Node' of 'Binding'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int BINDING__VALID_NODE = 15;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 15;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TwinValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return TwinPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case TwinPackage.NAMED:
				return validateNamed((Named)value, diagnostics, context);
			case TwinPackage.PLANT:
				return validatePlant((Plant)value, diagnostics, context);
			case TwinPackage.EQUIPMENT_HOLDER:
				return validateEquipmentHolder((EquipmentHolder)value, diagnostics, context);
			case TwinPackage.AREA:
				return validateArea((Area)value, diagnostics, context);
			case TwinPackage.WORK_CENTER:
				return validateWorkCenter((WorkCenter)value, diagnostics, context);
			case TwinPackage.UNIT:
				return validateUnit((Unit)value, diagnostics, context);
			case TwinPackage.EQUIPMENT:
				return validateEquipment((Equipment)value, diagnostics, context);
			case TwinPackage.EQUIPMENT_TYPE:
				return validateEquipmentType((EquipmentType)value, diagnostics, context);
			case TwinPackage.PROPERTY:
				return validateProperty((Property)value, diagnostics, context);
			case TwinPackage.PORT:
				return validatePort((Port)value, diagnostics, context);
			case TwinPackage.CONNECTION:
				return validateConnection((Connection)value, diagnostics, context);
			case TwinPackage.SIGNAL:
				return validateSignal((Signal)value, diagnostics, context);
			case TwinPackage.ALARM_LIMIT:
				return validateAlarmLimit((AlarmLimit)value, diagnostics, context);
			case TwinPackage.ENGINEERING_UNIT:
				return validateEngineeringUnit((EngineeringUnit)value, diagnostics, context);
			case TwinPackage.CONTROL_LOOP:
				return validateControlLoop((ControlLoop)value, diagnostics, context);
			case TwinPackage.INTERLOCK:
				return validateInterlock((Interlock)value, diagnostics, context);
			case TwinPackage.INTERLOCK_CONDITION:
				return validateInterlockCondition((InterlockCondition)value, diagnostics, context);
			case TwinPackage.EVENT_RULE:
				return validateEventRule((EventRule)value, diagnostics, context);
			case TwinPackage.TWIN:
				return validateTwin((Twin)value, diagnostics, context);
			case TwinPackage.ENDPOINT:
				return validateEndpoint((Endpoint)value, diagnostics, context);
			case TwinPackage.BINDING:
				return validateBinding((Binding)value, diagnostics, context);
			case TwinPackage.WORK_CENTER_KIND:
				return validateWorkCenterKind((WorkCenterKind)value, diagnostics, context);
			case TwinPackage.EQUIPMENT_KIND:
				return validateEquipmentKind((EquipmentKind)value, diagnostics, context);
			case TwinPackage.EQUIPMENT_LEVEL:
				return validateEquipmentLevel((EquipmentLevel)value, diagnostics, context);
			case TwinPackage.PORT_DIRECTION:
				return validatePortDirection((PortDirection)value, diagnostics, context);
			case TwinPackage.MEDIUM:
				return validateMedium((Medium)value, diagnostics, context);
			case TwinPackage.CONNECTION_KIND:
				return validateConnectionKind((ConnectionKind)value, diagnostics, context);
			case TwinPackage.SIGNAL_DIRECTION:
				return validateSignalDirection((SignalDirection)value, diagnostics, context);
			case TwinPackage.SIGNAL_DATA_TYPE:
				return validateSignalDataType((SignalDataType)value, diagnostics, context);
			case TwinPackage.ACCESS:
				return validateAccess((Access)value, diagnostics, context);
			case TwinPackage.ALARM_KIND:
				return validateAlarmKind((AlarmKind)value, diagnostics, context);
			case TwinPackage.ALARM_PRIORITY:
				return validateAlarmPriority((AlarmPriority)value, diagnostics, context);
			case TwinPackage.CONTROLLER_TYPE:
				return validateControllerType((ControllerType)value, diagnostics, context);
			case TwinPackage.CONTROL_ACTION:
				return validateControlAction((ControlAction)value, diagnostics, context);
			case TwinPackage.COMPARISON_OPERATOR:
				return validateComparisonOperator((ComparisonOperator)value, diagnostics, context);
			case TwinPackage.CONDITION_COMBINATION:
				return validateConditionCombination((ConditionCombination)value, diagnostics, context);
			case TwinPackage.TRIP_ACTION:
				return validateTripAction((TripAction)value, diagnostics, context);
			case TwinPackage.EVENT_SEVERITY:
				return validateEventSeverity((EventSeverity)value, diagnostics, context);
			case TwinPackage.SECURITY_POLICY_KIND:
				return validateSecurityPolicyKind((SecurityPolicyKind)value, diagnostics, context);
			case TwinPackage.ENDPOINT_KIND:
				return validateEndpointKind((EndpointKind)value, diagnostics, context);
			case TwinPackage.SECURITY_MODE_KIND:
				return validateSecurityModeKind((SecurityModeKind)value, diagnostics, context);
			case TwinPackage.AUTHENTICATION_KIND:
				return validateAuthenticationKind((AuthenticationKind)value, diagnostics, context);
			case TwinPackage.DEADBAND_KIND:
				return validateDeadbandKind((DeadbandKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamed(Named named, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(named, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlant(Plant plant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(plant, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlant_uniqueTags(plant, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueTags constraint of '<em>Plant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlant_uniqueTags(Plant plant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return plant.uniqueTags(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipmentHolder(EquipmentHolder equipmentHolder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(equipmentHolder, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArea(Area area, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(area, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkCenter(WorkCenter workCenter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(workCenter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnit(Unit unit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(unit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipment(Equipment equipment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(equipment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipmentType(EquipmentType equipmentType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(equipmentType, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProperty(Property property, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(property, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(property, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(property, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(property, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(property, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(property, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(property, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(property, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(property, diagnostics, context);
		if (result || diagnostics != null) result &= validateProperty_validTime(property, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validTime constraint of '<em>Property</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProperty_validTime(Property property, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return property.validTime(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePort(Port port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(port, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnection(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(connection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validateConnection_compatiblePorts(connection, diagnostics, context);
		return result;
	}

	/**
	 * Validates the compatiblePorts constraint of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnection_compatiblePorts(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return connection.compatiblePorts(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(signal, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateSignal_validRange(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateSignal_validAlarmLimits(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateSignal_alarmsOnNumericOnly(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateSignal_knownUnit(signal, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validRange constraint of '<em>Signal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal_validRange(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return signal.validRange(diagnostics, context);
	}

	/**
	 * Validates the validAlarmLimits constraint of '<em>Signal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal_validAlarmLimits(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return signal.validAlarmLimits(diagnostics, context);
	}

	/**
	 * Validates the alarmsOnNumericOnly constraint of '<em>Signal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal_alarmsOnNumericOnly(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return signal.alarmsOnNumericOnly(diagnostics, context);
	}

	/**
	 * Validates the knownUnit constraint of '<em>Signal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal_knownUnit(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return signal.knownUnit(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAlarmLimit(AlarmLimit alarmLimit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(alarmLimit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngineeringUnit(EngineeringUnit engineeringUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(engineeringUnit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validateEngineeringUnit_knownCode(engineeringUnit, diagnostics, context);
		return result;
	}

	/**
	 * Validates the knownCode constraint of '<em>Engineering Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngineeringUnit_knownCode(EngineeringUnit engineeringUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return engineeringUnit.knownCode(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateControlLoop(ControlLoop controlLoop, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(controlLoop, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(controlLoop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(controlLoop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(controlLoop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(controlLoop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(controlLoop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(controlLoop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(controlLoop, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(controlLoop, diagnostics, context);
		if (result || diagnostics != null) result &= validateControlLoop_complete(controlLoop, diagnostics, context);
		return result;
	}

	/**
	 * Validates the complete constraint of '<em>Control Loop</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateControlLoop_complete(ControlLoop controlLoop, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return controlLoop.complete(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterlock(Interlock interlock, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(interlock, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(interlock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(interlock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(interlock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(interlock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(interlock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(interlock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(interlock, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(interlock, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterlock_complete(interlock, diagnostics, context);
		return result;
	}

	/**
	 * Validates the complete constraint of '<em>Interlock</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterlock_complete(Interlock interlock, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return interlock.complete(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterlockCondition(InterlockCondition interlockCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interlockCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventRule(EventRule eventRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(eventRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateEventRule_validExpressions(eventRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateEventRule_uniqueTag(eventRule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validExpressions constraint of '<em>Event Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventRule_validExpressions(EventRule eventRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return eventRule.validExpressions(diagnostics, context);
	}

	/**
	 * Validates the uniqueTag constraint of '<em>Event Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventRule_uniqueTag(EventRule eventRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return eventRule.uniqueTag(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTwin(Twin twin, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(twin, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(twin, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(twin, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(twin, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(twin, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(twin, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(twin, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(twin, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(twin, diagnostics, context);
		if (result || diagnostics != null) result &= validateTwin_oneActiveBindingPerSignal(twin, diagnostics, context);
		return result;
	}

	/**
	 * Validates the oneActiveBindingPerSignal constraint of '<em>Twin</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTwin_oneActiveBindingPerSignal(Twin twin, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return twin.oneActiveBindingPerSignal(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndpoint(Endpoint endpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(endpoint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateEndpoint_validUrl(endpoint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validUrl constraint of '<em>Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndpoint_validUrl(Endpoint endpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return endpoint.validUrl(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBinding(Binding binding, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(binding, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(binding, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(binding, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(binding, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(binding, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(binding, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(binding, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(binding, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(binding, diagnostics, context);
		if (result || diagnostics != null) result &= validateBinding_validNode(binding, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validNode constraint of '<em>Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBinding_validNode(Binding binding, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return binding.validNode(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkCenterKind(WorkCenterKind workCenterKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipmentKind(EquipmentKind equipmentKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipmentLevel(EquipmentLevel equipmentLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePortDirection(PortDirection portDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMedium(Medium medium, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnectionKind(ConnectionKind connectionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignalDirection(SignalDirection signalDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignalDataType(SignalDataType signalDataType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccess(Access access, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAlarmKind(AlarmKind alarmKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAlarmPriority(AlarmPriority alarmPriority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateControllerType(ControllerType controllerType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateControlAction(ControlAction controlAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComparisonOperator(ComparisonOperator comparisonOperator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConditionCombination(ConditionCombination conditionCombination, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTripAction(TripAction tripAction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventSeverity(EventSeverity eventSeverity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityPolicyKind(SecurityPolicyKind securityPolicyKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndpointKind(EndpointKind endpointKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityModeKind(SecurityModeKind securityModeKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAuthenticationKind(AuthenticationKind authenticationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeadbandKind(DeadbandKind deadbandKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //TwinValidator
